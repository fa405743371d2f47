package gloss.render;

import java.util.Arrays;

/**
 * How often each term of one document counts, weighted by the field it is in: a {@link TermTable}
 * keyed by the characters {@link SearchText#forEachTerm} hands over, so that a term met again (most
 * words of an article are) costs no string and no boxed count. Not thread-safe; one per document,
 * or one {@link #clear cleared} between documents.
 */
final class TermCounts implements SearchText.TermSink {
  private final TermTable table;
  private int[] counts;
  private int weight;
  private int words;

  /**
   * @param expected about how many distinct terms will be counted, so that the table seldom grows
   */
  TermCounts(int expected) {
    table = new TermTable(expected);
    counts = new int[Math.max(64, expected)];
  }

  /** Forgets every count, keeping the arrays for the next document. */
  void clear() {
    Arrays.fill(counts, 0, table.size(), 0);
    table.clear();
    words = 0;
  }

  /** Counts the terms of {@code text} with {@code weight} each. */
  void add(String text, int weight) {
    add(text.toCharArray(), weight);
  }

  /** Counts the terms of {@code text} with {@code weight} each; does not change the array. */
  void add(char[] text, int weight) {
    this.weight = weight;
    SearchText.forEachTerm(text, this);
  }

  @Override
  public void term(char[] chars, int length, int hash) {
    words++;
    int number = table.find(chars, 0, length, hash);
    if (number < 0) {
      number = table.add(chars, 0, length, hash);
      if (number == counts.length) {
        counts = Arrays.copyOf(counts, number * 2);
      }
    }
    counts[number] += weight;
  }

  /** How many words were counted, whatever their weight: the document's length. */
  int words() {
    return words;
  }

  /**
   * The distinct terms, in the order they were first counted (not sorted: the index sorts postings
   * by document, so a document's own term order does not matter).
   */
  TermList terms() {
    return table.terms();
  }

  /** The weighted count of each term, in the order of {@link #terms}. */
  int[] counts() {
    return Arrays.copyOf(counts, table.size());
  }
}
