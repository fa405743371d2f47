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

  /**
   * Edit distance counting a swap of two neighbouring letters as one edit ({@code qoute} is one
   * from {@code quote}), the commonest typo; names are short, so the quadratic table is fine here.
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
