package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.link.QuoteMatch.Ambiguous;
import gloss.link.QuoteMatch.Approximate;
import gloss.link.QuoteMatch.Candidate;
import gloss.link.QuoteMatch.Exact;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TextQuoteMatcherPropertiesTest {

  private static final List<String> VOCABULARY =
      List.of(
          "the",
          "council",
          "voted",
          "to",
          "close",
          "library",
          "on",
          "Tuesday,",
          "\u201Cwe",
          "can\u2019t\u201D",
          "\u2014",
          "said",
          "mayor",
          "in",
          "a",
          "statement.");

  /** Never produced by the vocabulary, so a quote containing it occurs exactly once. */
  private static final String UNIQUE_TOKEN = "zebra-7";

  private static final List<String> SEPARATORS =
      List.of(" ", " ", " ", "\n", "  ", "\u00A0", " \n ");

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.of(VOCABULARY).list().ofMinSize(0).ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<String>> separators() {
    return Arbitraries.of(SEPARATORS).list().ofSize(200);
  }

  @Property(tries = 300)
  void findsAPlantedQuoteAtThePlantedOffsets(
      @ForAll("words") List<String> before,
      @ForAll("words") @Size(max = 8) List<String> quoteWords,
      @ForAll("words") List<String> after,
      @ForAll @IntRange(min = 0, max = 8) int tokenPosition,
      @ForAll("separators") List<String> separators) {
    List<String> quote = new java.util.ArrayList<>(quoteWords);
    quote.add(Math.min(tokenPosition, quote.size()), UNIQUE_TOKEN);
    StringBuilder text = new StringBuilder();
    int separator = 0;
    for (String word : before) {
      text.append(word).append(separators.get(separator++ % separators.size()));
    }
    int start = text.length();
    for (int i = 0; i < quote.size(); i++) {
      if (i > 0) {
        text.append(separators.get(separator++ % separators.size()));
      }
      text.append(quote.get(i));
    }
    int end = text.length();
    for (String word : after) {
      text.append(separators.get(separator++ % separators.size())).append(word);
    }

    // The contributor types the quote with straight punctuation and single spaces.
    String typed =
        String.join(" ", quote)
            .replace('\u201C', '"')
            .replace('\u201D', '"')
            .replace('\u2019', '\'')
            .replace('\u2014', '-');
    QuoteMatch match = TextQuoteMatcher.of(text.toString()).find(typed, null, null);

    assertThat(match).isEqualTo(new Exact(start, end));
  }

  /** Start and end of an exact or approximate match; ambiguity or absence fails the test. */
  private static int[] spanOf(QuoteMatch match) {
    if (match instanceof Exact exact) {
      return new int[] {exact.start(), exact.end()};
    }
    if (match instanceof Approximate approximate) {
      return new int[] {approximate.start(), approximate.end()};
    }
    throw new AssertionError("expected one passage, got " + match);
  }

  @Property(tries = 200)
  void everySuggestedPrefixPicksItsOwnCandidate(
      @ForAll("words") List<String> words, @ForAll("separators") List<String> separators) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      text.append(words.get(i)).append(separators.get(i % separators.size()));
    }
    TextQuoteMatcher matcher = TextQuoteMatcher.of(text.toString());
    for (String quote : List.of("the", "voted to", "said", "mayor sayd")) {
      if (matcher.find(quote, null, null) instanceof Ambiguous ambiguous) {
        for (Candidate candidate : ambiguous.candidates()) {
          if (!candidate.suggestedPrefix().isEmpty()) {
            assertThat(spanOf(matcher.find(quote, candidate.suggestedPrefix(), null)))
                .containsExactly(candidate.start(), candidate.end());
          }
        }
      }
    }
  }

  @Property(tries = 300)
  void anchorsAPlantedQuoteWithTyposWithinTheBudgetAtThePlantedPassage(
      @ForAll("words") List<String> before,
      @ForAll("words") @Size(min = 4, max = 30) List<String> quoteWords,
      @ForAll("words") List<String> after,
      @ForAll("edits") List<int[]> edits) {
    List<String> quote = new java.util.ArrayList<>(quoteWords);
    quote.add(quote.size() / 2, UNIQUE_TOKEN);
    String prefix = before.isEmpty() ? "" : String.join(" ", before) + " ";
    String passage = String.join(" ", quote);
    String text = prefix + passage + (after.isEmpty() ? "" : " " + String.join(" ", after));

    // Edit letters only (so white-space folding cannot change the count), within the budget of
    // the typed quote: a tenth of its length, which deletions shorten.
    int budget = Math.max(1, passage.length() / 11);
    StringBuilder typed = new StringBuilder(passage);
    for (int[] edit : edits.subList(0, Math.min(edits.size(), budget))) {
      int at = edit[1] % typed.length();
      // Inside words only: deleting a whole word would merge two spaces, a second edit.
      boolean insideWord =
          at > 0
              && at + 1 < typed.length()
              && Character.isLetter(typed.charAt(at - 1))
              && Character.isLetter(typed.charAt(at))
              && Character.isLetter(typed.charAt(at + 1));
      if (!insideWord) {
        continue;
      }
      switch (edit[0]) {
        case 0 -> typed.setCharAt(at, typed.charAt(at) == 'x' ? 'y' : 'x');
        case 1 -> typed.insert(at, 'x');
        default -> typed.deleteCharAt(at);
      }
    }
    QuoteMatch match = TextQuoteMatcher.of(text).find(typed.toString(), null, null);

    int[] span = spanOf(match);
    int plantedStart = prefix.length();
    int plantedEnd = plantedStart + passage.length();
    assertThat(span[0]).isLessThan(plantedEnd);
    assertThat(span[1]).isGreaterThan(plantedStart);
    assertThat(text.substring(span[0], span[1])).contains(UNIQUE_TOKEN.substring(0, 3));
  }

  @Property(tries = 300)
  void filteringByExactPiecesNeverChangesAnApproximateResult(
      @ForAll("words") List<String> words,
      @ForAll @IntRange(min = 0, max = 59) int quoteStart,
      @ForAll @IntRange(min = 1, max = 12) int quoteLength,
      @ForAll("edits") List<int[]> edits,
      @ForAll("words") @Size(max = 3) List<String> prefix) {
    String text = String.join(" ", words);
    List<String> quoteWords =
        words.isEmpty()
            ? List.of("council")
            : words.subList(
                Math.min(quoteStart, words.size() - 1),
                Math.min(words.size(), Math.min(quoteStart, words.size() - 1) + quoteLength));
    StringBuilder quote = new StringBuilder(String.join(" ", quoteWords));
    for (int[] edit : edits.subList(0, Math.min(edits.size(), 1 + quote.length() / 8))) {
      int at = edit[1] % quote.length();
      switch (edit[0]) {
        case 0 -> quote.setCharAt(at, 'x');
        case 1 -> quote.insert(at, 'y');
        default -> {
          if (quote.length() > 1) {
            quote.deleteCharAt(at);
          }
        }
      }
    }
    String context = String.join(" ", prefix);

    assertThat(TextQuoteMatcher.of(text).find(quote.toString(), context, null))
        .isEqualTo(TextQuoteMatcher.withoutPieceFilter(text).find(quote.toString(), context, null));
  }

  @Provide
  Arbitrary<List<int[]>> edits() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 10_000))
        .as((kind, position) -> new int[] {kind, position})
        .list()
        .ofMinSize(1)
        .ofMaxSize(20);
  }
}
