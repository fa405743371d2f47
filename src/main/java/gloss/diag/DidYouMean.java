package gloss.diag;

import java.util.Collection;

/** Suggests the closest known name for a misspelt one, as compilers do. */
public final class DidYouMean {
  private DidYouMean() {}

  /** {@code " (did you mean 'x'?)"} for the closest candidate within reach, else "". */
  public static String suffix(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Math.max(2, wrong.length() / 3) + 1;
    for (String candidate : candidates.stream().sorted().toList()) {
      int d = distance(wrong, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  /** Levenshtein distance; names are short, so the quadratic table is fine here. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
