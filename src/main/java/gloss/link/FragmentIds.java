package gloss.link;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Namespaces the ids of a fragment that shares its page with others (a note among notes, a note on
 * its author's page among notes of other articles), so that no two elements of a page have one id.
 * Links inside the fragment to its own ids follow the rename.
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

  /** {@link #prefix(Element, String)} for a serialized fragment, returned serialized alike. */
  public static String prefix(String html, String prefix) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    prefix(doc.body(), prefix);
    return doc.body().html();
  }
}
