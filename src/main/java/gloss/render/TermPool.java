package gloss.render;

/**
 * One string per distinct term and thread, handed out by characters (as jsoup's {@code
 * CharacterReader} shares the strings it reads): at 10,000 articles the index counts about five
 * million (document, term) pairs over some 250,000 terms, and without a pool each pair is a string
 * of its own, alive until the index is written. Shared strings also let the index's posting map
 * compare a term by identity, its hash already cached.
 *
 * <p>Only ever an optimisation: a term's string is equal whether it came from the pool or not, so
 * nothing built depends on what the pool holds. Each thread has its own (no locking), emptied once
 * it holds {@link #CAPACITY} terms so that a long {@code serve} session stays bounded.
 */
final class TermPool {
  /** Terms a thread's pool holds before it starts again empty. */
  static final int CAPACITY = 1 << 20;

  private static final ThreadLocal<TermPool> POOLS = ThreadLocal.withInitial(TermPool::new);

  private TermTable table = new TermTable(4096);

  private TermPool() {}

  /** This thread's pool. */
  static TermPool current() {
    return POOLS.get();
  }

  /**
   * The string of {@code chars[0, length)}, the same instance as the last time this thread asked
   * for it (unless the pool was emptied since).
   *
   * @param hash {@link TermTable#hash} of those characters
   */
  String term(char[] chars, int length, int hash) {
    int number = table.find(chars, length, hash);
    if (number >= 0) {
      return table.term(number);
    }
    if (table.size() == CAPACITY) {
      table = new TermTable(4096);
      table.find(chars, length, hash);
    }
    String term = new String(chars, 0, length);
    table.add(term, hash);
    return term;
  }
}
