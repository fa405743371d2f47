package gloss.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * commonmark's first line of defence for Markdown link and image destinations: a destination with a
 * scheme outside the allow-list becomes empty, and {@link HtmlSanitizer} then turns the link into
 * plain text. A scheme is what RFC 3986 calls one (a letter, then letters, digits, {@code +},
 * {@code -} or {@code .}, then a colon), so a relative destination such as {@code foo):}
 * (CommonMark example 500) stays a link; commonmark's own sanitizer took everything before the
 * first colon for a scheme and emptied it.
 */
final class SchemeAllowList implements UrlSanitizer {
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
  private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

  @Override
  public String sanitizeLinkUrl(String url) {
    return allowed(url, LINK_SCHEMES);
  }

  @Override
  public String sanitizeImageUrl(String url) {
    return allowed(url, IMAGE_SCHEMES);
  }

  private static String allowed(String url, Set<String> schemes) {
    // Browsers ignore leading and trailing spaces and controls, so the scheme is read without them.
    String trimmed = url.strip();
    Matcher scheme = SCHEME.matcher(trimmed);
    if (!scheme.find()) {
      return trimmed;
    }
    return schemes.contains(scheme.group(1).toLowerCase(Locale.ROOT)) ? trimmed : "";
  }
}
