package gloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gloss.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content always gives the same bytes: no build timestamps, stable order everywhere, and
 * nothing that depends on the machine's time zone or locale.
 */
class DeterminismIT {
  @TempDir Path dir;

  /**
   * The sample digest plus text that trips locale-sensitive code: capital I and dotted/dotless i
   * (Turkish case mapping) in names, tags and headings (whose ids are lower-cased), names derived
   * from authors, dates, a {@code link_mentions} value that is upper-cased when read.
   */
  static final String TRAPS =
      """
      -- content/site.yml --
      title: Istanbul Digest
      base_url: https://example.org/digest/
      language: en
      link_mentions: first
      -- content/people/ilhan-ince.md --
      ---
      name: İlhan İnce
      aliases: [INCE, Ince]
      ---
      IRONIC: an Istanbul politician.
      -- content/places/izmir.md --
      ---
      name: IZMIR
      aliases: [Izmir, İzmir]
      ---
      -- content/articles/idle-ideas.md --
      ---
      title: Idle Ideas In IZMIR
      date: 2024-11-30
      tags: [Istanbul, INFO]
      people: [ilhan-ince]
      ---
      Ince spoke in Izmir and İzmir; INCE and IZMIR answered. Ince again.

      ## IMPORTANT Issues in Istanbul

      Izmir first.

      ## iIıİ Index

      ## IMPORTANT Issues in Istanbul
      -- content/annotations/idle-ideas/info-note.md --
      ---
      author: IRIS ILIC
      date: 2024-12-01
      quote: INCE and IZMIR answered
      ---
      Izmir, In IZMIR.
      -- content/articles/second.md --
      ---
      title: Second
      date: 2024-12-31
      ---
      Izmir.
      """;

  /** A copy of the sample content with the fixture above, in {@code root/content}. */
  void writeContent(Path root) throws IOException {
    TestSite.copyTree(Path.of("content").toAbsolutePath(), root.resolve("content"));
    TestSite.write(root, TRAPS);
  }

  @Test
  void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
    writeContent(dir);
    BuildResult first = SiteBuild.build(layout(dir, dir.resolve("one")));
    BuildResult second = SiteBuild.build(layout(dir, dir.resolve("two")));
    assertThat(first.diagnostics()).isEmpty();
    assertThat(second.diagnostics()).isEmpty();
    Map<String, String> one = snapshot(dir.resolve("one"));
    assertThat(one)
        .containsKeys("index.html", "feed.xml", "sitemap.xml", "people/ilhan-ince/index.html");
    assertSameFiles(snapshot(dir.resolve("two")), one);
  }

  @Test
  void buildInTokyoWithATurkishLocaleIsByteIdenticalToThisOne() throws Exception {
    writeContent(dir);
    BuildResult here = SiteBuild.build(layout(dir, dir.resolve("here")));
    assertThat(here.diagnostics()).isEmpty();

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-Duser.timezone=Asia/Tokyo",
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-cp",
                System.getProperty("java.class.path"),
                "gloss.cli.Main",
                "build",
                "--content",
                dir.resolve("content").toString(),
                "--templates",
                TestSite.DEFAULT_TEMPLATES.toString(),
                "--output",
                dir.resolve("tokyo").toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("TZ", "Asia/Tokyo");
    pb.environment().put("LC_ALL", "tr_TR.UTF-8");
    pb.environment().put("LANG", "tr_TR.UTF-8");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("child build finishes").isTrue();
    assertThat(process.exitValue()).as(output).isZero();

    assertSameFiles(snapshot(dir.resolve("tokyo")), snapshot(dir.resolve("here")));
    assertThat(snapshot(dir.resolve("here")).get("articles/idle-ideas/index.html"))
        .contains("id=\"important-issues-in-istanbul\"", "id=\"important-issues-in-istanbul-1\"");
  }

  @Test
  void aRebuildKeepsTheFileOfEveryPageThatCameOutTheSame() throws Exception {
    writeContent(dir);
    Path output = dir.resolve("site");
    SiteBuild.build(layout(dir, output)).previousSiteRemoval().join();
    Map<String, Object> built = fileKeys(output);
    assumeTrue(built.values().stream().allMatch(Objects::nonNull), "files have keys (inodes)");

    SiteBuild.build(layout(dir, output)).previousSiteRemoval().join();
    assertThat(filesMadeAnew(built, fileKeys(output))).as("unchanged content").isEmpty();

    Path article = dir.resolve("content/articles/second.md");
    Files.writeString(article, Files.readString(article) + "\nA new closing line.\n");
    Map<String, String> before = snapshot(output);
    SiteBuild.build(layout(dir, output)).previousSiteRemoval().join();
    Map<String, String> after = snapshot(output);
    List<String> changed =
        after.keySet().stream().filter(path -> !after.get(path).equals(before.get(path))).toList();

    assertThat(changed).contains("articles/second/index.html");
    assertThat(filesMadeAnew(built, fileKeys(output))).containsExactlyElementsOf(changed);
  }

  /**
   * The files of {@code now} that are not the same files as in {@code before}, in path order; the
   * marker, which every build writes itself, aside.
   */
  private static List<String> filesMadeAnew(Map<String, Object> before, Map<String, Object> now) {
    return now.keySet().stream()
        .filter(path -> !path.equals(SiteWriter.MARKER))
        .filter(path -> !Objects.equals(now.get(path), before.get(path)))
        .toList();
  }

  /** Every file under a folder, by relative path, with the key (inode) that names it. */
  static Map<String, Object> fileKeys(Path root) throws IOException {
    return TestSite.filesByPath(
        root, p -> Files.readAttributes(p, BasicFileAttributes.class).fileKey());
  }

  /** Same paths, same bytes; names the files that differ before showing the first difference. */
  static void assertSameFiles(Map<String, String> actual, Map<String, String> expected) {
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    List<String> differing =
        expected.keySet().stream().filter(k -> !expected.get(k).equals(actual.get(k))).toList();
    if (!differing.isEmpty()) {
      String first = differing.get(0);
      assertThat(actual.get(first))
          .as("%s differ, first %s", differing, first)
          .isEqualTo(expected.get(first));
    }
  }

  static SiteLayout layout(Path root, Path output) {
    return new SiteLayout(root, root.resolve("content"), TestSite.DEFAULT_TEMPLATES, output, null);
  }

  /** Every file under a folder, by relative path, with its content (decoded leniently). */
  static Map<String, String> snapshot(Path root) throws IOException {
    // Compared as text so that a difference shows as a readable diff; ISO-8859-1 maps every
    // byte to one char, so equal strings mean equal bytes.
    return TestSite.filesByPath(
        root, p -> new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
  }
}
