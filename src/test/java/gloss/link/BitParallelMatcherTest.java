package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The bit-vector matcher must agree with the textbook dynamic programme, blocks included. */
class BitParallelMatcherTest {
  private static final SearchBudget UNLIMITED = new SearchBudget(Long.MAX_VALUE);

  @Provide
  Arbitrary<String> shortPatterns() {
    return Arbitraries.strings().withChars("abc ").ofMinLength(1).ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> longPatterns() {
    // Longer than 64 characters, so several blocks carry deltas into one another.
    return Arbitraries.strings().withChars("abc ").ofMinLength(65).ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abcd ").ofMaxLength(250);
  }

  @Property(tries = 300)
  void searchDistancesAgreeWithDynamicProgrammingForShortPatterns(
      @ForAll("shortPatterns") String pattern, @ForAll("texts") String text) {
    assertThat(BitParallelMatcher.of(pattern, UNLIMITED).distancesByEnd(text))
        .containsExactly(searchDistances(pattern, text));
  }

  @Property(tries = 200)
  void searchDistancesAgreeWithDynamicProgrammingForMultiBlockPatterns(
      @ForAll("longPatterns") String pattern, @ForAll("texts") String text) {
    assertThat(BitParallelMatcher.of(pattern, UNLIMITED).distancesByEnd(text))
        .containsExactly(searchDistances(pattern, text));
  }

  @Property(tries = 300)
  void globalDistanceAgreesWithLevenshtein(
      @ForAll("longPatterns") String pattern, @ForAll("texts") String text) {
    assertThat(BitParallelMatcher.of(pattern, UNLIMITED).distanceTo(text))
        .isEqualTo(levenshtein(pattern, text));
  }

  @Property(tries = 300)
  void matchStartGivesASubstringAtTheReportedDistance(
      @ForAll("shortPatterns") String pattern, @ForAll("texts") String text) {
    if (text.isEmpty()) {
      return;
    }
    BitParallelMatcher matcher = BitParallelMatcher.of(pattern, UNLIMITED);
    int[] distances = matcher.distancesByEnd(text);
    for (int end = 1; end <= text.length(); end++) {
      int errors = distances[end - 1];
      int start = matcher.startOfMatchEndingAt(text, end, errors);
      assertThat(levenshtein(pattern, text.substring(start, end))).isEqualTo(errors);
    }
  }

  @Test
  void findsTheTypoedWordInAText() {
    String text = "the quick brown fox";
    BitParallelMatcher matcher = BitParallelMatcher.of("brwn", UNLIMITED);
    int[] distances = matcher.distancesByEnd(text);
    int end = text.indexOf("brown") + "brown".length();

    assertThat(distances[end - 1]).isEqualTo(1);
    assertThat(matcher.startOfMatchEndingAt(text, end, 1)).isEqualTo(text.indexOf("brown"));
  }

  /** D[m][j] with a free start: the smallest distance of any substring ending at j. */
  private static int[] searchDistances(String pattern, String text) {
    int m = pattern.length();
    int[] column = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      column[i] = i;
    }
    int[] result = new int[text.length()];
    for (int j = 0; j < text.length(); j++) {
      int diagonal = column[0];
      column[0] = 0;
      for (int i = 1; i <= m; i++) {
        int above = column[i];
        int cost = pattern.charAt(i - 1) == text.charAt(j) ? 0 : 1;
        column[i] = Math.min(Math.min(column[i] + 1, column[i - 1] + 1), diagonal + cost);
        diagonal = above;
      }
      result[j] = column[m];
    }
    return result;
  }

  private static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
