package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BodyTextTest {
  @Test
  void blocksAndLineBreaksAreSpacesAndTagsAreDropped() {
    BodyText text =
        BodyText.of("<p>One <b>bold</b> line<br>and the next.</p><ul><li>Item</li></ul>");

    assertThat(text.text()).isEqualTo("One bold line and the next. Item");
  }

  @Test
  void everyRunOfWhiteSpaceIsOneSpaceAndNoneIsLeftAtEitherEnd() {
    BodyText text =
        BodyText.of("<p>\n  Tabs\t\tand\u00a0\u00a0no-break\u2003em  spaces \n</p>\n\n");

    assertThat(text.text()).isEqualTo("Tabs and no-break em spaces");
  }

  @Test
  void aMentionWithAnIdIsAnchoredWhereItsWordsAreInTheText() {
    BodyText text =
        BodyText.of(
            "<p>Met  <a class=\"mention\" id=\"m-people-nate-fick-1\" href=\"#\">Nate\n"
                + "Fick</a> in <span class=\"mention\">Tallinn</span>.</p>");

    assertThat(text.anchors()).containsExactly(new BodyText.Anchor(4, 13, "m-people-nate-fick-1"));
    assertThat(text.text().substring(4, 13)).isEqualTo("Nate Fick");
  }

  /** Random paragraphs against the plain rule: collapse every white-space run, trim the ends. */
  @Test
  void agreesWithCollapsingTheWhiteSpaceOfTheWholeTextAtOnce() {
    String[][] parts = {
      {"word", "word"},
      {"é", "é"},
      {" ", " "},
      {"\n", "\n"},
      {"\t", "\t"},
      {"&nbsp;", "\u00a0"},
      {"\u2003", "\u2003"},
      {"\u2007", "\u2007"}, // a figure space, which is not white space to Java
      {"\u0085", "\u0085"}, // next line: a control, not white space to Java either
      {"\u1680", "\u1680"}, // the first white space above the no-break space
      {"\u001c", "\u001c"},
      {"<br>", " "},
      {"<b> bold </b>", " bold "},
      {"<i>x</i>", "x"},
      {"“", "“"},
    };
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder html = new StringBuilder();
      StringBuilder raw = new StringBuilder();
      int paragraphs = random.nextInt(1, 4);
      for (int p = 0; p < paragraphs; p++) {
        html.append("<p>");
        raw.append(' ');
        for (int i = random.nextInt(0, 12); i > 0; i--) {
          String[] part = parts[random.nextInt(parts.length)];
          html.append(part[0]);
          raw.append(part[1]);
        }
        html.append("</p>");
        raw.append(' ');
      }
      String expected =
          raw.toString().replaceAll("[\\p{javaWhitespace}\u00a0]+", " ").replaceAll("^ | $", "");

      assertThat(BodyText.of(html.toString()).text()).as(html.toString()).isEqualTo(expected);
    }
  }
}
