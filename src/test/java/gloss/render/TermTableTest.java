package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermTableTest {
  @Test
  void findsATermByItsCharactersWhereverTheyAreInTheArrayGiven() {
    TermTable table = new TermTable(4);
    char[] first = "xxattackyy".toCharArray();
    assertThat(table.find(first, 2, 6, "attack".hashCode())).isEqualTo(-1);
    assertThat(table.add(first, 2, 6, "attack".hashCode())).isZero();

    char[] other = "an attack".toCharArray();
    assertThat(table.find(other, 3, 6, "attack".hashCode())).isZero();
    assertThat(table.find(other, 0, 2, "an".hashCode())).as("a term not added").isEqualTo(-1);
    assertThat(table.find(other, 3, 5, "attac".hashCode())).as("a prefix").isEqualTo(-1);
  }

  @Test
  void packsItsTermsInTheOrderAddedWithTheirHashes() {
    TermTable table = new TermTable(2);
    String[] words = new String[500];
    for (int i = 0; i < words.length; i++) {
      // Long terms too, so that the characters outgrow their first array more than once.
      words[i] = i % 50 == 0 ? "w".repeat(300 + i) : "w" + i;
      char[] chars = words[i].toCharArray();
      assertThat(table.find(chars, 0, chars.length, words[i].hashCode())).isEqualTo(-1);
      assertThat(table.add(chars, 0, chars.length, words[i].hashCode())).isEqualTo(i);
    }
    TermList terms = table.terms();
    assertThat(terms.size()).isEqualTo(words.length);
    for (int i = 0; i < words.length; i++) {
      assertThat(terms.term(i)).isEqualTo(words[i]);
      assertThat(terms.hash(i)).isEqualTo(words[i].hashCode());
      char[] chars = words[i].toCharArray();
      assertThat(table.find(chars, 0, chars.length, words[i].hashCode())).isEqualTo(i);
    }
    assertThat(terms).isEqualTo(table.terms()).isNotEqualTo(new TermTable(2).terms());
  }

  @Test
  void findsNothingOnceClearedAndNumbersFromZeroAgain() {
    TermTable table = new TermTable(2);
    for (int i = 0; i < 1_000; i++) {
      char[] chars = ("w" + i).toCharArray();
      table.find(chars, 0, chars.length, ("w" + i).hashCode());
      table.add(chars, 0, chars.length, ("w" + i).hashCode());
    }
    table.clear();

    char[] w7 = "w7".toCharArray();
    assertThat(table.size()).isZero();
    assertThat(table.find(w7, 0, 2, "w7".hashCode())).isEqualTo(-1);
    assertThat(table.add(w7, 0, 2, "w7".hashCode())).isZero();
    assertThat(table.find(w7, 0, 2, "w7".hashCode())).isZero();
    assertThat(table.terms().term(0)).isEqualTo("w7");
    assertThat(table.terms().size()).isEqualTo(1);
  }
}
