package gloss.render;

import java.util.Arrays;

/**
 * Distinct terms packed in one character array, with each term's end and {@link String#hashCode()}:
 * what a document keeps of its words from the article stage to the index's fold. At 10,000 articles
 * that is 5 million terms, which as strings were a quarter of a gigabyte the whole build long.
 * Immutable; equal when the terms are, in the same order.
 */
final class TermList {
  private final char[] chars;
  private final int[] ends;
  private final int[] hashes;

  /** Takes the arrays as they are: the caller hands them over and keeps no reference. */
  TermList(char[] chars, int[] ends, int[] hashes) {
    this.chars = chars;
    this.ends = ends;
    this.hashes = hashes;
  }

  int size() {
    return ends.length;
  }

  int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  int length(int i) {
    return ends[i] - start(i);
  }

  int hash(int i) {
    return hashes[i];
  }

  /**
   * The characters every term is in, at {@link #start} for {@link #length}: for a reader that must
   * not write to them.
   */
  char[] chars() {
    return chars;
  }

  String term(int i) {
    return new String(chars, start(i), length(i));
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof TermList t
            && Arrays.equals(ends, t.ends)
            && Arrays.equals(hashes, t.hashes)
            && Arrays.equals(chars, t.chars);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hashes);
  }

  @Override
  public String toString() {
    return "TermList[" + size() + " terms]";
  }
}
