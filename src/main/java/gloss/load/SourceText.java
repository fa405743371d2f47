package gloss.load;

import gloss.diag.Diagnostics;
import gloss.diag.InputFiles;
import gloss.diag.SourcePos;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a content file as text the way editors write it: UTF-8 with or without a byte-order mark,
 * LF or CRLF line ends. Anything else is reported with its line instead of being guessed.
 */
final class SourceText {
  static final int MAX_LINE_CHARS = 100_000;

  private SourceText() {}

  /**
   * The text of a file in the content folder with line ends normalized to LF, or empty after
   * reporting why not (see {@link InputFiles} for what is refused before reading).
   */
  static Optional<String> read(
      Path file, Path contentDir, String display, Diagnostics diagnostics) {
    return InputFiles.read(file, contentDir, "content", display, diagnostics)
        .flatMap(bytes -> text(bytes, display, diagnostics));
  }

  private static Optional<String> text(byte[] bytes, String display, Diagnostics diagnostics) {
    int start = hasBom(bytes) ? 3 : 0;
    String text;
    try {
      text = decode(bytes, start);
    } catch (CharacterCodingException e) {
      int offset = firstBadByte(bytes, start);
      diagnostics.error(
          positionOfByte(display, bytes, start, offset),
          "file is not valid UTF-8 (byte 0x"
              + String.format(Locale.ROOT, "%02x", bytes[offset] & 0xff)
              + " cannot start or continue a character); save it as UTF-8");
      return Optional.empty();
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      diagnostics.error(SourcePos.startOf(display), "file is empty");
      return Optional.empty();
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - lineStart > MAX_LINE_CHARS) {
          diagnostics.error(
              SourcePos.of(display, line, 1),
              "line is " + (i - lineStart) + " characters long; the limit is " + MAX_LINE_CHARS);
          return Optional.empty();
        }
        line++;
        lineStart = i + 1;
      }
    }
    return Optional.of(text);
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String decode(byte[] bytes, int start) throws CharacterCodingException {
    return strictDecoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
  }

  private static int firstBadByte(byte[] bytes, int start) {
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = strictDecoder().decode(in, out, true);
    return result.isError() ? in.position() : start;
  }

  /** Line and column (in characters) of a byte offset, counting the valid text before it. */
  private static SourcePos positionOfByte(String display, byte[] bytes, int start, int offset) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return SourcePos.of(display, line, before.length() + 1);
  }
}
