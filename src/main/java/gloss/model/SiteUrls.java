package gloss.model;

/**
 * The absolute URLs of the published site: the base URL of {@code site.yml} followed by a page's
 * pretty path ({@code https://example.org/digest/articles/a/}). Every canonical link, feed entry,
 * sitemap entry and JSON-LD URL is made here.
 */
public record SiteUrls(String baseUrl) {

  public static SiteUrls of(SiteConfig config) {
    return new SiteUrls(config.baseUrl());
  }

  /** The canonical URL of a page given by its path relative to the site root. */
  public String canonical(String path) {
    return baseUrl + SitePaths.pretty(path);
  }
}
