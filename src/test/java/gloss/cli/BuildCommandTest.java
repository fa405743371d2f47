package gloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gloss build} as a user runs it: exit status, what it prints, what it leaves behind. */
class BuildCommandTest {
  @TempDir Path dir;

  static final String GOOD =
      """
      -- content/places/geneva.md --
      ---
      name: Geneva
      ---
      -- content/articles/a.md --
      ---
      title: Talks
      date: 2024-01-02
      ---
      Envoys met in Geneva.
      """;

  /** One run of the command line, with its exit status and both streams. */
  record Run(int status, String out, String err) {}

  /** Runs {@code gloss build} on the fixture folder; paths are absolute, as the CLI resolves
   * relative ones against the JVM's working directory. */
  Run build(String... extra) {
    String[] args = {
      "build",
      "--content", dir.resolve("content").toString(),
      "--templates", TestSite.DEFAULT_TEMPLATES.toString(),
      "--output", output().toString()
    };
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return run(all);
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  Path output() {
    return dir.resolve("site-output");
  }

  @Test
  void goodBuildExitsWithStatusZeroAndSaysWhatItWrote() {
    TestSite.write(dir, GOOD);
    Run run = build();
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("built ").contains(" into " + output());
    assertThat(output().resolve("articles/a/index.html")).exists();
  }

  @Test
  void contentErrorsExitWithStatusOneAndPrintEachDiagnosticWithoutAStackTrace() {
    TestSite.write(
        dir,
        GOOD
            + """
            -- content/articles/b.md --
            ---
            title: B
            date: 2024-02-30
            ---
            -- content/people/nobody.md --
            """);
    Run run = build();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            dir.resolve("content/articles/b.md")
                + ":3:7: error: 'date' is '2024-02-30', not a date in the form YYYY-MM-DD",
            dir.resolve("content/people/nobody.md") + ":1:1: error: file is empty",
            "2 errors, 0 warnings",
            "build failed; " + output() + " was left as it was");
    assertNoStackTrace(run.err());
  }

  @Test
  void templateErrorsExitWithStatusOneAndNameTheTemplate() throws IOException {
    TestSite.write(dir, GOOD);
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates);
    Files.writeString(templates.resolve("index.ftlh"), "<h1>${site.title}</h1>\n<p>${nope}</p>\n");
    Run run =
        run(
            "build",
            "--content", dir.resolve("content").toString(),
            "--templates", templates.toString(),
            "--output", output().toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines())
        .contains(
            templates.resolve("index.ftlh")
                + ":2:6: error: template error while rendering index.ftlh: The following has"
                + " evaluated to null or missing: nope",
            templates.resolve("article.ftlh") + ":1:1: error: template is missing from the theme");
    assertNoStackTrace(run.err());
    assertThat(output()).doesNotExist();
  }

  @Test
  void failedBuildKeepsThePreviousOutputByteForByte() throws IOException {
    TestSite.write(dir, GOOD);
    assertThat(build().status()).isZero();
    Map<String, ByteBuffer> before = snapshot(output());
    assertThat(before).containsKey("articles/a/index.html");

    Files.writeString(
        dir.resolve("content/articles/a.md"), "---\ntitle: Talks\ndate: soon\n---\nChanged.\n");
    Files.writeString(dir.resolve("content/articles/c.md"), "---\ntitle: C\ndate: 2024-05-06\n---\nNew.\n");
    Run failed = build();

    assertThat(failed.status()).isEqualTo(1);
    assertThat(snapshot(output())).isEqualTo(before);
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .as("no staging folder is left behind")
          .containsExactlyInAnyOrder("content", "site-output");
    }
  }

  @Test
  void missingContentFolderIsAContentError() {
    Run run = build();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines())
        .startsWith(dir.resolve("content") + ":1:1: error: content folder does not exist");
    assertNoStackTrace(run.err());
  }

  @Test
  void unknownOptionIsAUsageErrorWithStatusTwo() {
    Run run = run("build", "--colour");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--colour'");
    assertNoStackTrace(run.err());
  }

  static void assertNoStackTrace(String err) {
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
  }

  /** Every file under a folder, by relative path, with its exact bytes. */
  static Map<String, ByteBuffer> snapshot(Path root) throws IOException {
    Map<String, ByteBuffer> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), ByteBuffer.wrap(Files.readAllBytes(p)));
      }
    }
    return files;
  }
}
