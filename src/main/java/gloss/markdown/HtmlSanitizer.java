package gloss.markdown;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans rendered HTML from content, in particular from strangers' annotations, down to what
 * commentary needs. Jsoup's {@link Cleaner} copies only allowed elements, attributes and URL
 * protocols into a fresh document, so anything unknown is dropped rather than patched. The
 * safelist is built once and never changed; instances are immutable and thread-safe.
 */
public final class HtmlSanitizer {
  /** Resolves relative URLs while checking protocols; never appears in output. */
  private static final String PARSE_BASE = "https://gloss.invalid/";
  private static final String OFFSITE_REL = "nofollow ugc noopener noreferrer";
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
  private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+-]{1,40}");

  private static final Safelist SAFELIST =
      new Safelist()
          .addTags(
              "p", "br", "hr", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small",
              "sub", "sup", "abbr", "cite", "q", "code", "pre", "kbd", "samp", "var", "blockquote",
              "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img",
              "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure",
              "figcaption", "span", "div")
          .addAttributes("a", "href", "title")
          .addAttributes("abbr", "title")
          .addAttributes("img", "src", "alt", "title", "width", "height")
          .addAttributes("ol", "start")
          .addAttributes("code", "class")
          .addAttributes("th", "align", "colspan", "rowspan")
          .addAttributes("td", "align", "colspan", "rowspan")
          .addAttributes("h1", "id")
          .addAttributes("h2", "id")
          .addAttributes("h3", "id")
          .addAttributes("h4", "id")
          .addAttributes("h5", "id")
          .addAttributes("h6", "id")
          .addProtocols("a", "href", "http", "https", "mailto", "#")
          .addProtocols("img", "src", "http", "https")
          .preserveRelativeLinks(true);

  private final String siteBaseUrl;

  private HtmlSanitizer(String siteBaseUrl) {
    this.siteBaseUrl = siteBaseUrl == null ? "" : siteBaseUrl;
  }

  /** A sanitizer for a site published at {@code siteBaseUrl}; links elsewhere are marked off-site. */
  public static HtmlSanitizer forSite(String siteBaseUrl) {
    return new HtmlSanitizer(siteBaseUrl);
  }

  /** A fresh document whose body holds only the safe part of the fragment. */
  public Document clean(String untrustedHtmlFragment) {
    Document dirty = Jsoup.parseBodyFragment(untrustedHtmlFragment, PARSE_BASE);
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    for (Element el : clean.body().select("[id]")) {
      if (!SAFE_ID.matcher(el.id()).matches()) {
        el.removeAttr("id");
      }
    }
    for (Element code : clean.body().select("code[class]")) {
      if (!CODE_LANGUAGE.matcher(code.className()).matches()) {
        code.removeAttr("class");
      }
    }
    for (Element a : clean.body().select("a[href]")) {
      String href = a.attr("href");
      String lower = href.toLowerCase(Locale.ROOT);
      boolean absolute = lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//");
      if (absolute && (siteBaseUrl.isEmpty() || !href.startsWith(siteBaseUrl))) {
        a.attr("rel", OFFSITE_REL);
      }
    }
    return clean;
  }

  /** Whether the fragment is already safe, i.e. cleaning would drop nothing (for {@code check}). */
  public boolean isSafe(String untrustedHtmlFragment) {
    return new Cleaner(SAFELIST).isValidBodyHtml(untrustedHtmlFragment);
  }
}
