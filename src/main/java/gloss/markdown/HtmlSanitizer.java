package gloss.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;

/**
 * Turns untrusted HTML fragments into documents that cannot run script.
 *
 * <p>Allow-list based: Jsoup's {@link Cleaner} copies only the elements, attributes and URL schemes
 * of {@link CommentarySafelist} into a fresh document; comments, {@code <script>}/{@code <style>}
 * bodies and every other element are left behind, while the text of dropped elements is kept. Links
 * that leave the site get {@code rel="nofollow ugc noopener noreferrer"}.
 *
 * <p>Immutable and thread-safe; build one per site with {@link #forSite(String)}.
 */
public final class HtmlSanitizer {

  static final String OFF_SITE_REL = "nofollow ugc noopener noreferrer";

  /** Shared, configured once and never changed afterwards (see {@link CommentarySafelist}). */
  private static final Cleaner CLEANER = new Cleaner(new CommentarySafelist());

  /**
   * Relative URLs are only accepted when they resolve to an allowed scheme, so parsing needs an
   * http(s) base even when the site has none. {@code .invalid} can never be a real host.
   */
  private static final String PLACEHOLDER_BASE_URI = "https://gloss.invalid/";

  private final String siteBaseUrl;
  private final String parseBaseUri;
  private final SiteBoundary siteBoundary;

  private HtmlSanitizer(String siteBaseUrl) {
    this.siteBaseUrl = siteBaseUrl;
    this.parseBaseUri = isAbsoluteHttpUrl(siteBaseUrl) ? siteBaseUrl : PLACEHOLDER_BASE_URI;
    this.siteBoundary = SiteBoundary.of(siteBaseUrl);
  }

  /**
   * @param siteBaseUrl where the digest is published, such as {@code
   *     https://example.github.io/digest/}; may be empty, and then every absolute link counts as
   *     leaving the site
   */
  public static HtmlSanitizer forSite(String siteBaseUrl) {
    return new HtmlSanitizer(Objects.requireNonNull(siteBaseUrl, "siteBaseUrl").strip());
  }

  /**
   * Returns a new document whose body holds only the safe part of {@code untrustedHtmlFragment}.
   * The document's base URI is the site base URL and it is not pretty-printed, so serializing it
   * keeps the author's whitespace.
   */
  public Document clean(String untrustedHtmlFragment) {
    Document safe = CLEANER.clean(parseLimited(untrustedHtmlFragment));
    safe.outputSettings().prettyPrint(false);
    boolean parsedAgainstPlaceholder = !parseBaseUri.equals(siteBaseUrl);
    for (Element element : safe.body().getAllElements()) {
      if (parsedAgainstPlaceholder) {
        // Cleaner gives every copy the parse base; callers resolving links (feeds) need the real
        // one.
        element.setBaseUri(siteBaseUrl);
      }
      if (element.normalName().equals("img") && element.attr("src").isEmpty()) {
        element.replaceWith(new TextNode(element.attr("alt"))); // a refused image: its text
        continue;
      }
      if (element.normalName().equals("a")) {
        if (element.attr("href").isEmpty()) {
          // A refused URL leaves no href, or an empty one, which would link to the page itself:
          // the link's text stays, as plain text.
          element.unwrap();
          continue;
        }
        if (!siteBoundary.contains(element.attr("href"))) {
          element.attr("rel", OFF_SITE_REL);
        } else {
          element.removeAttr("rel"); // the author's own rel, or commonmark's nofollow
        }
      }
    }
    safe.setBaseUri(siteBaseUrl);
    return safe;
  }

  /**
   * Whether {@link #clean(String)} would keep everything: no element, attribute, comment or URL of
   * {@code html} would be dropped. Meant for {@code check} to report content that will be altered;
   * {@code rel} on links does not count, because {@code clean} always sets or removes it.
   */
  public boolean isSafe(String html) {
    Document dirty = Jsoup.parseBodyFragment(html, parseBaseUri);
    if (HtmlNestingFlattener.elementDepthBelow(dirty.body()) > HtmlNestingFlattener.MAX_DEPTH) {
      return false;
    }
    return CLEANER.isValid(dirty);
  }

  private Document parseLimited(String html) {
    return HtmlNestingFlattener.limitDepth(Jsoup.parseBodyFragment(html, parseBaseUri));
  }

  private static boolean isAbsoluteHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return scheme != null
          && uri.getHost() != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http")
              || scheme.toLowerCase(Locale.ROOT).equals("https"));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
