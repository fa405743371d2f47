package gloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever a contributor's files hold, {@code gloss check} answers with content diagnostics: exit 0
 * or 1, every line positioned, never a stack trace or an internal error. Each try mutates a few
 * files of the sample digest (byte flips, truncation, YAML and Markdown syntax, control characters)
 * and checks the result.
 */
class FuzzedContentPropertiesIT {
  private static final Path SAMPLE = Path.of("content").toAbsolutePath();

  /**
   * A diagnostic line as printed by the text format, of any severity: a mutated key can leave a
   * note ("gloss does not read the key").
   */
  private static final Pattern POSITIONED =
      Pattern.compile(
          ".+:\\d+:\\d+: ("
              + java.util.Arrays.stream(gloss.diag.Severity.values())
                  .map(gloss.diag.Severity::label)
                  .collect(java.util.stream.Collectors.joining("|"))
              + "): .+");

  /**
   * Fragments that break structure: YAML anchors, aliases, flow and block syntax, Markdown,
   * controls.
   */
  private static final List<String> SNIPPETS =
      List.of(
          "&a ",
          "*a",
          "*missing",
          "[",
          "]",
          "{",
          "}",
          ": ",
          "---\n",
          "...\n",
          "!!binary ",
          "!!java.io.File ",
          "|\n",
          ">-\n",
          "\"",
          "'",
          "- ",
          "? ",
          "<<: *a\n",
          "\t",
          "\\",
          "\\e",
          "\"\\a\\0\"",
          "*",
          "_",
          "**",
          "[x](",
          "](javascript:alert(1))",
          "<script>",
          "<div>",
          "# ",
          "```\n",
          "> ",
          "<!--",
          "&#0;",
          "\u0000",
          "\u0007",
          "\u001b[2J",
          "\r",
          "\r\n",
          "\u202e",
          "\ufffe",
          "\ud800",
          "\n",
          "\n\n",
          "x".repeat(500));

  @Property(tries = 12)
  void checkOfMutatedSampleExitsZeroOrOneWithOnlyPositionedDiagnostics(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int edits) throws IOException {
    Path dir = Files.createTempDirectory("gloss-fuzz");
    try {
      TestSite.copyTree(SAMPLE, dir.resolve("content"));
      Random random = new Random(seed);
      List<Path> files = contentFiles(dir.resolve("content"));
      for (int i = 0; i < edits; i++) {
        Path file = files.get(random.nextInt(files.size()));
        Files.write(file, mutate(Files.readAllBytes(file), random));
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit =
          Main.run(
              new String[] {
                "check",
                "--content",
                dir.resolve("content").toString(),
                "--templates",
                TestSite.DEFAULT_TEMPLATES.toString()
              },
              new PrintWriter(out, true),
              new PrintWriter(err, true));
      String all = out + "\n" + err;
      assertThat(exit).as(all).isIn(0, 1);
      assertThat(all).doesNotContain("internal error", "Exception", "\tat ", "\u001b", "\u0000");
      for (String line : out.toString().lines().toList()) {
        // Indented lines are a diagnostic's detail (the line it is about, the parser's words).
        if (!line.startsWith("gloss check: ")
            && !line.startsWith("… and ")
            && !line.startsWith(" ")) {
          assertThat(line).as(all).matches(POSITIONED);
        }
      }
    } finally {
      deleteTree(dir);
    }
  }

  /** One random edit: flip a byte, cut the file short, or insert a snippet somewhere. */
  static byte[] mutate(byte[] bytes, Random random) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    switch (random.nextInt(3)) {
      case 0 -> {
        byte[] flipped = bytes.clone();
        if (flipped.length > 0) {
          flipped[at] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
      }
      case 1 -> {
        byte[] cut = new byte[at];
        System.arraycopy(bytes, 0, cut, 0, at);
        return cut;
      }
      default -> {
        byte[] snippet =
            SNIPPETS.get(random.nextInt(SNIPPETS.size())).getBytes(StandardCharsets.UTF_8);
        byte[] grown = new byte[bytes.length + snippet.length];
        System.arraycopy(bytes, 0, grown, 0, at);
        System.arraycopy(snippet, 0, grown, at, snippet.length);
        System.arraycopy(bytes, at, grown, at + snippet.length, bytes.length - at);
        return grown;
      }
    }
  }

  private static List<Path> contentFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
