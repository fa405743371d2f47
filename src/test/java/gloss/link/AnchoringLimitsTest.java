package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import gloss.link.QuoteMatch.Approximate;
import gloss.link.QuoteMatch.Exact;
import gloss.link.QuoteMatch.NotFound;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What anchoring may cost is bounded: a quote longer than 1,000 characters is refused where it is
 * written, and the approximate search of one article's quotes has a budget counted in work units,
 * after which a quote that matches nothing is reported without a closest passage. Tests assert the
 * outcomes, never the time (speed is measured in bench/).
 */
class AnchoringLimitsTest {
  @TempDir Path dir;

  /** Random words of 2 to 9 letters, the same for every run. */
  private static List<String> vocabulary(Random random) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      StringBuilder word = new StringBuilder();
      int length = 2 + random.nextInt(8);
      for (int j = 0; j < length; j++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words.add(word.toString());
    }
    return words;
  }

  private static String words(List<String> vocabulary, Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return text.toString();
  }

  private static String note(String name, String quote) {
    return "-- content/annotations/a/"
        + name
        + ".md --\n---\nauthor: Ann\ndate: 2025-04-11\nquote: \""
        + quote
        + "\"\n---\nA note.\n";
  }

  private static String article(String body) {
    return "-- content/articles/a.md --\n---\ntitle: A\ndate: 2025-04-10\n---\n" + body + "\n";
  }

  @Test
  void refusesAQuoteOverAThousandCharactersAtItsQuoteEvenWhenTheArticleHasIt() {
    Random random = new Random(7);
    String passage = words(vocabulary(random), random, 200);
    TestSite site = TestSite.build(dir, article(passage) + note("long", passage));
    assertThat(passage.length()).isGreaterThan(1_000);
    assertThat(site.messages())
        .containsExactly(
            "content/annotations/a/long.md:4:8: error: quote is "
                + passage.length()
                + " characters long, over the limit of 1000; quote the sentence or paragraph that"
                + " the note is about");
  }

  /**
   * The case that took 42 seconds: twenty 5,000-word quotes that match nothing, against a 1.9 MB
   * article; with them, six quotes of 150 words that match nothing either.
   */
  @Test
  void longQuotesThatMatchNothingInAHugeArticleEndWithAnErrorEach() {
    Random random = new Random(42);
    List<String> vocabulary = vocabulary(random);
    StringBuilder body = new StringBuilder();
    while (body.length() < 1_900_000) {
      body.append(words(vocabulary, random, 120)).append("\n\n");
    }
    StringBuilder txtar = new StringBuilder(article(body.toString()));
    for (int i = 0; i < 20; i++) {
      txtar.append(note(String.format("huge-%02d", i), words(vocabulary, random, 5_000)));
    }
    for (int i = 0; i < 6; i++) {
      txtar.append(note("miss-" + i, words(vocabulary, random, 150)));
    }

    List<String> messages = TestSite.build(dir, txtar.toString()).messages();

    assertThat(messages).hasSize(26);
    assertThat(messages.subList(0, 20))
        .allMatch(
            m ->
                m.matches(
                    "content/annotations/a/huge-\\d\\d\\.md:4:8: error: quote is \\d+ characters"
                        + " long, over the limit of 1000; quote the sentence or paragraph that the note is about"));
    List<String> misses = messages.subList(20, 26);
    assertThat(misses.get(0))
        .startsWith(
            "content/annotations/a/miss-0.md:4:8: error: quote is not in content/articles/a.md;"
                + " the closest passage is \"");
    assertThat(misses.get(5))
        .isEqualTo(
            "content/annotations/a/miss-5.md:4:8: error: quote is not in content/articles/a.md;"
                + " the search for a close passage was cut short, as the quotes of this article that"
                + " match nothing used up its budget");
  }

  @Test
  void onceTheBudgetIsSpentQuotesThatMatchNothingAreCutShortAndExactOnesStillAnchor() {
    Random random = new Random(3);
    List<String> vocabulary = vocabulary(random);
    String text = words(vocabulary, random, 20_000);
    TextQuoteMatcher matcher = TextQuoteMatcher.of(text);
    String present = text.substring(text.indexOf(' ', 5_000) + 1, text.indexOf(' ', 5_400));
    String nearMiss = present.substring(0, 200) + "q" + present.substring(201);
    // Enough for one quote that matches nothing, with its closest passage, but not for two.
    SearchBudget budget = new SearchBudget(3 * (long) text.length() * 7);

    QuoteMatch first = matcher.find(words(vocabulary, random, 60), null, null, budget);
    QuoteMatch second = matcher.find(words(vocabulary, random, 60), null, null, budget);
    QuoteMatch exact = matcher.find(present, null, null, budget);
    QuoteMatch approximate = matcher.find(nearMiss, null, null, budget);

    assertThat(first)
        .isInstanceOfSatisfying(
            NotFound.class,
            nf -> {
              assertThat(nf.searchCutShort()).isFalse();
              assertThat(nf.closestPassage()).isNotEmpty();
            });
    assertThat(second).isEqualTo(new NotFound("", true));
    assertThat(exact).isInstanceOf(Exact.class);
    assertThat(approximate)
        .as("the budget stays spent for the article")
        .isEqualTo(new NotFound("", true));
    assertThat(matcher.find(nearMiss, null, null, SearchBudget.perArticle()))
        .as("a near miss in a fresh article's budget")
        .isInstanceOfSatisfying(Approximate.class, ap -> assertThat(ap.errors()).isEqualTo(1));
  }
}
