package gloss.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Decides whether a link target stays on the digest's own site.
 *
 * @param prefix the site's base URL ending in {@code /}, or empty when the site has none
 */
record SiteBoundary(String prefix) {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  /**
   * Browsers read {@code //host}, {@code \\host} and mixed slashes as "same scheme, other host".
   */
  private static final Pattern NETWORK_PATH = Pattern.compile("^[/\\\\]{2}");

  static SiteBoundary of(String siteBaseUrl) {
    String trimmed = siteBaseUrl.strip();
    if (trimmed.isEmpty() || trimmed.endsWith("/")) {
      return new SiteBoundary(trimmed);
    }
    return new SiteBoundary(trimmed + "/");
  }

  /**
   * Relative links (paths, queries, {@code #fragments}) stay on the site; absolute and
   * protocol-relative ones stay only when, after resolving dot segments, they start with the base
   * URL. Anything that does not parse as a URI counts as leaving.
   */
  boolean contains(String href) {
    String target = normalizedLikeBrowsers(href);
    if (!SCHEME.matcher(target).find() && !NETWORK_PATH.matcher(target).find()) {
      return true;
    }
    if (prefix.isEmpty() || target.indexOf('\\') >= 0) {
      return false;
    }
    try {
      String resolved = new URI(target).normalize().toString();
      return resolved.startsWith(prefix) || resolved.equals(prefixWithoutSlash());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private String prefixWithoutSlash() {
    return prefix.substring(0, prefix.length() - 1);
  }

  /**
   * WHATWG URL parsing drops tabs and newlines anywhere and trims control characters and spaces.
   */
  private static String normalizedLikeBrowsers(String href) {
    StringBuilder kept = new StringBuilder(href.length());
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        kept.append(c);
      }
    }
    int start = 0;
    int end = kept.length();
    while (start < end && kept.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && kept.charAt(end - 1) <= ' ') {
      end--;
    }
    return kept.substring(start, end);
  }
}
