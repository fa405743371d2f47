package gloss.importer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What the importer took out of a page, counted by kind; reported in the kinds' order. */
public final class Removals {
  private final EnumMap<Debris, Integer> counts = new EnumMap<>(Debris.class);

  void add(Debris kind) {
    counts.merge(kind, 1, Integer::sum);
  }

  /** Counts by the kind's label ("photo captions and credit lines"), in a fixed order. */
  public Map<String, Integer> byKind() {
    Map<String, Integer> labelled = new java.util.LinkedHashMap<>();
    counts.forEach((kind, n) -> labelled.put(kind.label, n));
    return Collections.unmodifiableMap(labelled);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
