package gloss.link;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Namespaces the ids of a fragment that shares its page with others (a note among the notes of an
 * article page), so that no two elements of a page have one id. Links inside the fragment to its
 * own ids follow the rename.
 */
public final class FragmentIds {
  private FragmentIds() {}

  /** Prepends {@code prefix} to every id under {@code root} and to the links that point at them. */
  public static void prefix(Element root, String prefix) {
    Set<String> renamed = new HashSet<>();
    for (Element e : root.select("[id]")) {
      renamed.add(e.id());
      e.id(prefix + e.id());
    }
    if (renamed.isEmpty()) {
      return;
    }
    for (Element a : root.select("a[href^=#]")) {
      String target = a.attr("href").substring(1);
      if (renamed.contains(target)) {
        a.attr("href", "#" + prefix + target);
      }
    }
  }
}
