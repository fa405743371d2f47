package gloss.load;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        TestSite.build(dir, "-- content/articles/a.md --\n" + OK_ARTICLE + "x".repeat(100_001) + "\n");
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
    assertThat(site.messages()).singleElement().asString()
        .startsWith("content/articles/a.md:")
        .contains("error: ");
    assertThat(site.result().published()).isFalse();
  }

  @Test
  void deeplyNestedYamlIsRefused() {
    String deep = "x: " + "[".repeat(60) + "]".repeat(60);
    TestSite site =
        TestSite.build(dir, "-- content/articles/a.md --\n---\ntitle: A\ndate: 2025-01-01\n" + deep + "\n---\nText.\n");
    assertThat(site.messages()).singleElement().asString().startsWith("content/articles/a.md:4:");
  }

  @Test
  void byteOrderMarkAndCrlfLineEndsAreAcceptedWithRightPositions() throws Exception {
    TestSite.write(dir, "");
    Path article = dir.resolve("content/articles/a.md");
    Files.createDirectories(article.getParent());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "---\r\ntitle: A\r\ndate: 2025-13-01\r\n---\r\nText.\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    Files.write(article, all);
    TestSite site = TestSite.build(dir, "");
    assertThat(site.messages())
        .containsExactly(
            "content/articles/a.md:3:7: error: 'date' is '2025-13-01', not a date in the form YYYY-MM-DD");
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
}
