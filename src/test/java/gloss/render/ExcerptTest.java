package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.link.BodyText;
import org.junit.jupiter.api.Test;

/** A note's start, as lists of many notes show it. */
class ExcerptTest {
  @Test
  void aShortFirstSentenceIsTheExcerpt() {
    assertThat(excerpt("<p>A famous image. It was <em>everywhere</em>.</p>"))
        .isEqualTo("A famous image.");
    assertThat(excerpt("<p>Was it? Nobody knows.</p>")).isEqualTo("Was it?");
    assertThat(excerpt("<p>He said “no.” Then left.</p>")).isEqualTo("He said “no.”");
  }

  @Test
  void aNoteOfOneShortSentenceIsWhole() {
    assertThat(excerpt("<p>Quoted by <a href=\"../x/\">everyone</a>.</p>"))
        .isEqualTo("Quoted by everyone.");
    assertThat(excerpt("<p>No full stop at all</p>")).isEqualTo("No full stop at all");
  }

  @Test
  void aFullStopBeforeALowerCaseWordDoesNotEndTheSentence() {
    assertThat(excerpt("<p>Costs rose, e.g. for fuel. Then fell.</p>"))
        .isEqualTo("Costs rose, e.g. for fuel.");
  }

  @Test
  void blocksAreSeparatedByASpace() {
    assertThat(excerpt("<ul><li>one</li><li>two</li></ul><p>three</p>")).isEqualTo("one two three");
  }

  @Test
  void aLongSentenceIsCutAtAWordWithinTheLengthAndEndsInAnEllipsis() {
    String sentence = "word, ".repeat(60) + "end.";
    String excerpt = excerpt("<p>" + sentence + "</p>");
    assertThat(excerpt).endsWith("word…").startsWith("word, word, ");
    assertThat(excerpt.length()).isLessThanOrEqualTo(Excerpt.LENGTH + 1);
    assertThat(sentence).startsWith(excerpt.substring(0, excerpt.length() - 1));
  }

  @Test
  void aWordLongerThanTheExcerptIsCutWhereTheExcerptEnds() {
    String word = "x".repeat(300);
    assertThat(excerpt("<p>" + word + "</p>")).isEqualTo("x".repeat(Excerpt.LENGTH) + "…");
  }

  private static String excerpt(String html) {
    return Excerpt.of(BodyText.of(html));
  }
}
