package gloss.link;

/**
 * How much approximate matching the quotes of one article may cost. It is counted in work units,
 * not time, so a build stops at the same quote on every machine: one unit is one character of text
 * run through one 64-character block of {@link BitParallelMatcher}, and a quote of {@code m}
 * characters costs {@code ceil(m / 64)} units for each character it is run over. Units are taken
 * before the work is done, so the limit holds exactly.
 */
final class SearchBudget {
  /**
   * The units one article may spend, about a second of work. A quote found exactly costs nothing; a
   * near miss is located by pieces of it, scanned for with {@code indexOf}, and costs a few
   * thousand units in an ordinary article (24 million for the longest quote in a 2 MB article). A
   * quote that matches nothing also needs full passes for the closest passage to suggest: at most
   * 80 million units, so even the worst article gets three or four of those suggestions before the
   * rest of its quotes are cut short.
   */
  static final long PER_ARTICLE = 1L << 28;

  private long remaining;

  SearchBudget(long units) {
    this.remaining = units;
  }

  static SearchBudget perArticle() {
    return new SearchBudget(PER_ARTICLE);
  }

  /**
   * Takes {@code units} for work about to be done; once they are not left, every later search of
   * the article stops too.
   *
   * @throws Exhausted when fewer than {@code units} are left
   */
  void spend(long units) {
    if (units > remaining) {
      remaining = 0;
      throw Exhausted.INSTANCE;
    }
    remaining -= units;
  }

  /** The budget is spent; thrown from deep in a search, caught where the search began. */
  static final class Exhausted extends RuntimeException {
    private static final Exhausted INSTANCE = new Exhausted();

    private Exhausted() {
      super("the approximate search budget is spent", null, false, false);
    }
  }
}
