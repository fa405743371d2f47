package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.RandomText;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PublishableTextTest {
  @Test
  void cleanTextIsWrittenAsItsUtf8() {
    String text =
        "Tallinn – “Salt Typhoon” ¿qué? 台湾 Ελλάδα 😀 tab\there\r\nand &#39; &amp; &#x1F600;";

    assertThat(PublishableText.utf8(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aPageOfCharactersWiderThanOneByteIsWrittenWhole() {
    // Three and four bytes a character, where the encoder starts with room for about one.
    String text = "台湾😀–".repeat(5_000) + "end";

    assertThat(PublishableText.utf8(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void dropsControlsNoncharactersAndLoneSurrogates() {
    String text =
        "a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\ufdd0h\ufffei\uffffj\ud800k\udc00l"
            + new String(Character.toChars(0x1FFFE))
            + "m";

    assertThat(utf8(text)).isEqualTo("abcdefghijklm");
  }

  @Test
  void dropsReferencesToForbiddenCodePointsOnly() {
    assertThat(utf8("a&#7;b&#x7;c&#X1b;d&#0;e&#xFFFE;f&#1114112;g&#x110000;h"))
        .isEqualTo("abcdefgh");
    assertThat(utf8("&#39; &#x26; &#128512; &#x; &#; &#7 &#123456789012; &#x123456789;"))
        .isEqualTo("&#39; &#x26; &#128512; &#x; &#; &#7 &#123456789012; &#x123456789;");
  }

  @Test
  void aReferenceThatDroppingACodePointMakesIsDroppedToo() {
    assertThat(utf8("a&\u0007#7;b&#\u0085x7;c")).isEqualTo("abc");
  }

  @Test
  void agreesWithDroppingCodePointsThenReferencesOnRandomText() {
    RandomText texts =
        new RandomText(
            7, "a", "Z", " ", "&", "#", "x", "7", "1", "f", ";", "&#", "&#x", "\u0007", "\u0085",
            "\ufffe", "–", "台", "\ud83d", "\ude00", "😀", "\n", "\t");
    for (int run = 0; run < 5_000; run++) {
      String t = texts.next(29);
      assertThat(utf8(t))
          .as("%s", t.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(model(t));
    }
  }

  private static String utf8(String text) {
    return new String(PublishableText.utf8(text), StandardCharsets.UTF_8);
  }

  private static final Pattern REFERENCE =
      Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));");

  /** The rule said plainly: drop forbidden code points, then references to forbidden ones. */
  private static String model(String text) {
    StringBuilder kept = new StringBuilder();
    text.codePoints().filter(cp -> !PublishableText.isForbidden(cp)).forEach(kept::appendCodePoint);
    Matcher m = REFERENCE.matcher(kept);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int at = kept.indexOf("&#");
    while (at >= 0) {
      m.region(at, kept.length());
      if (m.lookingAt()) {
        long cp = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
        if (cp == 0 || cp > Character.MAX_CODE_POINT || PublishableText.isForbidden((int) cp)) {
          out.append(kept, copied, m.start());
          copied = m.end();
        }
        at = kept.indexOf("&#", m.end());
      } else {
        at = kept.indexOf("&#", at + 2);
      }
    }
    return out.append(kept, copied, kept.length()).toString();
  }
}
