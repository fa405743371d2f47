package gloss.model;

/**
 * The URL contract of the output: where each page lives, as a path relative to the site root. Pages
 * are folders with an {@code index.html}, so that URLs stay pretty on a server, and links name the
 * {@code index.html} so that they also work from {@code file://}.
 */
public final class SitePaths {
  private SitePaths() {}

  public static String home() {
    return "index.html";
  }

  /** Page {@code n} (1-based) of the article list. */
  public static String homePage(int n) {
    return paged(home(), n);
  }

  /**
   * Page {@code n} (1-based) of a list that starts on {@code firstPage}: the first page itself,
   * then {@code page/2/index.html} beside it ({@code people/ada/page/2/index.html}).
   */
  public static String paged(String firstPage, int n) {
    return n == 1 ? firstPage : pretty(firstPage) + "page/" + n + "/index.html";
  }

  public static String article(String slug) {
    return "articles/" + slug + "/index.html";
  }

  public static String annotations(String slug) {
    return "articles/" + slug + "/annotations.jsonld";
  }

  public static String entity(EntityKind kind, String slug) {
    return kind.key() + "/" + slug + "/index.html";
  }

  public static String kindIndex(EntityKind kind) {
    return kind.key() + "/index.html";
  }

  public static String author(String handle) {
    return "authors/" + handle + "/index.html";
  }

  public static String authors() {
    return "authors/index.html";
  }

  public static String editions() {
    return "editions/index.html";
  }

  public static String edition(String slug) {
    return "editions/" + slug + "/index.html";
  }

  public static String tags() {
    return "tags/index.html";
  }

  public static String tag(String slug) {
    return "tags/" + slug + "/index.html";
  }

  /** The Atom feed of a page's subject, beside the page: {@code people/ada/feed.xml}. */
  public static String feedOf(String page) {
    return pretty(page) + "feed.xml";
  }

  /**
   * The pretty form of a page path, for canonical URLs: {@code articles/a/index.html →
   * articles/a/}.
   */
  public static String pretty(String path) {
    return path.endsWith("index.html")
        ? path.substring(0, path.length() - "index.html".length())
        : path;
  }

  /** The prefix that leads from a page back to the site root: {@code ../../} for depth two. */
  public static String rootFrom(String pagePath) {
    int depth = (int) pagePath.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }
}
