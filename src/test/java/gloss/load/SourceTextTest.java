package gloss.load;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading content files as text: UTF-8 with or without a BOM, LF or CRLF, nothing guessed. */
class SourceTextTest {
  static final String FILE = "content/people/p.md";

  @TempDir Path dir;
  final Diagnostics diagnostics = new Diagnostics();

  Optional<String> read(byte[] bytes) throws IOException {
    Path file = dir.resolve("p.md");
    Files.write(file, bytes);
    return SourceText.read(file, dir, FILE, diagnostics);
  }

  Optional<String> read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  List<String> messages() {
    return diagnostics.sorted().stream().map(Object::toString).toList();
  }

  static byte[] bytes(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  @Test
  void readsUtf8Text() throws IOException {
    assertThat(read("---\nname: Zoë Ünal 北京\n---\n")).contains("---\nname: Zoë Ünal 北京\n---\n");
    assertThat(messages()).isEmpty();
  }

  @Test
  void dropsAByteOrderMark() throws IOException {
    assertThat(read(bytes(0xEF, 0xBB, 0xBF, "---\nname: P\n---\n")))
        .contains("---\nname: P\n---\n");
    assertThat(messages()).isEmpty();
  }

  @Test
  void normalizesCrlfAndLoneCrToLf() throws IOException {
    assertThat(read("---\r\nname: P\r\n---\rBody\r\n")).contains("---\nname: P\n---\nBody\n");
    assertThat(messages()).isEmpty();
  }

  @Test
  void reportsTheLineAndColumnOfAnInvalidByte() throws IOException {
    assertThat(read(bytes("---\nname: Jos", 0xE9, "\n---\n"))).isEmpty();
    assertThat(messages())
        .containsExactly(
            FILE
                + ":2:10: error: file is not valid UTF-8 (byte 0xe9 cannot start or continue a"
                + " character); save it as UTF-8");
  }

  @Test
  void countsColumnsInCharactersAfterABomAndCrlf() throws IOException {
    assertThat(read(bytes(0xEF, 0xBB, 0xBF, "---\r\nname: Zoë ", 0x80, "\r\n"))).isEmpty();
    assertThat(messages())
        .containsExactly(
            FILE
                + ":2:11: error: file is not valid UTF-8 (byte 0x80 cannot start or continue a"
                + " character); save it as UTF-8");
  }

  @Test
  void reportsOverlongEncodingsAndEncodedSurrogates() throws IOException {
    assertThat(read(bytes("a\nb", 0xC0, 0xAF))).isEmpty();
    assertThat(read(bytes("a\nb\ncc", 0xED, 0xA0, 0x80))).isEmpty();
    assertThat(messages())
        .containsExactly(
            FILE
                + ":2:2: error: file is not valid UTF-8 (byte 0xc0 cannot start or continue a"
                + " character); save it as UTF-8",
            FILE
                + ":3:3: error: file is not valid UTF-8 (byte 0xed cannot start or continue a"
                + " character); save it as UTF-8");
  }

  @Test
  void reportsASequenceCutOffAtTheEndOfTheFile() throws IOException {
    assertThat(read(bytes("---\nname: P\n---\nCaf", 0xC3))).isEmpty();
    assertThat(messages())
        .containsExactly(
            FILE
                + ":4:4: error: file is not valid UTF-8 (byte 0xc3 cannot start or continue a"
                + " character); save it as UTF-8");
  }

  @Test
  void reportsEmptyAndBlankFiles() throws IOException {
    assertThat(read("")).isEmpty();
    assertThat(messages()).containsExactly(FILE + ":1:1: error: file is empty");
    Path blank = dir.resolve("blank.md");
    Files.write(blank, bytes(0xEF, 0xBB, 0xBF, " \r\n\t\n"));
    Diagnostics fresh = new Diagnostics();
    assertThat(SourceText.read(blank, dir, FILE, fresh)).isEmpty();
    assertThat(fresh.sorted().stream().map(Object::toString))
        .containsExactly(FILE + ":1:1: error: file is empty");
  }

  @Test
  void refusesFilesOverTheSizeLimit() throws IOException {
    byte[] big = new byte[(int) gloss.diag.InputFiles.MAX_FILE_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertThat(read(big)).isEmpty();
    assertThat(messages())
        .containsExactly(
            FILE
                + ":1:1: error: file is "
                + big.length
                + " bytes; the limit is "
                + gloss.diag.InputFiles.MAX_FILE_BYTES
                + " bytes (2 MB)");
  }

  @Test
  void refusesOverlongLinesAtTheirLine() throws IOException {
    assertThat(read("---\nname: P\n---\n" + "x".repeat(SourceText.MAX_LINE_CHARS + 1) + "\n"))
        .isEmpty();
    assertThat(messages())
        .containsExactly(
            FILE
                + ":4:1: error: line is "
                + (SourceText.MAX_LINE_CHARS + 1)
                + " characters long; the limit is "
                + SourceText.MAX_LINE_CHARS);
  }
}
