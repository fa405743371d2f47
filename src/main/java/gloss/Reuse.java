package gloss;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a build reuses what earlier builds computed. {@link #NONE} computes everything ({@code gloss
 * build}, {@code check}); {@code serve} passes the memo of {@code gloss.build}, which answers a
 * query from an earlier build when its inputs are equal and knows which queries a changed file
 * invalidates. The stages never see either: the pipeline asks through here.
 */
public interface Reuse {
  /**
   * A named, typed query. {@code reads} says what files its result depends on besides its inputs,
   * so that a change to them invalidates it.
   */
  record Query<I, V>(String name, Reads reads) {
    public static <I, V> Query<I, V> of(String name) {
      return new Query<>(name, Reads.NOTHING);
    }

    public static <I, V> Query<I, V> reading(String name, Reads reads) {
      return new Query<>(name, reads);
    }
  }

  /** What files a query reads. */
  enum Reads {
    /** Nothing: a pure function of its inputs. */
    NOTHING,
    /** The list of content files. */
    CONTENT_LIST,
    /** One content file; the query's slot is the file's path. */
    CONTENT_FILE,
    /** The templates folder. */
    TEMPLATES
  }

  /**
   * An aggregate over keyed items that can be updated item by item.
   *
   * @param <T> the items
   * @param <R> the aggregate
   */
  interface Fold<T, R> {
    void put(T item);

    void remove(String key);

    R result();
  }

  /**
   * The value of {@code query} for {@code slot}: {@code compute.apply(inputs)}, unless an earlier
   * build asked the same query for the same slot with equal inputs.
   */
  <I, V> V get(Query<I, V> query, Object slot, I inputs, Function<I, V> compute);

  /**
   * The aggregate of {@code items}: a fresh fold of every item, or an earlier build's fold updated
   * with the items that are not the very objects it saw.
   */
  <T, R> R fold(
      Query<List<T>, R> query, List<T> items, Function<T, String> key, Supplier<Fold<T, R>> fresh);

  /** Every stage runs; nothing is kept. */
  Reuse NONE =
      new Reuse() {
        @Override
        public <I, V> V get(Query<I, V> query, Object slot, I inputs, Function<I, V> compute) {
          return compute.apply(inputs);
        }

        @Override
        public <T, R> R fold(
            Query<List<T>, R> query,
            List<T> items,
            Function<T, String> key,
            Supplier<Fold<T, R>> fresh) {
          Fold<T, R> fold = fresh.get();
          items.forEach(fold::put);
          return fold.result();
        }
      };
}
