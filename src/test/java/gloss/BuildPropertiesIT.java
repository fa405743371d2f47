package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever strangers put in front matter and Markdown, the build either succeeds or reports
 * diagnostics (never an unexpected exception), never writes outside its folder, and is
 * deterministic.
 */
class BuildPropertiesIT {
  /** Classic troublemakers: bidi marks, joiners, emoji, combining marks, SQL and shell. */
  private static final List<String> NAUGHTY =
      List.of(
          "\u202Eevil\u202C",
          "\u200F\u200E",
          "a\u200Db",
          "\uFEFF",
          "👩‍👩‍👧‍👦",
          "🏳️‍🌈",
          "e\u0301\u0301\u0301",
          "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
          "'; DROP TABLE articles; --",
          "$(rm -rf /)",
          "`id`",
          "../../etc/passwd",
          "..\\..\\boot.ini",
          "%00",
          "\u0000",
          "<script>alert(1)</script>",
          "{{7*7}}",
          "${7*7}",
          "<#assign x=1>",
          "#{7*7}",
          "[x](javascript:alert(1))",
          "---",
          "...",
          "&amp;&lt;",
          "\t",
          "\r",
          "İı",
          "ß",
          "ﬁ",
          "null",
          "~",
          "- a",
          ": b",
          "? c",
          "!!python/object:os.system",
          "&anchor",
          "*alias",
          "|",
          ">",
          "@",
          "`",
          "\"",
          "'");

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> naughty = Arbitraries.of(NAUGHTY);
    Arbitrary<String> words = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(6);
    return Arbitraries.oneOf(naughty, words, unicode)
        .list()
        .ofMaxSize(8)
        .map(parts -> String.join(" ", parts));
  }

  @Provide
  Arbitrary<Map<String, String>> site() {
    return Combinators.combine(text(), text(), text(), text(), text())
        .as(
            (title, yamlValue, body, quote, name) -> {
              Map<String, String> files = new TreeMap<>();
              files.put(
                  "content/people/someone.md",
                  "---\nname: "
                      + yamlQuote(name)
                      + "\naliases: ["
                      + yamlQuote(name)
                      + "x]\n---\n"
                      + body
                      + "\n");
              files.put(
                  "content/articles/a.md",
                  "---\ntitle: "
                      + yamlQuote(title)
                      + "\ndate: 2025-01-01\nextra: "
                      + yamlValue
                      + "\n---\n"
                      + body
                      + "\n\n"
                      + name
                      + " said "
                      + quote
                      + "\n");
              files.put(
                  "content/annotations/a/n.md",
                  "---\nauthor: "
                      + yamlQuote(name)
                      + "\ndate: 2025-01-02\nquote: "
                      + yamlQuote(quote)
                      + "\n---\n"
                      + body
                      + "\n");
              files.put(
                  "content/annotations/a/raw.md",
                  "---\nauthor: x\ndate: 2025-01-02\n---\n" + yamlValue + "\n");
              return files;
            });
  }

  private static String yamlQuote(String s) {
    return "\""
        + s.replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\u0000", "\\0")
        + "\"";
  }

  @Property(tries = 40)
  void buildNeverCrashesNeverEscapesAndIsDeterministic(@ForAll("site") Map<String, String> files)
      throws IOException {
    Path dir = Files.createTempDirectory("gloss-prop");
    try {
      files.forEach(
          (path, content) -> {
            Path target = dir.resolve(path);
            try {
              Files.createDirectories(target.getParent());
              // getBytes replaces unpaired surrogates, which a text editor could not save either.
              Files.write(target, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      TestSite.write(dir, "");
      Map<String, String> before = listing(dir);
      BuildResult first = SiteBuild.build(TestSite.layout(dir));
      Map<String, String> firstOutput = listing(dir.resolve("site-output"));
      BuildResult second = SiteBuild.build(TestSite.layout(dir));
      assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
      assertThat(listing(dir.resolve("site-output"))).isEqualTo(firstOutput);
      // Nothing outside site-output changed or appeared.
      Map<String, String> after = listing(dir);
      after.keySet().removeIf(p -> p.startsWith("site-output/"));
      before.keySet().removeIf(p -> p.startsWith("site-output/"));
      assertThat(after).isEqualTo(before);
    } finally {
      delete(dir);
    }
  }

  private static Map<String, String> listing(Path root) throws IOException {
    return TestSite.filesByPath(
        root, p -> new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  private static void delete(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
