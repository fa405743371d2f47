package gloss.link;

import java.util.List;

/**
 * The outcome of looking for a quote in an article's text. Offsets are UTF-16 offsets into the
 * original text (as given to {@link TextQuoteMatcher#of}), half-open: {@code [start, end)}.
 */
public sealed interface QuoteMatch
    permits QuoteMatch.Exact, QuoteMatch.Approximate, QuoteMatch.Ambiguous, QuoteMatch.NotFound {

  /** The quote occurs once, or {@code prefix}/{@code suffix} picked one occurrence. */
  record Exact(int start, int end) implements QuoteMatch {}

  /**
   * The quote does not occur, but a passage within the error budget does; the build anchors there
   * and should warn, showing the anchored text. {@code errors} is the Levenshtein distance between
   * the folded quote and the folded passage.
   */
  record Approximate(int start, int end, int errors) implements QuoteMatch {}

  /**
   * Several passages match equally well, and {@code prefix}/{@code suffix} did not pick one.
   * Candidates are in document order.
   */
  record Ambiguous(List<Candidate> candidates) implements QuoteMatch {
    public Ambiguous {
      candidates = List.copyOf(candidates);
    }
  }

  /**
   * Nothing within the error budget. {@code closestPassage} is the passage of the text nearest to
   * the quote, widened to whole words and with white space collapsed, for the error message to
   * suggest; it is empty when the text (or the quote) is empty, or when {@code searchCutShort}: the
   * article's {@link SearchBudget} ran out before the approximate search was done.
   */
  record NotFound(String closestPassage, boolean searchCutShort) implements QuoteMatch {}

  /**
   * One of several equally good passages.
   *
   * @param before a few words before the passage (at most 40 characters, white space collapsed)
   * @param after a few words after the passage (at most 40 characters, white space collapsed)
   * @param suggestedPrefix the fewest whole words just before the passage that, given as {@code
   *     prefix}, select this passage alone; empty when no prefix can (for instance the passage
   *     starts the text, or everything before it also precedes another candidate), in which case a
   *     {@code suffix} has to tell them apart
   */
  record Candidate(int start, int end, String before, String after, String suggestedPrefix) {}
}
