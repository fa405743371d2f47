package gloss.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Finds anything in parsed HTML that could run script. Written independently of the production
 * safelist on purpose: it states the spec (issue 4, "Output safety") a second time.
 */
final class ScriptCapability {

  static final Set<String> ALLOWED_ELEMENTS =
      Set.of(
          "p",
          "br",
          "hr",
          "em",
          "strong",
          "b",
          "i",
          "u",
          "s",
          "del",
          "ins",
          "mark",
          "small",
          "sub",
          "sup",
          "abbr",
          "cite",
          "q",
          "code",
          "pre",
          "kbd",
          "samp",
          "var",
          "blockquote",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "a",
          "img",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "th",
          "td",
          "caption",
          "figure",
          "figcaption",
          "span",
          "div");

  static final Set<String> ALLOWED_ATTRIBUTES =
      Set.of("title", "start", "id", "href", "rel", "src", "alt", "width", "height", "align");

  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "srcset",
          "action",
          "formaction",
          "xlink:href",
          "poster",
          "background",
          "data",
          "codebase",
          "cite",
          "dynsrc",
          "lowsrc",
          "ping",
          "longdesc",
          "manifest",
          "icon");

  private ScriptCapability() {}

  /**
   * Problems in the body of {@code document}, and in what a browser would build from its serialized
   * HTML (the round trip catches output that only turns dangerous when parsed again).
   */
  static List<String> problemsIn(Document document) {
    List<String> problems = new ArrayList<>(problemsInTree(document.body()));
    if (!document.head().childNodes().isEmpty()) {
      problems.add("nodes in <head>: " + document.head().childNodes());
    }
    String served = document.body().html();
    Document reparsed = Jsoup.parse("<!doctype html><html><body>" + served + "</body></html>");
    for (String problem : problemsInTree(reparsed.body())) {
      problems.add("after re-parsing: " + problem);
    }
    if (!reparsed.head().children().isEmpty()) {
      problems.add("after re-parsing: elements in <head>: " + reparsed.head().children());
    }
    return problems;
  }

  /** Fragments must not be able to set attributes (onload…) on the page's own html or body. */
  private static List<String> attributesOfPageElements(Element body) {
    List<String> problems = new ArrayList<>();
    for (Element pageElement : List.of(body, body.ownerDocument().selectFirst("html"))) {
      for (Attribute attribute : pageElement.attributes()) {
        problems.add("attribute " + attribute.getKey() + " on <" + pageElement.normalName() + ">");
      }
    }
    return problems;
  }

  private static List<String> problemsInTree(Element body) {
    List<String> problems = new ArrayList<>(attributesOfPageElements(body));
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node == body) {
            return;
          }
          if (node instanceof Element element) {
            problems.addAll(problemsOf(element));
          } else if (node instanceof DataNode data) {
            problems.add("raw data node " + abbreviate(data.getWholeData()));
          }
        },
        body);
    return problems;
  }

  private static List<String> problemsOf(Element element) {
    List<String> problems = new ArrayList<>();
    String name = element.normalName();
    if (!ALLOWED_ELEMENTS.contains(name)) {
      problems.add("element <" + name + ">");
    }
    for (Attribute attribute : element.attributes()) {
      String key = attribute.getKey().toLowerCase(Locale.ROOT);
      if (key.startsWith("on")) {
        problems.add("event handler " + key + " on <" + name + ">");
      }
      if (key.equals("style")) {
        problems.add("style attribute on <" + name + ">");
      }
      if (!ALLOWED_ATTRIBUTES.contains(key)) {
        problems.add("attribute " + key + " on <" + name + ">");
      }
      if ((URL_ATTRIBUTES.contains(key) || key.endsWith(":href"))
          && isScriptCapableUrl(attribute.getValue())) {
        problems.add("script-capable URL " + key + "=" + abbreviate(attribute.getValue()));
      }
    }
    if (element.hasAttr("srcset")) {
      for (String candidate : element.attr("srcset").split(",")) {
        if (isScriptCapableUrl(candidate)) {
          problems.add("script-capable srcset candidate " + abbreviate(candidate));
        }
      }
    }
    return problems;
  }

  /**
   * Decodes entities (again: Jsoup already decoded once, an attacker may have encoded twice),
   * removes whitespace, control and zero-width characters anywhere, lowercases, then checks the
   * scheme.
   */
  static boolean isScriptCapableUrl(String value) {
    String decoded = Parser.unescapeEntities(value, true);
    StringBuilder compact = new StringBuilder();
    decoded
        .codePoints()
        .filter(
            c ->
                c > ' '
                    && !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && !Character.isISOControl(c)
                    && Character.getType(c) != Character.FORMAT)
        .forEach(compact::appendCodePoint);
    String normalized = compact.toString().toLowerCase(Locale.ROOT);
    return normalized.startsWith("javascript:")
        || normalized.startsWith("vbscript:")
        || normalized.startsWith("data:");
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }
}
