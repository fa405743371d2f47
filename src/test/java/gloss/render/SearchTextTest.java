package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.RandomText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {
  @Test
  void aTermIsAWordFoldedAndStemmed() {
    assertThat(SearchText.terms("Salt Typhoon's attacks, Émile’s AGENCIES: 3 bus-stops (Tallinn)"))
        .containsExactly(
            "salt", "typhoon", "s", "attack", "emile", "s", "agency", "3", "bus", "stop",
            "tallinn");
  }

  @Test
  void shortWordsAndWordsEndingInUsOrSsAreKeptWhole() {
    assertThat(SearchText.terms("gas its bus status chess oes ees aes"))
        .containsExactly("gas", "its", "bus", "status", "chess", "oes", "ees", "aes");
    // After a vowel, "es" and "ies" are not endings: only the plural's "s" goes.
    assertThat(SearchText.terms("heroes trees eies aies"))
        .containsExactly("heroe", "tree", "eie", "aie");
  }

  @Test
  void lettersDigitsAndMarksOfAnyScriptMakeWords() {
    assertThat(SearchText.terms("台湾 Ελλάδα Zürich naïve x²"))
        .containsExactly("台湾", "ελλαδα", "zurich", "naive", "x²");
  }

  @Test
  void eachTermComesWithTheHashOfItsString() {
    List<String> seen = new ArrayList<>();
    SearchText.forEachTerm(
        "Agencies AGENCY’s zürich Cats cat's 42 Ελλάδες",
        (chars, length, hash) -> {
          String term = new String(chars, 0, length);
          assertThat(hash).as(term).isEqualTo(term.hashCode());
          seen.add(term);
        });
    assertThat(seen)
        .containsExactly("agency", "agency", "s", "zurich", "cat", "cat", "s", "42", "ελλαδες");
  }

  @Test
  void termsAgreeWithFoldingAndStemmingEachWordOnRandomText() {
    RandomText texts =
        new RandomText(
            11, "a", "B", "s", "es", "ies", "us", "9", " ", "-", "’", "é", "E\u0301", "台", "ß", "İ",
            "😀", "x²", "\u0301", "Ω", "\t");
    for (int run = 0; run < 5_000; run++) {
      String t = texts.next(24);
      List<String> expected = new ArrayList<>();
      for (SearchText.Word w : SearchText.words(t)) {
        expected.add(SearchText.stem(SearchText.fold(t.substring(w.start(), w.end()))));
      }
      assertThat(SearchText.terms(t)).as(t).isEqualTo(expected);
    }
  }
}
