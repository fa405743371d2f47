package gloss.build;

import gloss.Reuse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one memo behind every query of a {@code serve} session: per query and slot, the inputs of the
 * latest computation and its value. A query is answered from the memo when its inputs are the same
 * object or equal; queries that read files are dropped by the {@link ChangeTracker} when those
 * files change. Slots no build asked for in a run are dropped at its end, so the memo holds one
 * build's worth. Thread-safe for the parallel parts of one run; one run at a time.
 */
final class Memo implements Reuse {
  private record Entry(Object inputs, Object value, long run) {}

  /** An aggregate with the items it was last updated with. */
  private record FoldState(Fold<?, ?> fold, List<?> items, Object result) {}

  private final Map<Query<?, ?>, Map<Object, Entry>> tables = new ConcurrentHashMap<>();
  private final Map<Query<?, ?>, FoldState> folds = new ConcurrentHashMap<>();
  private volatile long run;

  @Override
  @SuppressWarnings("unchecked")
  public <I, V> V get(Query<I, V> query, Object slot, I inputs, Function<I, V> compute) {
    Map<Object, Entry> table = tables.computeIfAbsent(query, q -> new ConcurrentHashMap<>());
    Entry entry = table.get(slot);
    if (entry != null && (entry.inputs() == inputs || entry.inputs().equals(inputs))) {
      if (entry.run() != run) {
        table.put(slot, new Entry(entry.inputs(), entry.value(), run));
      }
      return (V) entry.value();
    }
    V value = compute.apply(inputs);
    table.put(slot, new Entry(inputs, value, run));
    return value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T, R> R fold(
      Query<List<T>, R> query, List<T> items, Function<T, String> key, Supplier<Fold<T, R>> fresh) {
    FoldState state = folds.get(query);
    Fold<T, R> fold;
    if (state == null) {
      fold = fresh.get();
      items.forEach(fold::put);
    } else {
      fold = (Fold<T, R>) state.fold();
      if (state.items() == items) {
        return (R) state.result();
      }
      ListDiff<T> diff = ListDiff.of((List<T>) state.items(), items, key);
      diff.removed().forEach(fold::remove);
      diff.changed().forEach(fold::put);
    }
    R result = fold.result();
    folds.put(query, new FoldState(fold, items, result));
    return result;
  }

  /** Starts a run: slots asked for from now on are kept at its end. */
  void begin() {
    run++;
  }

  /** Ends a run: drops every slot it did not ask for. */
  void end() {
    for (Map<Object, Entry> table : tables.values()) {
      table.values().removeIf(e -> e.run() != run);
    }
  }

  /** Drops the slots of queries that read what {@code reads} names, where {@code slot} holds. */
  void forget(Reads reads, Predicate<Object> slot) {
    tables.forEach(
        (query, table) -> {
          if (query.reads() == reads) {
            table.keySet().removeIf(slot);
          }
        });
  }

  /** Whether a query reading {@code reads} has a value for the slot. */
  boolean has(Reads reads, Object slot) {
    return tables.entrySet().stream()
        .anyMatch(e -> e.getKey().reads() == reads && e.getValue().containsKey(slot));
  }

  /** Drops everything. */
  void clear() {
    tables.clear();
    folds.clear();
  }
}
