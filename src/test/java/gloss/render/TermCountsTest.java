package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermCountsTest {
  @Test
  void countsEachTermByItsFieldsWeightAndTheWordsWhateverTheWeight() {
    TermCounts counts = new TermCounts(16);
    counts.add("Attacks on the attack, Émile's ATTACK", 1);
    counts.add("attack surface", 4);

    assertThat(asMap(counts))
        .containsExactly(
            Map.entry("attack", 7),
            Map.entry("emile", 1),
            Map.entry("on", 1),
            Map.entry("s", 1),
            Map.entry("surface", 4),
            Map.entry("the", 1));
    assertThat(counts.words()).isEqualTo(9);
  }

  @Test
  void agreesWithCountingTheTermsOneByOneOnALongText() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("word").append((i * 7919) % 3001).append(i % 5 == 0 ? "s " : " ");
    }
    Map<String, Integer> expected = new TreeMap<>();
    SearchText.terms(text.toString()).forEach(t -> expected.merge(t, 2, Integer::sum));

    TermCounts counts = new TermCounts(16);
    counts.add(text.toString(), 2);
    assertThat(asMap(counts)).isEqualTo(expected);
    assertThat(counts.words()).isEqualTo(20_000);
  }

  @Test
  void findsEachTermAgainWhenItsTableHasGrownManyTimes() {
    TermCounts counts = new TermCounts(16);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 5_000; i++) {
        counts.add("t" + i, 1);
      }
    }
    Map<String, Integer> map = asMap(counts);
    assertThat(map).hasSize(5_000).containsEntry("t0", 3).containsEntry("t4999", 3);
    assertThat(counts.terms().term(0)).as("terms in the order first counted").isEqualTo("t0");
  }

  @Test
  void countsTheNextDocumentFromNothingOnceCleared() {
    TermCounts counts = new TermCounts(16);
    for (int i = 0; i < 5_000; i++) {
      counts.add("t" + i + " shared", 3); // grows the table many times
    }
    counts.clear();
    counts.add("shared words, shared", 1);

    assertThat(asMap(counts)).containsExactly(Map.entry("shared", 2), Map.entry("word", 1));
    assertThat(counts.words()).isEqualTo(3);
    assertThat(counts.terms().term(0)).as("numbered from zero again").isEqualTo("shared");
  }

  private static Map<String, Integer> asMap(TermCounts counts) {
    TermList terms = counts.terms();
    int[] weights = counts.counts();
    assertThat(weights).hasSize(terms.size());
    Map<String, Integer> map = new TreeMap<>();
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.term(i);
      assertThat(terms.hash(i)).as("hash of %s", term).isEqualTo(term.hashCode());
      assertThat(map.put(term, weights[i])).as("%s counted once", term).isNull();
    }
    return map;
  }
}
