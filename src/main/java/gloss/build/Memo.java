package gloss.build;

import gloss.Reuse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
  /** A slot's inputs and value, and the latest run that asked for it. */
  private static final class Entry {
    final Object inputs;
    final Object value;
    final AtomicLong run;

    Entry(Object inputs, Object value, long run) {
      this.inputs = inputs;
      this.value = value;
      this.run = new AtomicLong(run);
    }
  }

  /** One query's slots, and how many of them the current run asked for. */
  private static final class Table {
    final Map<Object, Entry> slots = new ConcurrentHashMap<>();
    final AtomicInteger asked = new AtomicInteger();
  }

  /** An aggregate with the items it was last updated with. */
  private record FoldState(Fold<?, ?> fold, List<?> items, Object result) {}

  private final Map<Query<?, ?>, Table> tables = new ConcurrentHashMap<>();
  private final Map<Query<?, ?>, FoldState> folds = new ConcurrentHashMap<>();

  /** How many values of each query the current run computed (rather than found). */
  private final Map<String, AtomicInteger> computed = new ConcurrentHashMap<>();

  private volatile long run;

  @Override
  @SuppressWarnings("unchecked")
  public <I, V> V get(Query<I, V> query, Object slot, I inputs, Function<I, V> compute) {
    Table table = tables.computeIfAbsent(query, q -> new Table());
    Entry entry = table.slots.get(slot);
    if (entry != null && (entry.inputs == inputs || entry.inputs.equals(inputs))) {
      long seen = entry.run.get();
      if (seen != run && entry.run.compareAndSet(seen, run)) {
        table.asked.incrementAndGet();
      }
      return (V) entry.value;
    }
    V value = compute.apply(inputs);
    computed.computeIfAbsent(query.name(), n -> new AtomicInteger()).incrementAndGet();
    Entry before = table.slots.put(slot, new Entry(inputs, value, run));
    if (before == null || before.run.getAndSet(run) != run) {
      table.asked.incrementAndGet();
    }
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
    computed.clear();
  }

  /** Ends a run: drops every slot it did not ask for (no scan when it asked for all of them). */
  void end() {
    for (Table table : tables.values()) {
      if (table.asked.getAndSet(0) != table.slots.size()) {
        table.slots.values().removeIf(e -> e.run.get() != run);
      }
    }
  }

  /** Drops the slots of queries that read what {@code reads} names, where {@code slot} holds. */
  void forget(Reads reads, Predicate<Object> slot) {
    tables.forEach(
        (query, table) -> {
          if (query.reads() == reads) {
            table.slots.keySet().removeIf(slot);
          }
        });
  }

  /** Drops one slot of the queries that read what {@code reads} names. */
  void forgetSlot(Reads reads, Object slot) {
    tables.forEach(
        (query, table) -> {
          if (query.reads() == reads) {
            table.slots.remove(slot);
          }
        });
  }

  /** Whether a query reading {@code reads} has a value for the slot. */
  boolean has(Reads reads, Object slot) {
    return tables.entrySet().stream()
        .anyMatch(e -> e.getKey().reads() == reads && e.getValue().slots.containsKey(slot));
  }

  /** How many values of the named query the latest run computed. */
  int computed(String query) {
    AtomicInteger n = computed.get(query);
    return n == null ? 0 : n.get();
  }

  /** Drops everything. */
  void clear() {
    tables.clear();
    folds.clear();
  }
}
