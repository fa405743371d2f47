package gloss.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Reads the payload files under {@code src/test/resources/xss/}. */
public final class XssCorpus {

  /** Characters that cannot be written on one line of a corpus file. */
  private static final Map<String, String> PLACEHOLDERS =
      Map.of(
          "{TAB}", "\t",
          "{LF}", "\n",
          "{CR}", "\r",
          "{FF}", "\f",
          "{NUL}", "\u0000",
          "{SOH}", "\u0001",
          "{VT}", "\u000b",
          "{NBSP}", "\u00a0",
          "{ZWSP}", "\u200b",
          "{LS}", "\u2028");

  private XssCorpus() {}

  public static List<String> read(String resource) {
    try (InputStream in = XssCorpus.class.getResourceAsStream("/xss/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource xss/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(XssCorpus::expandPlaceholders)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String expandPlaceholders(String line) {
    String expanded = line;
    for (Map.Entry<String, String> placeholder : PLACEHOLDERS.entrySet()) {
      expanded = expanded.replace(placeholder.getKey(), placeholder.getValue());
    }
    return expanded;
  }
}
