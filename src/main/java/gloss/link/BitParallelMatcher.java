package gloss.link;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Myers' bit-vector edit-distance algorithm (J. ACM 46(3), 1999), in its block-based form so that
 * patterns longer than 64 characters work too.
 *
 * <p>One column of the dynamic-programming matrix is kept as vertical deltas packed into {@code
 * ceil(m / 64)} pairs of {@code long}s, so a pass over a text of length {@code n} costs {@code O(n
 * * ceil(m / 64))} word operations: linear in the article for any realistic quote. The same pass
 * gives, for every end position, the smallest edit distance between the pattern and any substring
 * ending there; running it on the reversed window then finds where such a substring starts.
 */
final class BitParallelMatcher {

  private final String pattern;
  private final int blocks;
  private final long lastRowBit;
  private final long[][] asciiMasks;
  private final Map<Character, long[]> otherMasks;
  private final long[] zeroMasks;
  private final SearchBudget budget;

  private BitParallelMatcher(String pattern, SearchBudget budget) {
    this.pattern = pattern;
    this.budget = budget;
    this.blocks = (pattern.length() + 63) >>> 6;
    this.lastRowBit = 1L << ((pattern.length() - 1) & 63);
    this.asciiMasks = new long[128][];
    this.otherMasks = new HashMap<>();
    this.zeroMasks = new long[blocks];
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      long[] masks;
      if (c < 128) {
        if (asciiMasks[c] == null) {
          asciiMasks[c] = new long[blocks];
        }
        masks = asciiMasks[c];
      } else {
        masks = otherMasks.computeIfAbsent(c, unused -> new long[blocks]);
      }
      masks[i >>> 6] |= 1L << (i & 63);
    }
  }

  /**
   * A matcher for a non-empty pattern; every pass it makes is paid for from {@code budget} first,
   * and throws {@link SearchBudget.Exhausted} when it cannot be.
   */
  static BitParallelMatcher of(String pattern, SearchBudget budget) {
    if (pattern.isEmpty()) {
      throw new IllegalArgumentException("pattern must not be empty");
    }
    return new BitParallelMatcher(pattern, budget);
  }

  /**
   * For every {@code j} in {@code [0, text.length())}: the smallest edit distance between the
   * pattern and a substring of {@code text} that ends just after index {@code j}.
   */
  int[] distancesByEnd(CharSequence text) {
    return run(text, 0, text.length(), false);
  }

  /**
   * As {@link #distancesByEnd(CharSequence)}, for substrings of {@code text[from, to)} only:
   * element {@code i} is for the substring ending just after {@code from + i}.
   */
  int[] distancesByEnd(CharSequence text, int from, int to) {
    return run(text, from, to, false);
  }

  /** The Levenshtein distance between the pattern and all of {@code text}. */
  int distanceTo(CharSequence text) {
    if (text.length() == 0) {
      return pattern.length();
    }
    int[] scores = run(text, 0, text.length(), true);
    return scores[scores.length - 1];
  }

  /**
   * The earliest start of a substring that ends at {@code end} (exclusive) and is at the smallest
   * distance {@code errors} from the pattern, where {@code errors} came from {@link
   * #distancesByEnd}. Earliest, because of two equally close substrings the longer one covers the
   * passage the contributor meant.
   */
  int startOfMatchEndingAt(CharSequence text, int end, int errors) {
    int windowStart = Math.max(0, end - pattern.length() - errors);
    int windowLength = end - windowStart;
    if (windowLength == 0) {
      return end;
    }
    StringBuilder reversedWindow = new StringBuilder(windowLength);
    for (int i = end - 1; i >= windowStart; i--) {
      reversedWindow.append(text.charAt(i));
    }
    StringBuilder reversedPattern = new StringBuilder(pattern.length());
    for (int i = pattern.length() - 1; i >= 0; i--) {
      reversedPattern.append(pattern.charAt(i));
    }
    // Anchored: the reversed match must begin at the reversed window's first character,
    // which is the original match ending exactly at `end`.
    int[] scores =
        new BitParallelMatcher(reversedPattern.toString(), budget)
            .run(reversedWindow, 0, windowLength, true);
    int best = pattern.length(); // the empty substring
    int bestLength = 0;
    for (int r = 0; r < scores.length; r++) {
      if (scores[r] <= best) {
        best = scores[r];
        bestLength = r + 1;
      }
    }
    return end - bestLength;
  }

  private long[] masksFor(char c) {
    if (c < 128) {
      long[] masks = asciiMasks[c];
      return masks == null ? zeroMasks : masks;
    }
    long[] masks = otherMasks.get(c);
    return masks == null ? zeroMasks : masks;
  }

  /**
   * One pass of the block algorithm over {@code text[from, to)}. In search mode the top row of the
   * matrix is all zeros (a match may start anywhere); anchored, it is 0, 1, 2, … (the match starts
   * at {@code from}), which the first block sees as a horizontal delta of +1 at every step.
   */
  private int[] run(CharSequence text, int from, int to, boolean anchoredAtStart) {
    budget.spend((long) (to - from) * blocks);
    if (blocks == 1) {
      return runSingleBlock(text, from, to, anchoredAtStart);
    }
    long[] positive = new long[blocks];
    long[] negative = new long[blocks];
    Arrays.fill(positive, -1L);
    int score = pattern.length();
    int[] scores = new int[to - from];
    int topDelta = anchoredAtStart ? 1 : 0;
    for (int j = from; j < to; j++) {
      long[] equal = masksFor(text.charAt(j));
      int carry = topDelta;
      for (int b = 0; b < blocks; b++) {
        long pv = positive[b];
        long mv = negative[b];
        long eq = equal[b];
        long xv = eq | mv;
        if (carry < 0) {
          eq |= 1L;
        }
        long xh = (((eq & pv) + pv) ^ pv) | eq;
        long ph = mv | ~(xh | pv);
        long mh = pv & xh;
        long rowBit = b == blocks - 1 ? lastRowBit : 1L << 63;
        int out = (ph & rowBit) != 0 ? 1 : (mh & rowBit) != 0 ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (carry < 0) {
          mh |= 1L;
        } else if (carry > 0) {
          ph |= 1L;
        }
        positive[b] = mh | ~(xv | ph);
        negative[b] = ph & xv;
        carry = out;
      }
      score += carry;
      scores[j - from] = score;
    }
    return scores;
  }

  /**
   * The same pass for patterns of at most 64 characters (most quotes), with the column in two
   * registers; the top row's delta is never negative, so its cases reduce to a bit.
   */
  private int[] runSingleBlock(CharSequence text, int from, int to, boolean anchoredAtStart) {
    long pv = -1L;
    long mv = 0L;
    long carryIn = anchoredAtStart ? 1L : 0L;
    int score = pattern.length();
    int[] scores = new int[to - from];
    for (int j = from; j < to; j++) {
      long eq = masksFor(text.charAt(j))[0];
      long xv = eq | mv;
      long xh = (((eq & pv) + pv) ^ pv) | eq;
      long ph = mv | ~(xh | pv);
      long mh = pv & xh;
      if ((ph & lastRowBit) != 0) {
        score++;
      } else if ((mh & lastRowBit) != 0) {
        score--;
      }
      ph = (ph << 1) | carryIn;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      scores[j - from] = score;
    }
    return scores;
  }
}
