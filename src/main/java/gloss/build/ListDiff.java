package gloss.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two keyed lists: the items of the new list that are not the very objects the
 * old list held under their key (added or replaced), and the keys that are gone. Items are compared
 * by identity: the memo hands back the same object for an unchanged result.
 */
record ListDiff<T>(List<T> changed, List<String> removed) {

  static <T> ListDiff<T> of(List<T> before, List<T> after, Function<T, String> key) {
    if (before.size() == after.size()) {
      ListDiff<T> inPlace = inPlace(before, after, key);
      if (inPlace != null) {
        return inPlace;
      }
    }
    Map<String, T> old = new HashMap<>(before.size() * 2);
    for (T item : before) {
      old.put(key.apply(item), item);
    }
    List<T> changed = new ArrayList<>();
    Set<String> present = new HashSet<>(after.size() * 2);
    for (T item : after) {
      String k = key.apply(item);
      present.add(k);
      if (old.get(k) != item) {
        changed.add(item);
      }
    }
    List<String> removed = new ArrayList<>();
    for (String k : old.keySet()) {
      if (!present.contains(k)) {
        removed.add(k);
      }
    }
    return new ListDiff<>(changed, removed);
  }

  /**
   * The diff of two lists with the same keys in the same order (the usual case: an edit replaces
   * items but adds, removes and moves none), found without a map; null when the keys differ.
   */
  private static <T> ListDiff<T> inPlace(List<T> before, List<T> after, Function<T, String> key) {
    List<T> changed = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      T was = before.get(i);
      T is = after.get(i);
      if (was != is) {
        if (!key.apply(was).equals(key.apply(is))) {
          return null;
        }
        changed.add(is);
      }
    }
    return new ListDiff<>(changed, List.of());
  }
}
