package gloss.link;

import gloss.link.QuoteMatch.Ambiguous;
import gloss.link.QuoteMatch.Approximate;
import gloss.link.QuoteMatch.Candidate;
import gloss.link.QuoteMatch.Exact;
import gloss.link.QuoteMatch.NotFound;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds annotation quotes in one article's text, the way a contributor means them.
 *
 * <p>Build one per article text with {@link #of} (it folds the text once, see {@link FoldedText}),
 * then call {@link #find} for each annotation. Matching ignores what contributors cannot see
 * (Unicode normalisation, white-space runs and line breaks, typographic quotes, dashes,
 * non-breaking and zero-width spaces, soft hyphens) and is otherwise exact and case-sensitive. All
 * results are offsets into the original text.
 *
 * <p>Cost, for a text of {@code n} and a quote of {@code m} characters: an exact search is linear
 * (Knuth–Morris–Pratt over the folded text); an approximate one runs Myers' bit-parallel matcher,
 * {@code O(ceil(m / 64))} per character, over windows around exact occurrences of pieces of the
 * quote, and at worst once over the whole text; every pass is paid for from a {@link SearchBudget}
 * that the quotes of one article share. Building the matcher is linear. Instances are immutable and
 * safe to share between threads.
 */
public final class TextQuoteMatcher {

  /** At most this many characters of context go into a {@link Candidate}'s before/after. */
  private static final int CANDIDATE_CONTEXT_CHARS = 40;

  /**
   * Suggested prefixes look back at most this far; two passages preceded by the same 200 characters
   * are better told apart by a suffix than by a paragraph of prefix.
   */
  private static final int SUGGESTION_LOOKBACK_CHARS = 200;

  /**
   * A quote that matches nothing may be equally far from thousands of places; the suggestion only
   * needs a plausible one, so the prefix and suffix are compared for this many.
   */
  private static final int MAX_CLOSEST_PASSAGES_COMPARED = 1000;

  /**
   * Pieces shorter than this occur so often in any text that filtering by them saves nothing; such
   * quotes get one full bit-parallel pass instead.
   */
  private static final int MIN_FILTER_PIECE_LENGTH = 4;

  /**
   * Looking for a piece of a quote ({@code indexOf}) costs one {@link SearchBudget} unit per this
   * many characters of text: measured, a character of {@code indexOf} takes about an eighth of the
   * time of a character through one block of the bit-parallel matcher.
   */
  private static final int INDEX_OF_CHARS_PER_UNIT = 8;

  private final String text;
  private final FoldedText folded;
  private final boolean filterByPieces;

  private TextQuoteMatcher(String text, boolean filterByPieces) {
    this.text = text;
    this.folded = FoldedText.of(text);
    this.filterByPieces = filterByPieces;
  }

  /** A matcher over {@code text}: the article's {@link TextContent}. */
  public static TextQuoteMatcher of(String text) {
    return new TextQuoteMatcher(Objects.requireNonNull(text, "text"), true);
  }

  /**
   * A matcher that always makes the full bit-parallel pass, so tests can check that the piece
   * filter of {@link #endsOfClosestMatches} never changes a result.
   */
  static TextQuoteMatcher withoutPieceFilter(String text) {
    return new TextQuoteMatcher(text, false);
  }

  /**
   * Looks for {@code exact} in the text; {@code prefix} and {@code suffix} (either may be null or
   * empty) choose among several equally good passages by how well the text just before each ends
   * with the prefix and the text just after starts with the suffix.
   *
   * <p>Without an exact occurrence, the closest passage within {@code max(1, quoteLength / 10)}
   * edits (Levenshtein, on the folded quote) is returned as {@link Approximate}; prefix and suffix
   * break ties between equally close passages. Its ends are widened to the words they cut when that
   * adds at most {@code max(2, budget)} characters and stays within the budget. Passages that tie
   * even then are {@link Ambiguous}; with nothing within the budget the result is {@link NotFound}.
   */
  public QuoteMatch find(String exact, String prefix, String suffix) {
    return find(exact, prefix, suffix, SearchBudget.perArticle());
  }

  /**
   * As {@link #find(String, String, String)}, with the approximate search paid for from {@code
   * budget}, which the quotes of one article share; when it runs out the quote is {@link NotFound}
   * with {@code searchCutShort}.
   */
  QuoteMatch find(String exact, String prefix, String suffix, SearchBudget budget) {
    Objects.requireNonNull(exact, "exact");
    String quote = FoldedText.fold(exact).strip();
    if (quote.isEmpty() || folded.length() == 0) {
      return new NotFound("", false);
    }
    MatchContext context =
        new MatchContext(
            FoldedText.fold(prefix == null ? "" : prefix).stripTrailing(),
            FoldedText.fold(suffix == null ? "" : suffix).stripLeading());

    List<FoldedSpan> occurrences = occurrencesOf(quote);
    if (!occurrences.isEmpty()) {
      List<FoldedSpan> best = bestByContext(occurrences, context);
      if (best.size() == 1) {
        FoldedSpan span = best.get(0);
        return new Exact(originalStart(span), originalEnd(span));
      }
      return ambiguous(best, occurrences);
    }
    try {
      return findApproximately(quote, context, budget);
    } catch (SearchBudget.Exhausted e) {
      return new NotFound("", true);
    }
  }

  /** How many Unicode code points the original text has before {@code index} (a UTF-16 offset). */
  public int codePointsBefore(int index) {
    return text.codePointCount(0, index);
  }

  /** How many Unicode code points the original text has in {@code [start, end)}. */
  public int codePointsBetween(int start, int end) {
    return text.codePointCount(start, end);
  }

  /** The original text in {@code [start, end)}. */
  public String exactAt(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    return text.substring(start, end);
  }

  /**
   * Up to {@code maxChars} characters of original text just before {@code start}, as a W3C {@code
   * TextQuoteSelector} prefix (Hypothesis uses 32). Never splits a surrogate pair.
   */
  public String prefixBefore(int start, int maxChars) {
    Objects.checkIndex(start, text.length() + 1);
    int from = Math.max(0, start - Math.max(0, maxChars));
    if (from > 0
        && from < start
        && Character.isLowSurrogate(text.charAt(from))
        && Character.isHighSurrogate(text.charAt(from - 1))) {
      from++;
    }
    return text.substring(from, start);
  }

  /**
   * Up to {@code maxChars} characters of original text just after {@code end}, as a W3C {@code
   * TextQuoteSelector} suffix. Never splits a surrogate pair.
   */
  public String suffixAfter(int end, int maxChars) {
    Objects.checkIndex(end, text.length() + 1);
    int to = Math.min(text.length(), end + Math.max(0, maxChars));
    if (to > end
        && to < text.length()
        && Character.isHighSurrogate(text.charAt(to - 1))
        && Character.isLowSurrogate(text.charAt(to))) {
      to--;
    }
    return text.substring(end, to);
  }

  // ---------------------------------------------------------------- exact

  /** Every occurrence of {@code quote} in the folded text, overlapping ones included (KMP). */
  private List<FoldedSpan> occurrencesOf(String quote) {
    int[] border = new int[quote.length()];
    for (int i = 1, k = 0; i < quote.length(); i++) {
      while (k > 0 && quote.charAt(i) != quote.charAt(k)) {
        k = border[k - 1];
      }
      if (quote.charAt(i) == quote.charAt(k)) {
        k++;
      }
      border[i] = k;
    }
    List<FoldedSpan> found = new ArrayList<>();
    String haystack = folded.folded();
    char first = quote.charAt(0);
    for (int i = 0, k = 0; i < haystack.length(); i++) {
      if (k == 0) {
        // Nothing matched yet: let the (vectorised) indexOf skip to the next candidate.
        i = haystack.indexOf(first, i);
        if (i < 0) {
          break;
        }
      }
      while (k > 0 && haystack.charAt(i) != quote.charAt(k)) {
        k = border[k - 1];
      }
      if (haystack.charAt(i) == quote.charAt(k)) {
        k++;
      }
      if (k == quote.length()) {
        found.add(new FoldedSpan(i + 1 - k, i + 1, 0));
        k = border[k - 1];
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- approximate

  private QuoteMatch findApproximately(String quote, MatchContext context, SearchBudget work) {
    BitParallelMatcher matcher = BitParallelMatcher.of(quote, work);
    String haystack = folded.folded();
    int budget = Math.max(1, quote.length() / 10);
    List<Integer> ends = new ArrayList<>();
    int fewest = endsOfClosestMatches(matcher, quote, budget, ends, work);

    if (fewest > budget) {
      int bestEnd = -1;
      int bestScore = -1;
      for (int end : ends) {
        int score = 0;
        if (!context.isEmpty()) {
          int start = matcher.startOfMatchEndingAt(haystack, end, fewest);
          score = context.score(folded, start, end);
        }
        if (score > bestScore) {
          bestScore = score;
          bestEnd = end;
        }
      }
      int start = matcher.startOfMatchEndingAt(haystack, bestEnd, fewest);
      FoldedSpan closest =
          widenToWords(matcher, start, bestEnd, Integer.MAX_VALUE, Integer.MAX_VALUE);
      if (closest.isEmpty()) {
        return new NotFound("", false);
      }
      FoldedSpan suggested = suggestion(matcher, closest);
      return new NotFound(
          collapseWhitespace(text.substring(originalStart(suggested), originalEnd(suggested))),
          false);
    }

    List<FoldedSpan> spans = new ArrayList<>();
    for (int end : ends) {
      int start = matcher.startOfMatchEndingAt(haystack, end, fewest);
      FoldedSpan span = widenToWords(matcher, start, end, Math.max(2, budget), budget);
      if (!span.isEmpty()) {
        spans.add(span);
      }
    }
    List<FoldedSpan> distinct = withoutOverlaps(spans);
    int fewestAfterWidening = distinct.stream().mapToInt(FoldedSpan::errors).min().orElseThrow();
    List<FoldedSpan> closest =
        distinct.stream().filter(span -> span.errors() == fewestAfterWidening).toList();
    List<FoldedSpan> best = bestByContext(closest, context);
    if (best.size() == 1) {
      FoldedSpan span = best.get(0);
      return new Approximate(originalStart(span), originalEnd(span), span.errors());
    }
    return ambiguous(best, closest);
  }

  /**
   * Finds the smallest edit distance between the quote and any passage, and adds to {@code ends}
   * the (exclusive) ends of passages at that distance, in text order; when nothing is within {@code
   * budget}, only the first {@value #MAX_CLOSEST_PASSAGES_COMPARED}.
   *
   * <p>A passage within {@code budget} edits of a quote cut into {@code budget + 1} pieces contains
   * at least one piece unchanged (each edit spoils at most one piece). So the bit-parallel pass
   * only runs over windows around exact occurrences of the pieces, found with {@code indexOf}. One
   * full pass is made only when the windows hold nothing within the budget, to find the closest
   * passage for the error message.
   */
  private int endsOfClosestMatches(
      BitParallelMatcher matcher, String quote, int budget, List<Integer> ends, SearchBudget work) {
    String haystack = folded.folded();
    int pieces = budget + 1;
    int pieceLength = quote.length() / pieces;
    if (filterByPieces && pieceLength >= MIN_FILTER_PIECE_LENGTH) {
      List<int[]> windows = new ArrayList<>();
      long windowChars = 0;
      for (int piece = 0; piece < pieces && windowChars <= haystack.length(); piece++) {
        work.spend(haystack.length() / INDEX_OF_CHARS_PER_UNIT);
        int pieceStart = piece * pieceLength;
        int pieceEnd = piece == pieces - 1 ? quote.length() : pieceStart + pieceLength;
        String pieceText = quote.substring(pieceStart, pieceEnd);
        for (int at = haystack.indexOf(pieceText);
            at >= 0 && windowChars <= haystack.length();
            at = haystack.indexOf(pieceText, at + 1)) {
          // The passage starts within `budget` of where the piece puts it, and is at
          // most `budget` longer than the quote.
          int passageStart = at - pieceStart;
          int[] window = {
            Math.max(0, passageStart - budget),
            Math.min(haystack.length(), passageStart + quote.length() + 2 * budget)
          };
          windows.add(window);
          windowChars += window[1] - window[0];
        }
      }
      if (windowChars > haystack.length()) {
        // The pieces are everywhere (a quote of one repeated letter in a text of it):
        // the windows would cost more than one full pass, and fill the memory.
        windows.clear();
      }
      windows.sort(Comparator.comparingInt(window -> window[0]));
      int fewest = Integer.MAX_VALUE;
      int i = 0;
      while (i < windows.size()) {
        int from = windows.get(i)[0];
        int to = windows.get(i)[1];
        for (i++; i < windows.size() && windows.get(i)[0] <= to; i++) {
          to = Math.max(to, windows.get(i)[1]);
        }
        int[] distances = matcher.distancesByEnd(haystack, from, to);
        for (int j = 0; j < distances.length; j++) {
          if (distances[j] < fewest) {
            fewest = distances[j];
            ends.clear();
          }
          if (distances[j] == fewest) {
            ends.add(from + j + 1);
          }
        }
      }
      if (fewest <= budget) {
        return fewest;
      }
      ends.clear();
    }
    int[] distances = matcher.distancesByEnd(haystack);
    int fewest = Arrays.stream(distances).min().orElseThrow();
    for (int j = 0; j < distances.length; j++) {
      if (distances[j] == fewest
          && (fewest <= budget || ends.size() < MAX_CLOSEST_PASSAGES_COMPARED)) {
        ends.add(j + 1);
      }
    }
    return fewest;
  }

  /**
   * Trims white space off the ends of a raw approximate match, then widens each end to the word it
   * cuts, if that adds at most {@code maxWidening} characters and keeps the passage within {@code
   * maxErrors} edits of the quote (or no worse than the raw match). A raw match often stops a
   * character short of a word (deleting a wrong last letter costs the same as replacing it), and a
   * highlight that ends in mid-word looks broken.
   */
  private FoldedSpan widenToWords(
      BitParallelMatcher matcher, int start, int end, int maxWidening, int maxErrors) {
    while (start < end && folded.charAt(start) == ' ') {
      start++;
    }
    while (end > start && folded.charAt(end - 1) == ' ') {
      end--;
    }
    if (start == end) {
      return new FoldedSpan(start, end, Integer.MAX_VALUE);
    }
    int wordStart = folded.wordStart(start);
    int wordEnd = folded.wordEnd(end);
    if (start - wordStart > maxWidening) {
      wordStart = start;
    }
    if (wordEnd - end > maxWidening) {
      wordEnd = end;
    }
    FoldedSpan raw = measured(matcher, start, end);
    int allowed = Math.max(maxErrors, raw.errors());
    for (FoldedSpan widened :
        List.of(
            measured(matcher, wordStart, wordEnd),
            measured(matcher, start, wordEnd),
            measured(matcher, wordStart, end))) {
      if (widened.errors() <= allowed) {
        return widened;
      }
    }
    return raw;
  }

  /** Words a suggestion may grow by at each end, beyond which it is no longer the quote's. */
  private static final int SUGGESTION_GROWTH_WORDS = 12;

  /**
   * The passage to suggest for a quote that matches nothing: the closest passage grown by whole
   * words at either end while that brings it closer to the quote (the raw match often stops short
   * of the quote's last words, "…with China’s Ministry" for "…Ministry of Foreign Affairs"), then
   * grown until it occurs once in the text, so that copying it into {@code quote:} anchors.
   */
  private FoldedSpan suggestion(BitParallelMatcher matcher, FoldedSpan closest) {
    FoldedSpan best = closest;
    for (int grown = 0; grown < 2 * SUGGESTION_GROWTH_WORDS; grown++) {
      FoldedSpan later = measured(matcher, best.start(), nextWordEnd(best.end()));
      FoldedSpan earlier = measured(matcher, previousWordStart(best.start()), best.end());
      FoldedSpan closer = later.errors() <= earlier.errors() ? later : earlier;
      if (closer.errors() >= best.errors()) {
        break;
      }
      best = closer;
    }
    for (int grown = 0;
        grown < SUGGESTION_GROWTH_WORDS
            && occurrencesOf(folded.folded().substring(best.start(), best.end())).size() > 1;
        grown++) {
      int end = nextWordEnd(best.end());
      best =
          end > best.end()
              ? new FoldedSpan(best.start(), end, best.errors())
              : new FoldedSpan(previousWordStart(best.start()), best.end(), best.errors());
    }
    return best;
  }

  /** The end of the word after {@code end} (punctuation between included), or {@code end}. */
  private int nextWordEnd(int end) {
    int i = end;
    while (i < folded.length() && !FoldedText.isWordChar(folded.charAt(i))) {
      i++;
    }
    if (i == folded.length()) {
      return end;
    }
    while (i < folded.length() && FoldedText.isWordChar(folded.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The start of the word before {@code start} (punctuation between included), or {@code start}.
   */
  private int previousWordStart(int start) {
    int i = start;
    while (i > 0 && !FoldedText.isWordChar(folded.charAt(i - 1))) {
      i--;
    }
    if (i == 0) {
      return start;
    }
    while (i > 0 && FoldedText.isWordChar(folded.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The span, kept clear of half a surrogate pair, with its distance from the quote. */
  private FoldedSpan measured(BitParallelMatcher matcher, int start, int end) {
    if (start > 0
        && Character.isLowSurrogate(folded.charAt(start))
        && Character.isHighSurrogate(folded.charAt(start - 1))) {
      start--;
    }
    if (end < folded.length()
        && Character.isLowSurrogate(folded.charAt(end))
        && Character.isHighSurrogate(folded.charAt(end - 1))) {
      end++;
    }
    return new FoldedSpan(start, end, matcher.distanceTo(folded.folded().substring(start, end)));
  }

  /**
   * Neighbouring end positions usually describe one passage; of overlapping spans keep the one with
   * fewer errors, then the longer one. Result in document order.
   */
  private static List<FoldedSpan> withoutOverlaps(List<FoldedSpan> spans) {
    List<FoldedSpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(FoldedSpan::start).thenComparingInt(FoldedSpan::end));
    List<FoldedSpan> kept = new ArrayList<>();
    for (FoldedSpan span : sorted) {
      if (!kept.isEmpty() && kept.get(kept.size() - 1).overlaps(span)) {
        FoldedSpan previous = kept.get(kept.size() - 1);
        if (span.isBetterThan(previous)) {
          kept.set(kept.size() - 1, span);
        }
      } else {
        kept.add(span);
      }
    }
    return kept;
  }

  // ---------------------------------------------------------------- choosing and reporting

  private List<FoldedSpan> bestByContext(List<FoldedSpan> spans, MatchContext context) {
    if (spans.size() == 1 || context.isEmpty()) {
      return spans;
    }
    int bestScore = -1;
    List<FoldedSpan> best = new ArrayList<>();
    for (FoldedSpan span : spans) {
      int score = context.score(folded, span.start(), span.end());
      if (score > bestScore) {
        bestScore = score;
        best.clear();
      }
      if (score == bestScore) {
        best.add(span);
      }
    }
    return best;
  }

  private Ambiguous ambiguous(List<FoldedSpan> tied, List<FoldedSpan> all) {
    List<String> prefixes = suggestedPrefixes(tied, all);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < tied.size(); i++) {
      FoldedSpan span = tied.get(i);
      int start = originalStart(span);
      int end = originalEnd(span);
      candidates.add(
          new Candidate(start, end, contextBefore(start), contextAfter(end), prefixes.get(i)));
    }
    return new Ambiguous(candidates);
  }

  /**
   * For each span in {@code wanted}, the fewest whole words before it that no other span in {@code
   * all} is also preceded by; given as {@code prefix}, they score highest for that span alone (see
   * {@link MatchContext#score}).
   *
   * <p>Sorting the spans by their preceding text read backwards puts, next to each span, the span
   * whose preceding text shares the longest ending with it; so one sort gives every span's longest
   * shared ending, and the prefix must be longer than that. This keeps thousands of occurrences of
   * a common word cheap.
   */
  private List<String> suggestedPrefixes(List<FoldedSpan> wanted, List<FoldedSpan> all) {
    int[] ends = all.stream().mapToInt(span -> trimmedEndBefore(span.start())).toArray();
    Integer[] order = new Integer[ends.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> compareBackwards(ends[a], ends[b]));
    int[] sharedEnding = new int[ends.length];
    for (int i = 1; i < order.length; i++) {
      int shared = sharedEndingLength(ends[order[i - 1]], ends[order[i]]);
      sharedEnding[order[i - 1]] = Math.max(sharedEnding[order[i - 1]], shared);
      sharedEnding[order[i]] = Math.max(sharedEnding[order[i]], shared);
    }
    Map<FoldedSpan, Integer> indexOfSpan = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      indexOfSpan.put(all.get(i), i);
    }
    List<String> prefixes = new ArrayList<>();
    for (FoldedSpan span : wanted) {
      int index = indexOfSpan.get(span);
      prefixes.add(shortestWordsLongerThan(ends[index], sharedEnding[index]));
    }
    return prefixes;
  }

  private String shortestWordsLongerThan(int end, int sharedLength) {
    if (sharedLength >= SUGGESTION_LOOKBACK_CHARS) {
      return "";
    }
    for (int wordStart = end - 1; wordStart >= 0; wordStart--) {
      boolean startsWord =
          folded.charAt(wordStart) != ' '
              && (wordStart == 0 || folded.charAt(wordStart - 1) == ' ');
      if (startsWord && end - wordStart > sharedLength) {
        return collapseWhitespace(
            text.substring(folded.originalStart(wordStart), folded.originalEnd(end - 1)));
      }
    }
    return "";
  }

  /** Folded offset just after the text before {@code start}, without its trailing space. */
  private int trimmedEndBefore(int start) {
    return start > 0 && folded.charAt(start - 1) == ' ' ? start - 1 : start;
  }

  /** Orders folded text ending at {@code a} and at {@code b}, reading backwards (capped). */
  private int compareBackwards(int a, int b) {
    for (int i = 1; i <= SUGGESTION_LOOKBACK_CHARS; i++) {
      boolean aEnded = a - i < 0;
      boolean bEnded = b - i < 0;
      if (aEnded || bEnded) {
        return Boolean.compare(!aEnded, !bEnded);
      }
      int difference = Character.compare(folded.charAt(a - i), folded.charAt(b - i));
      if (difference != 0) {
        return difference;
      }
    }
    return 0;
  }

  private int sharedEndingLength(int a, int b) {
    int length = 0;
    while (length < SUGGESTION_LOOKBACK_CHARS
        && a - length > 0
        && b - length > 0
        && folded.charAt(a - length - 1) == folded.charAt(b - length - 1)) {
      length++;
    }
    return length;
  }

  private String contextBefore(int originalStart) {
    int from = Math.max(0, originalStart - 4 * CANDIDATE_CONTEXT_CHARS);
    List<String> words = words(text.substring(from, originalStart));
    if (from > 0
        && !words.isEmpty()
        && !FoldedText.isSpace(text.charAt(from - 1))
        && !FoldedText.isSpace(text.charAt(from))) {
      words.remove(0); // cut in mid-word by the window
    }
    StringBuilder kept = new StringBuilder();
    for (int i = words.size() - 1; i >= 0; i--) {
      String word = words.get(i);
      if (kept.length() + word.length() + (kept.length() > 0 ? 1 : 0) > CANDIDATE_CONTEXT_CHARS) {
        if (kept.length() == 0) {
          kept.append(word, word.length() - CANDIDATE_CONTEXT_CHARS, word.length());
        }
        break;
      }
      kept.insert(0, kept.length() > 0 ? word + " " : word);
    }
    return kept.toString();
  }

  private String contextAfter(int originalEnd) {
    int to = Math.min(text.length(), originalEnd + 4 * CANDIDATE_CONTEXT_CHARS);
    List<String> words = words(text.substring(originalEnd, to));
    if (to < text.length()
        && !words.isEmpty()
        && !FoldedText.isSpace(text.charAt(to - 1))
        && !FoldedText.isSpace(text.charAt(to))) {
      words.remove(words.size() - 1); // cut in mid-word by the window
    }
    StringBuilder kept = new StringBuilder();
    for (String word : words) {
      if (kept.length() + word.length() + (kept.length() > 0 ? 1 : 0) > CANDIDATE_CONTEXT_CHARS) {
        if (kept.length() == 0) {
          kept.append(word, 0, CANDIDATE_CONTEXT_CHARS);
        }
        break;
      }
      kept.append(kept.length() > 0 ? " " : "").append(word);
    }
    return kept.toString();
  }

  private static List<String> words(String raw) {
    List<String> words = new ArrayList<>();
    for (String word : collapseWhitespace(raw).split(" ")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** Runs of white space (non-breaking included) become one space; invisible characters go. */
  static String collapseWhitespace(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (FoldedText.isIgnorable(c)) {
        continue;
      }
      if (FoldedText.isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  private int originalStart(FoldedSpan span) {
    return folded.originalStart(span.start());
  }

  private int originalEnd(FoldedSpan span) {
    return folded.originalEnd(span.end() - 1);
  }

  /** A half-open span of the folded text, with its edit distance from the quote. */
  private record FoldedSpan(int start, int end, int errors) {
    boolean isEmpty() {
      return start >= end;
    }

    boolean overlaps(FoldedSpan other) {
      return start < other.end && other.start < end;
    }

    boolean isBetterThan(FoldedSpan other) {
      if (errors != other.errors) {
        return errors < other.errors;
      }
      return end - start > other.end - other.start;
    }
  }

  /** The folded prefix (no trailing space) and suffix (no leading space) of an annotation. */
  private record MatchContext(String prefix, String suffix) {
    boolean isEmpty() {
      return prefix.isEmpty() && suffix.isEmpty();
    }

    /**
     * How many characters of the prefix the text before the span ends with, plus how many of the
     * suffix the text after it starts with. The single space between context and passage is
     * ignored, so {@code prefix: "the cat"} and {@code "the cat "} mean the same.
     */
    int score(FoldedText folded, int start, int end) {
      int before = start > 0 && folded.charAt(start - 1) == ' ' ? start - 1 : start;
      int prefixScore = 0;
      while (prefixScore < prefix.length()
          && before - prefixScore > 0
          && folded.charAt(before - prefixScore - 1)
              == prefix.charAt(prefix.length() - prefixScore - 1)) {
        prefixScore++;
      }
      int after = end < folded.length() && folded.charAt(end) == ' ' ? end + 1 : end;
      int suffixScore = 0;
      while (suffixScore < suffix.length()
          && after + suffixScore < folded.length()
          && folded.charAt(after + suffixScore) == suffix.charAt(suffixScore)) {
        suffixScore++;
      }
      return prefixScore + suffixScore;
    }
  }
}
