package gloss.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gloss.TestSite;
import gloss.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits and encodings: hostile or odd files get one clear message each, with the line. */
class HostileFilesTest {
  @TempDir Path dir;

  private static final String OK_ARTICLE = "---\ntitle: A\ndate: 2025-01-01\n---\nText.\n";

  @Test
  void fileOverTwoMegabytesIsRefused() throws Exception {
    TestSite.write(dir, "");
    Path big = dir.resolve("content/articles/big.md");
    Files.createDirectories(big.getParent());
    Files.writeString(big, OK_ARTICLE + ("word ".repeat(20) + "\n").repeat(22_000));
    TestSite site = TestSite.build(dir, "");
    assertThat(site.messages())
        .containsExactly(
            "content/articles/big.md:1:1: error: file is "
                + Files.size(big)
                + " bytes; the limit is 2097152 bytes (2 MB)");
  }

  @Test
  void lineOverOneHundredThousandCharactersIsRefusedAtItsLine() {
    TestSite site =
        TestSite.build(
            dir, "-- content/articles/a.md --\n" + OK_ARTICLE + "x".repeat(100_001) + "\n");
    assertThat(site.messages())
        .containsExactly(
            "content/articles/a.md:6:1: error: line is 100001 characters long; the limit is 100000");
  }

  @Test
  void yamlAliasBombIsRefused() {
    String bomb =
        "-- content/articles/a.md --\n---\ntitle: A\ndate: 2025-01-01\n"
            + "a: &a [x, x, x, x, x, x, x, x, x]\n"
            + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
            + "---\nText.\n";
    TestSite site = TestSite.build(dir, bomb);
    assertThat(site.messages())
        .singleElement()
        .asString()
        .startsWith("content/articles/a.md:")
        .contains("error: ");
    assertThat(site.result().published()).isFalse();
  }

  @Test
  void scalarAnchorReusedNineThousandTimesInAnAnnotationIsRefusedAtTheAnchor() {
    String bomb =
        "-- content/articles/a.md --\n"
            + OK_ARTICLE
            + "-- content/annotations/a/note.md --\n---\nauthor: Eve\ndate: 2025-01-01\n"
            + "quote: &q "
            + "lorem ipsum ".repeat(5_000)
            + "\n"
            + "prefix: ["
            + "*q, ".repeat(8_999)
            + "*q]\n---\nBoom.\n";
    TestSite site = TestSite.build(dir, bomb);
    assertThat(site.messages())
        .containsExactly(
            "content/annotations/a/note.md:4:8: error: anchor &q is reused 9000 times; at most 100"
                + " uses of aliases are allowed");
    assertThat(site.result().published()).isFalse();
  }

  @Test
  void deeplyNestedYamlIsRefused() {
    String deep = "x: " + "[".repeat(60) + "]".repeat(60);
    TestSite site =
        TestSite.build(
            dir,
            "-- content/articles/a.md --\n---\ntitle: A\ndate: 2025-01-01\n"
                + deep
                + "\n---\nText.\n");
    assertThat(site.messages()).singleElement().asString().startsWith("content/articles/a.md:4:");
  }

  @Test
  void byteOrderMarkAndCrlfLineEndsAreAcceptedWithRightPositions() throws Exception {
    TestSite.write(dir, "");
    Path article = dir.resolve("content/articles/a.md");
    Files.createDirectories(article.getParent());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text =
        "---\r\ntitle: A\r\ndate: 2025-13-01\r\n---\r\nText.\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    Files.write(article, all);
    TestSite site = TestSite.build(dir, "");
    assertThat(site.messages())
        .containsExactly(
            "content/articles/a.md:3:7: error: 2025-13-01 is not a date: the month is 13, and a year has"
                + " 12");
  }

  @Test
  void symbolicLinkLeavingTheContentFolderIsRefused() throws Exception {
    TestSite.write(dir, "-- content/articles/a.md --\n" + OK_ARTICLE);
    Path secret = dir.resolve("secret.md");
    Files.writeString(secret, OK_ARTICLE);
    Files.createSymbolicLink(dir.resolve("content/articles/leak.md"), secret);
    TestSite site = TestSite.build(dir, "");
    assertThat(site.messages())
        .containsExactly(
            "content/articles/leak.md:1:1: error: symbolic link points outside the content folder;"
                + " copy the file in instead");
  }

