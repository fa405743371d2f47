package gloss.render;

/**
 * How often each term of one document counts, weighted by the field it is in: a hash table keyed by
 * the characters {@link SearchText#forEachTerm} hands over, so that a term met again (most words of
 * an article are) costs no string and no boxed count. Not thread-safe; one per document.
 */
final class TermCounts implements SearchText.TermSink {
  private String[] terms = new String[512];
  private int[] hashes = new int[512];
  private int[] counts = new int[512];
  private int size;
  private int weight = 1;
  private int words;

  /** Counts the terms of {@code text} with {@code weight} each. */
  void add(String text, int weight) {
    this.weight = weight;
    SearchText.forEachTerm(text, this);
  }

  @Override
  public void term(char[] chars, int length) {
    words++;
    int hash = 0;
    for (int k = 0; k < length; k++) {
      hash = 31 * hash + chars[k];
    }
    int mask = terms.length - 1;
    int slot = (hash ^ (hash >>> 16)) & mask;
    while (terms[slot] != null) {
      if (hashes[slot] == hash && sameChars(terms[slot], chars, length)) {
        counts[slot] += weight;
        return;
      }
      slot = (slot + 1) & mask;
    }
    terms[slot] = new String(chars, 0, length);
    hashes[slot] = hash;
    counts[slot] = weight;
    if (++size * 2 > terms.length) {
      grow();
    }
  }

  /** How many words were counted, whatever their weight: the document's length. */
  int words() {
    return words;
  }

  /**
   * The distinct terms, in an order that depends only on what was counted (not sorted: the index
   * sorts postings by document, so a document's own term order does not matter).
   */
  String[] terms() {
    String[] out = new String[size];
    int n = 0;
    for (String t : terms) {
      if (t != null) {
        out[n++] = t;
      }
    }
    return out;
  }

  /** The weighted count of each term, in the order of {@link #terms}. */
  int[] counts() {
    int[] out = new int[size];
    int n = 0;
    for (int i = 0; i < terms.length; i++) {
      if (terms[i] != null) {
        out[n++] = counts[i];
      }
    }
    return out;
  }

  private static boolean sameChars(String term, char[] chars, int length) {
    if (term.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (term.charAt(k) != chars[k]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] oldTerms = terms;
    int[] oldHashes = hashes;
    int[] oldCounts = counts;
    terms = new String[oldTerms.length * 2];
    hashes = new int[terms.length];
    counts = new int[terms.length];
    int mask = terms.length - 1;
    for (int i = 0; i < oldTerms.length; i++) {
      if (oldTerms[i] != null) {
        int slot = (oldHashes[i] ^ (oldHashes[i] >>> 16)) & mask;
        while (terms[slot] != null) {
          slot = (slot + 1) & mask;
        }
        terms[slot] = oldTerms[i];
        hashes[slot] = oldHashes[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
