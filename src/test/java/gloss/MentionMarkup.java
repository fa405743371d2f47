package gloss;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads which entity a mention on a page is of, as a reader's tools can: from its id ({@code
 * [prefix]m-<kind>-<slug>-<n>}), which links and unlinked mentions alike carry.
 */
public final class MentionMarkup {
  private static final Pattern ID = Pattern.compile("^(?:.*-)?m-([a-z0-9_]+)-(.+)-\\d+$");

  private MentionMarkup() {}

  /** The entity key ({@code places/geneva}) of a mention element, or "" if it is none. */
  public static String entityOf(Element mention) {
    Matcher m = ID.matcher(mention.id());
    return mention.hasClass("mention") && m.matches() ? m.group(1) + "/" + m.group(2) : "";
  }

  /** The entity keys of the mentions under {@code scope}, in document order. */
  public static List<String> entitiesIn(Element scope) {
    return scope.select(".mention").stream().map(MentionMarkup::entityOf).toList();
  }

  /** The mentions of one entity under {@code scope}. */
  public static Elements of(Element scope, String entityKey) {
    Elements found = new Elements();
    for (Element e : scope.select(".mention")) {
      if (entityOf(e).equals(entityKey)) {
        found.add(e);
      }
    }
    return found;
  }
}