  @Test
  void invalidUtf8IsReportedAtTheLineAndColumnOfTheBadByte() throws Exception {
    TestSite.write(dir, "");
    Path article = dir.resolve("content/articles/a.md");
    Files.createDirectories(article.getParent());
    byte[] head = "---\ntitle: A\ndate: 2025-01-01\n---\nCaf".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 2];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE9; // Latin-1 é
    all[head.length + 1] = '\n';
    Files.write(article, all);
    TestSite site = TestSite.build(dir, "");
    assertThat(site.messages())
        .containsExactly(
            "content/articles/a.md:5:4: error: file is not valid UTF-8 (byte 0xe9 cannot start or"
                + " continue a character); save it as UTF-8");
  }

  @Test
  void siteYmlLinkedToDevZeroIsRefusedBeforeItIsRead() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero on this system");
    TestSite.write(dir, "-- content/articles/a.md --\n" + OK_ARTICLE);
    Files.delete(dir.resolve("content/site.yml"));
    Files.createSymbolicLink(dir.resolve("content/site.yml"), zero);
    TestSite site =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> TestSite.build(dir, ""));
    assertThat(site.messages())
        .containsExactly(
            "content/site.yml:1:1: error: symbolic link points outside the content folder;"
                + " copy the file in instead");
  }

  @Test
  void namedPipeAsSiteYmlIsRefusedWithoutWaitingForAWriter() throws Exception {
    TestSite.write(dir, "-- content/articles/a.md --\n" + OK_ARTICLE);
    Files.delete(dir.resolve("content/site.yml"));
    makeFifo(dir.resolve("content/site.yml"));
    TestSite site =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> TestSite.build(dir, ""));
    assertThat(site.messages())
        .containsExactly(
            "content/site.yml:1:1: error: not a regular file but a named pipe, device or socket;"
                + " replace it with a plain file");
  }

  @Test
  void namedPipeAsArticleIsRefusedWithoutWaitingForAWriter() throws Exception {
    TestSite.write(dir, "-- content/articles/a.md --\n" + OK_ARTICLE);
    makeFifo(dir.resolve("content/articles/pipe.md"));
    TestSite site =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> TestSite.build(dir, ""));
    assertThat(site.messages())
        .containsExactly(
            "content/articles/pipe.md:1:1: error: not a regular file but a named pipe, device or"
                + " socket; replace it with a plain file");
  }

  @Test
  void templateLinkedOutsideTheTemplatesFolderIsAContentErrorWithExitOne() throws Exception {
    Path passwd = Path.of("/etc/passwd");
    assumeTrue(Files.isRegularFile(passwd), "no /etc/passwd on this system");
    TestSite.write(dir, "-- content/articles/a.md --\n" + OK_ARTICLE);
    Path templates = dir.resolve("templates");
    TestSite.copyTree(TestSite.DEFAULT_TEMPLATES, templates);
    Files.delete(templates.resolve("layout.ftlh"));
    Files.createSymbolicLink(templates.resolve("layout.ftlh"), passwd);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new String[] {
              "build",
              "--content",
              dir.resolve("content").toString(),
              "--templates",
              templates.toString(),
              "--output",
              dir.resolve("site-output").toString()
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(err.toString())
        .contains(
            "templates/layout.ftlh:1:1: error: symbolic link points outside the templates folder;"
                + " copy the file in instead")
        .doesNotContain("Exception")
        .doesNotContain("root:");
    assertThat(status).isEqualTo(1);
  }

  @Test
  void themeAssetLinkedOutsideTheTemplatesFolderIsReportedAndNotCopied() throws Exception {
    Path passwd = Path.of("/etc/passwd");
    assumeTrue(Files.isRegularFile(passwd), "no /etc/passwd on this system");
    TestSite.write(dir, "-- content/articles/a.md --\n" + OK_ARTICLE);
    Path templates = dir.resolve("templates");
    TestSite.copyTree(TestSite.DEFAULT_TEMPLATES, templates);
    Files.createSymbolicLink(templates.resolve("assets/passwd.txt"), passwd);
    TestSite site = TestSite.build(dir, "");
    assertThat(site.messages())
        .containsExactly(
            "templates/assets/passwd.txt:1:1: error: symbolic link points outside the templates"
                + " folder; copy the file in instead");
    assertThat(site.output().resolve("assets/passwd.txt")).doesNotExist();
  }

  /** Makes a named pipe with mkfifo(1), or skips the test where the system has none. */
  static void makeFifo(Path path) throws InterruptedException {
    int status;
    try {
      status = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
    } catch (IOException e) {
      status = -1;
    }
    assumeTrue(status == 0 && Files.exists(path), "mkfifo is not available");
  }
}
