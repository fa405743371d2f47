package gloss.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Finds anything in a whole built page that could run script. Unlike {@link ScriptCapability},
 * which holds sanitizer output to the commentary allow-list, this is a deny-list: theme markup
 * (classes, {@code <time>}, forms the theme owns) is fine, script vectors are not.
 */
public final class ScriptFreeHtml {
  private static final Set<String> FORBIDDEN =
      Set.of(
          "script",
          "style",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "form",
          "input",
          "button",
          "textarea",
          "select",
          "keygen",
          "base",
          "link",
          "meta",
          "svg",
          "math",
          "template",
          "video",
          "audio",
          "source",
          "isindex",
          "bgsound",
          "marquee",
          "xss",
          "noscript",
          "xmp",
          "noembed",
          "title",
          "body",
          "html",
          "head",
          "param",
          "picture",
          "details");
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
          "cite",
          "dynsrc",
          "lowsrc",
          "to",
          "from",
          "values",
          "codebase",
          "classid");

  private ScriptFreeHtml() {}

  /** Every problem under {@code root} (root itself excluded), or an empty list. */
  public static List<String> problems(Element root) {
    List<String> problems = new ArrayList<>();
    for (Element el : root.getAllElements()) {
      if (el != root && FORBIDDEN.contains(el.normalName())) {
        problems.add("element <" + el.normalName() + ">");
      }
      for (Attribute attr : el.attributes()) {
        String key = attr.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
          problems.add("event handler " + key + " on <" + el.normalName() + ">");
        }
        if (key.equals("style")) {
          problems.add("style attribute on <" + el.normalName() + ">");
        }
        if (URL_ATTRIBUTES.contains(key) && isScriptUrl(attr.getValue())) {
          problems.add("script URL in " + key + "=\"" + attr.getValue() + "\"");
        }
      }
    }
    return problems;
  }

  /**
   * A URL browsers would run: javascript:, vbscript: or data:, after the tricks browsers ignore.
   */
  static boolean isScriptUrl(String value) {
    StringBuilder cleaned = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c > ' ' && c != '\u007f') {
        cleaned.append(Character.toLowerCase(c));
      }
    }
    String url = cleaned.toString();
    return url.startsWith("javascript:")
        || url.startsWith("vbscript:")
        || url.startsWith("data:")
        || url.contains(" javascript:");
  }
}
