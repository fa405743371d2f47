package gloss.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Views built from documents, kept from one render to the next. A document that is the very
 * object of the last render (as the link stage hands back for unchanged articles) gets the
 * very view it had; new documents get new views, built in parallel. Documents usually come in
 * the same order as last time, so most are found by position, without hashing.
 */
final class ViewMemo<K, V> {
  /** Beyond this many documents out of place, they are looked up by identity instead. */
  private static final int FEW = 32;

  private List<K> keys = List.of();
  private List<V> values = List.of();

  /** The views of {@code now}, in its order. */
  @SuppressWarnings("unchecked")
  List<V> of(List<K> now, Function<K, V> build) {
    Object[] out = new Object[now.size()];
    List<Integer> moved = new ArrayList<>();
    boolean aligned = now.size() == keys.size();
    for (int i = 0; i < out.length; i++) {
      if (aligned && keys.get(i) == now.get(i)) {
        out[i] = values.get(i);
      } else {
        moved.add(i);
      }
    }
    List<Integer> missing = moved;
    if (moved.size() > FEW) {
      Map<K, V> byKey = new IdentityHashMap<>(keys.size() * 2);
      for (int i = 0; i < keys.size(); i++) {
        byKey.put(keys.get(i), values.get(i));
      }
      missing = new ArrayList<>();
      for (int i : moved) {
        V v = byKey.get(now.get(i));
        if (v != null) {
          out[i] = v;
        } else {
          missing.add(i);
        }
      }
    }
    missing.parallelStream().forEach(i -> out[i] = build.apply(now.get(i)));
    keys = now;
    values = (List<V>) Arrays.asList(out);
    return values;
  }
}
