package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.link.QuoteMatch.Ambiguous;
import gloss.link.QuoteMatch.Approximate;
import gloss.link.QuoteMatch.Candidate;
import gloss.link.QuoteMatch.Exact;
import gloss.link.QuoteMatch.NotFound;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextQuoteMatcherTest {

  private static Exact exact(QuoteMatch match) {
    assertThat(match).isInstanceOf(Exact.class);
    return (Exact) match;
  }

  @Test
  void findsAUniqueQuoteAtItsOriginalOffsets() {
    String text = "The council met on Tuesday. It voted to close the library.";
    QuoteMatch match = TextQuoteMatcher.of(text).find("voted to close", null, null);

    Exact found = exact(match);
    assertThat(text.substring(found.start(), found.end())).isEqualTo("voted to close");
  }

  @Test
  void findsAQuoteThatSpansALinkAndEmphasis() {
    Element body =
        Jsoup.parseBodyFragment(
                "<p>The <a href=\"/people/ada/\">Countess of <em>Lovelace</em></a> wrote the"
                    + " <em>first</em> program.</p>")
            .body();
    String text = TextContent.of(body);

    Exact found = exact(TextQuoteMatcher.of(text).find("of Lovelace wrote the first", "", ""));

    assertThat(text.substring(found.start(), found.end())).isEqualTo("of Lovelace wrote the first");
  }

  @Test
  void matchesTypographicQuotesDashesAndLineBreaksInTheTextAgainstPlainOnesInTheQuote() {
    String text = "She said \u201Cwe\u2019re not\n   closing\u201D \u2014 and left.";
    Exact found = exact(TextQuoteMatcher.of(text).find("\"we're not closing\" - and", null, null));

    assertThat(text.substring(found.start(), found.end()))
        .isEqualTo("\u201Cwe\u2019re not\n   closing\u201D \u2014 and");
  }

  @Test
  void matchesPlainQuotesInTheTextAgainstTypographicOnesAndLineBreaksInTheQuote() {
    String text = "She said \"we're not closing\" - and left.";
    Exact found =
        exact(
            TextQuoteMatcher.of(text)
                .find("  \u201Cwe\u2019re\nnot closing\u201D \u2013 and\n", null, null));

    assertThat(text.substring(found.start(), found.end())).isEqualTo("\"we're not closing\" - and");
  }

  @Test
  void ignoresNonBreakingSpacesSoftHyphensAndZeroWidthCharacters() {
    String text =
        "It cost 10\u00A0000\u202Feuros, an extra\u00ADordinary sum\u200B for a\u2060 town.";
    Exact found =
        exact(
            TextQuoteMatcher.of(text)
                .find("10 000 euros, an extraordinary sum for a town", null, null));

    assertThat(found.start()).isEqualTo(text.indexOf("10"));
    assertThat(found.end()).isEqualTo(text.indexOf(" town") + " town".length());
  }

  @Test
  void matchesDecomposedAccentsAgainstComposedOnes() {
    String text = "The caf\u0065\u0301 on Rue de l\u2019\u00C9glise.";
    TextQuoteMatcher matcher = TextQuoteMatcher.of(text);

    Exact cafe = exact(matcher.find("caf\u00E9 on Rue", null, null));
    Exact church = exact(matcher.find("l'E\u0301glise", null, null));

    assertThat(text.substring(cafe.start(), cafe.end())).isEqualTo("caf\u0065\u0301 on Rue");
    assertThat(text.substring(church.start(), church.end())).isEqualTo("l\u2019\u00C9glise");
  }

  @Test
  void staysCaseSensitive() {
    QuoteMatch match =
        TextQuoteMatcher.of("The Mayor resigned on Monday morning.")
            .find("the mayor resigned", null, null);

    assertThat(match).isNotInstanceOf(Exact.class);
  }

  @Test
  void picksOneOfTwoIdenticalPassagesByPrefix() {
    String text = "In March, the river rose. In April, the river rose again.";
    Exact found = exact(TextQuoteMatcher.of(text).find("the river rose", "In April, ", null));

    assertThat(found.start()).isEqualTo(text.lastIndexOf("the river rose"));
  }

  @Test
  void picksOneOfTwoIdenticalPassagesBySuffix() {
    String text = "In March, the river rose. In April, the river rose again.";
    TextQuoteMatcher matcher = TextQuoteMatcher.of(text);

    assertThat(exact(matcher.find("the river rose", null, " again")).start())
        .isEqualTo(text.lastIndexOf("the river rose"));
    assertThat(exact(matcher.find("the river rose", "", ". In April")).start())
        .isEqualTo(text.indexOf("the river rose"));
  }

  @Test
  void picksThePassageWhosePrefixMatchesBestWhenNoneMatchesFully() {
    String text = "the old mill burned. A new mill burned.";
    Exact found = exact(TextQuoteMatcher.of(text).find("mill burned", "the new ", null));

    assertThat(found.start()).isEqualTo(text.lastIndexOf("mill burned"));
  }

  @Test
  void reportsIdenticalPassagesAsAmbiguousWithContextAndAPrefixThatPicksEach() {
    String text = "In March, the river rose.\nIn April, the river rose again.";
    TextQuoteMatcher matcher = TextQuoteMatcher.of(text);

    QuoteMatch match = matcher.find("the river rose", null, null);

    assertThat(match).isInstanceOf(Ambiguous.class);
    var candidates = ((Ambiguous) match).candidates();
    assertThat(candidates)
        .extracting(Candidate::start)
        .containsExactly(text.indexOf("the river rose"), text.lastIndexOf("the river rose"));
    assertThat(candidates)
        .extracting(Candidate::before)
        .containsExactly("In March,", "In March, the river rose. In April,");
    assertThat(candidates)
        .extracting(Candidate::after)
        .containsExactly(". In April, the river rose again.", "again.");
    assertThat(candidates)
        .extracting(Candidate::suggestedPrefix)
        .containsExactly("March,", "April,");
    for (Candidate candidate : candidates) {
      QuoteMatch picked = matcher.find("the river rose", candidate.suggestedPrefix(), null);
      assertThat(picked).isEqualTo(new Exact(candidate.start(), candidate.end()));
    }
  }

  @Test
  void suggestsLongerPrefixesWhenTheLastWordBeforeThePassagesIsTheSame() {
    String text =
        "Police said the fire spread. Neighbours said the fire spread. Police said the fire spread.";
    TextQuoteMatcher matcher = TextQuoteMatcher.of(text);

    Ambiguous ambiguous = (Ambiguous) matcher.find("the fire spread", null, null);

    assertThat(ambiguous.candidates())
        .extracting(Candidate::suggestedPrefix)
        .containsExactly("", "Neighbours said", "spread. Police said");
    for (Candidate candidate : ambiguous.candidates()) {
      if (!candidate.suggestedPrefix().isEmpty()) {
        assertThat(matcher.find("the fire spread", candidate.suggestedPrefix(), null))
            .isEqualTo(new Exact(candidate.start(), candidate.end()));
      }
    }
  }

  @Test
  void suggestedPrefixesPickTheirPassageEvenWithTypographicCharactersAndLineBreaks() {
    String text =
        "\u201CNo,\u201D he said: yes.\n\u201CNo,\u00A0really,\u201D\nhe said: yes. Then he said: yes.";
    TextQuoteMatcher matcher = TextQuoteMatcher.of(text);

    Ambiguous ambiguous = (Ambiguous) matcher.find("he said: yes.", null, null);

    assertThat(ambiguous.candidates()).hasSize(3);
    for (Candidate candidate : ambiguous.candidates()) {
      assertThat(candidate.suggestedPrefix()).isNotEmpty();
      assertThat(matcher.find("he said: yes.", candidate.suggestedPrefix(), null))
          .isEqualTo(new Exact(candidate.start(), candidate.end()));
    }
  }

  @Test
  void anchorsAQuoteWithAOneCharacterTypoApproximatelyWithOneError() {
    String text = "The committee approved the budget for the new hospital wing on Friday.";
    QuoteMatch match =
        TextQuoteMatcher.of(text).find("approved the budgat for the new hospital", null, null);

    assertThat(match).isInstanceOf(Approximate.class);
    Approximate approximate = (Approximate) match;
    assertThat(approximate.errors()).isEqualTo(1);
    assertThat(text.substring(approximate.start(), approximate.end()))
        .isEqualTo("approved the budget for the new hospital");
  }

  @Test
  void widensAnApproximateMatchThatStopsShortOfAWord() {
    String text = "The committee approved the budget for the new hospital wing on Friday.";
    // Deleting the wrong last letter is as cheap as replacing it, which would end the
    // raw match at "hospita".
    Approximate approximate =
        (Approximate) TextQuoteMatcher.of(text).find("the budget for the new hospitax", null, null);

    assertThat(text.substring(approximate.start(), approximate.end()))
        .isEqualTo("the budget for the new hospital");
    assertThat(approximate.errors()).isEqualTo(1);
  }

  @Test
  void anchorsAQuoteWithAMissingWordWhenWithinTheErrorBudget() {
    String text = "Residents of the district have waited three long years for a new bridge.";
    String quote = "Residents of the district have waited three years for a new bridge";
    QuoteMatch match = TextQuoteMatcher.of(text).find(quote, null, null);

    assertThat(quote.length() / 10).isGreaterThanOrEqualTo("long ".length());
    assertThat(match).isInstanceOf(Approximate.class);
    Approximate approximate = (Approximate) match;
    assertThat(text.substring(approximate.start(), approximate.end()))
        .isEqualTo("Residents of the district have waited three long years for a new bridge");
    assertThat(approximate.errors()).isEqualTo("long ".length());
  }

  @Test
  void breaksTiesBetweenEquallyCloseApproximateMatchesWithThePrefix() {
    String text = "First, the budget was approved. Later, the budget was approved.";
    TextQuoteMatcher matcher = TextQuoteMatcher.of(text);

    QuoteMatch withoutContext = matcher.find("the budgat was approved", null, null);
    QuoteMatch withPrefix = matcher.find("the budgat was approved", "Later,", null);

    assertThat(withoutContext).isInstanceOf(Ambiguous.class);
    assertThat(withPrefix)
        .isEqualTo(
            new Approximate(
                text.lastIndexOf("the budget"),
                text.lastIndexOf("approved") + "approved".length(),
                1));
  }

  @Test
  void reportsAQuoteThatMatchesNothingWithTheClosestPassage() {
    String text =
        "The council met on Tuesday.\nIt voted to close the central library in June.\nProtests followed.";
    QuoteMatch match = TextQuoteMatcher.of(text).find("voted to shut the main library", null, null);

    assertThat(match).isInstanceOf(NotFound.class);
    assertThat(((NotFound) match).closestPassage()).isEqualTo("voted to close the central library");
  }

  @Test
  void reportsNotFoundWithAnEmptySuggestionForAnEmptyText() {
    assertThat(TextQuoteMatcher.of("").find("anything", null, null))
        .isEqualTo(new NotFound("", false));
  }

  @Test
  void neverMatchesABlankQuote() {
    assertThat(TextQuoteMatcher.of("Some text.").find(" \n\u00A0", null, null))
        .isEqualTo(new NotFound("", false));
  }

  @Test
  void givesTextQuoteSelectorContextFromTheOriginalText() {
    String text = "Alpha beta gamma delta epsilon.";
    TextQuoteMatcher matcher = TextQuoteMatcher.of(text);
    int start = text.indexOf("gamma");
    int end = start + "gamma".length();

    assertThat(matcher.exactAt(start, end)).isEqualTo("gamma");
    assertThat(matcher.prefixBefore(start, 32)).isEqualTo("Alpha beta ");
    assertThat(matcher.prefixBefore(start, 5)).isEqualTo("beta ");
    assertThat(matcher.suffixAfter(end, 32)).isEqualTo(" delta epsilon.");
    assertThat(matcher.suffixAfter(end, 6)).isEqualTo(" delta");
  }

  @Test
  void contextNeverSplitsASurrogatePair() {
    String text = "a\uD83D\uDE00b quote c\uD83D\uDE00d";
    TextQuoteMatcher matcher = TextQuoteMatcher.of(text);
    int start = text.indexOf("quote");
    int end = start + "quote".length();

    assertThat(matcher.prefixBefore(start, 3)).isEqualTo("b ");
    assertThat(matcher.suffixAfter(end, 3)).isEqualTo(" c");
  }
}
