package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermPoolTest {
  @Test
  void documentsCountedOnOneThreadShareTheStringOfEachTerm() {
    TermCounts first = new TermCounts();
    first.add("Typhoon warnings", 1);
    TermCounts second = new TermCounts();
    second.add("a typhoon, then warnings", 1);

    assertThat(term(second, "typhoon")).isSameAs(term(first, "typhoon"));
    assertThat(term(second, "warning")).isSameAs(term(first, "warning"));
  }

  @Test
  void aFullPoolStartsAgainAndStillGivesEqualStrings() {
    TermPool pool = TermPool.current();
    char[] word = "harbour".toCharArray();
    int hash = TermTable.hash(word, word.length);
    String before = pool.term(word, word.length, hash);
    for (int i = 0; i < TermPool.CAPACITY; i++) {
      char[] other = ("w" + i).toCharArray();
      pool.term(other, other.length, TermTable.hash(other, other.length));
    }

    String after = pool.term(word, word.length, hash);
    assertThat(after).isEqualTo(before).isNotSameAs(before);
    assertThat(pool.term(word, word.length, hash)).isSameAs(after);
  }

  private static String term(TermCounts counts, String term) {
    for (String t : counts.terms()) {
      if (t.equals(term)) {
        return t;
      }
    }
    throw new AssertionError(term + " not counted");
  }
}
