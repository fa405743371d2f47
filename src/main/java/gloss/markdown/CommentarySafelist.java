package gloss.markdown;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * The elements, attributes and URL schemes that commentary may use; everything else is dropped.
 *
 * <p>Configured in the constructor only. {@link HtmlSanitizer} keeps the single instance in a
 * private constant and never changes it, which is what makes sharing it across threads safe:
 * Jsoup's {@link Safelist} is only read while cleaning (relative links are preserved, so it does
 * not rewrite attribute values either).
 */
final class CommentarySafelist extends Safelist {

  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

  /** Heading-anchor ids are kept only when they cannot be mistaken for anything but a name. */
  private static final Pattern HEADING_ID = Pattern.compile("[A-Za-z0-9_-]+");

  /** The one class kept: a code block's language, so that it cannot borrow the theme's classes. */
  private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]+");

  private static final String[] SCRIPT_CAPABLE_SCHEMES = {"javascript:", "vbscript:", "data:"};

  CommentarySafelist() {
    addTags(
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
    addTags(HEADINGS);
    for (String heading : HEADINGS) {
      addAttributes(heading, "id");
    }
    addAttributes("abbr", "title");
    // A fenced block's language (class="language-java"), which a theme may style by.
    addAttributes("code", "class");
    addAttributes("ol", "start");
    // rel is accepted only so that isSafe ignores commonmark's rel="nofollow";
    // HtmlSanitizer.clean always replaces or removes it.
    addAttributes("a", "href", "title", "rel");
    addAttributes("img", "src", "alt", "title", "width", "height");
    addAttributes("th", "align");
    addAttributes("td", "align");
    // Relative URLs pass because the dirty document is parsed against an http(s) base URI, and
    // preserveRelativeLinks keeps the author's relative value instead of the resolved one.
    addProtocols("a", "href", "http", "https", "mailto", "#");
    addProtocols("img", "src", "http", "https");
    preserveRelativeLinks(true);
  }

  @Override
  public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
    if (!super.isSafeAttribute(tagName, element, attribute)) {
      return false;
    }
    String key = attribute.getKey();
    if (key.equals("id")) {
      return HEADING_ID.matcher(attribute.getValue()).matches();
    }
    if (key.equals("class")) {
      return CODE_LANGUAGE.matcher(attribute.getValue()).matches();
    }
    if (key.equals("href") || key.equals("src")) {
      // Belt and braces: the protocol allow-list above already rejects these, but a second,
      // independent check costs nothing and survives a future change of Jsoup's URL resolution.
      return !hasScriptCapableScheme(attribute.getValue());
    }
    return true;
  }

  /**
   * Whether a browser could read this (already entity-decoded) URL as a javascript:, vbscript: or
   * data: URL, also after one more round of entity decoding, in case some later stage decodes
   * twice. Ignores every control, format and (Unicode) space character first, which is stricter
   * than browsers: they strip only leading and trailing C0 controls and spaces, and tabs and
   * newlines inside.
   */
  static boolean hasScriptCapableScheme(String url) {
    return startsWithScriptCapableScheme(url)
        || startsWithScriptCapableScheme(Parser.unescapeEntities(url, true));
  }

  private static boolean startsWithScriptCapableScheme(String url) {
    StringBuilder compact = new StringBuilder(Math.min(url.length(), 16));
    for (int i = 0; i < url.length() && compact.length() < 16; i++) {
      char c = url.charAt(i);
      if (!isIgnorableInScheme(c)) {
        compact.append(c);
      }
    }
    String prefix = compact.toString().toLowerCase(Locale.ROOT);
    for (String scheme : SCRIPT_CAPABLE_SCHEMES) {
      if (prefix.startsWith(scheme)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIgnorableInScheme(char c) {
    return c <= ' '
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT;
  }
}
