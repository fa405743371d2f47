package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An entity page quotes each document's first mention with the words close around it: at most
 * {@link EntityPages#CONTEXT_CHARS} characters either side, cut between words, an ellipsis saying
 * where the sentence goes on.
 */
class BacklinkContextTest {
  static final String LONG =
      "The delegation that arrived late on Monday evening from the northern provinces, tired and"
          + " hungry, met ";

  @Test
  void keepsAShortSentenceWhole() {
    assertThat(EntityPages.trimBefore("Talks in ")).isEqualTo("Talks in ");
    assertThat(EntityPages.trimAfter(" met on Monday.")).isEqualTo(" met on Monday.");
  }

  @Test
  void cutsTheTextBeforeTheMentionAtAWordStart() {
    String before = EntityPages.trimBefore(LONG);
    assertThat(before).startsWith("…").endsWith("hungry, met ");
    assertThat(before.length() - 1).isLessThanOrEqualTo(EntityPages.CONTEXT_CHARS);
    assertThat(LONG).contains(" " + before.substring(1));
  }

  @Test
  void cutsTheTextAfterTheMentionAtAWordEnd() {
    String after = EntityPages.trimAfter(" " + LONG.strip() + " the envoys.");
    assertThat(after).startsWith(" The delegation").endsWith("…");
    assertThat(after.length() - 1).isLessThanOrEqualTo(EntityPages.CONTEXT_CHARS);
    assertThat(LONG).contains(after.substring(1, after.length() - 1) + " ");
  }

  @Test
  void cutsAWordLongerThanTheLimitWithoutSplittingACharacter() {
    String emoji = "😀";
    String word = emoji.repeat(EntityPages.CONTEXT_CHARS);
    // One more character on the far side puts the cut in the middle of an emoji.
    String before = EntityPages.trimBefore(word + "x");
    String after = EntityPages.trimAfter("x" + word);
    assertThat(before).startsWith("…" + emoji).endsWith(emoji + "x");
    assertThat(after).startsWith("x" + emoji).endsWith(emoji + "…");
    assertThat(before.codePoints()).noneMatch(c -> Character.getType(c) == Character.SURROGATE);
    assertThat(after.codePoints()).noneMatch(c -> Character.getType(c) == Character.SURROGATE);
  }
}
