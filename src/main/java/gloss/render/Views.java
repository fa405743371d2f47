package gloss.render;

import java.util.List;
import java.util.Map;

/**
 * The data model templates receive: plain records, prepared by the page families ({@link
 * ArticlePages} and the rest), never a service or store. Every {@code url} is relative to the site
 * root (for example {@code articles/a/index.html}); templates write {@code ${root}${x.url}} so that
 * links work from any page, from {@code file://} and under any base path. README.md documents each
 * field.
 */
public final class Views {
  private Views() {}

  /** The digest itself, on every page. */
  public record Site(
      String title,
      String description,
      String baseUrl,
      String basePath,
      String language,
      List<Kind> kinds,
      Map<String, Object> fields) {}

  /**
   * The page being rendered.
   *
   * @param jsonLd schema.org metadata for the page's {@code <script type="application/ld+json">}
   *     (already escaped for a script element: print it with {@code ?no_esc}), or ""
   */
  public record Page(
      String title,
      String description,
      String path,
      String canonicalUrl,
      String type,
      String jsonLd) {

    /** A page without JSON-LD. */
    public Page(String title, String description, String path, String canonicalUrl, String type) {
      this(title, description, path, canonicalUrl, type, "");
    }
  }

  /**
   * A redirect page left at a former URL ({@code redirect_from}).
   *
   * @param url the current page, relative to the site root (write {@code ${root}${redirect.url}})
   * @param absoluteUrl the current page's canonical URL
   * @param title the current page's title
   */
  public record Redirect(String url, String absoluteUrl, String title) {}

  /** An entity kind, for navigation and its index page. */
  public record Kind(String key, String singular, String label, String url, int count) {}

  /** A link to an entity, with how often it is mentioned in the context at hand. */
  public record EntityLink(
      String key, String kind, String kindLabel, String name, String url, int count) {}

  /** The entities of one kind in an article's panel. */
  public record EntityGroup(String kind, String label, List<EntityLink> entities) {}

  /** An article as listed on the home page and in feeds. */
  public record ArticleCard(
      String slug,
      String url,
      String absoluteUrl,
      String title,
      String date,
      String dateDisplay,
      String source,
      String summary,
      int annotationCount,
      List<EntityLink> entities) {}

  /** An article page. */
  public record Article(
      String slug,
      String url,
      String title,
      String date,
      String dateDisplay,
      String source,
      String sourceUrl,
      List<String> authors,
      String summary,
      List<String> tags,
      String bodyHtml,
      int annotationCount,
      List<Note> notes,
      List<Note> commentary,
      List<EntityGroup> entities,
      String annotationsUrl,
      Map<String, Object> fields) {}

  /**
   * An annotation as shown on its article page and on its author's page.
   *
   * @param anchored whether it sits on a passage in the text (else it is general commentary)
   * @param exact the passage as it stands in the article, "" when not anchored
   * @param approximate whether the quote only matched approximately
   * @param originalUrl the article's source opened at the passage (a URL text fragment), or ""
   * @param replies the annotations answering this one, oldest first
   * @param inReplyTo on contributors' pages, the note a reply answers (without its replies), as a
   *     list of one; empty for a note that answers none, and on article pages, where replies are
   *     nested under their note
   */
  public record Note(
      String id,
      String noteId,
      String passageId,
      String articleSlug,
      String articleTitle,
      String articleUrl,
      String author,
      String authorUrl,
      String authorPageUrl,
      String date,
      String dateDisplay,
      boolean anchored,
      String quote,
      String exact,
      boolean approximate,
      String originalUrl,
      String bodyHtml,
      List<Note> replies,
      Map<String, Object> fields,
      List<Note> inReplyTo) {}

  /** One document mentioning an entity, with the sentences around the mentions. */
  public record Backlink(
      String title,
      String url,
      String date,
      String dateDisplay,
      boolean annotation,
      String author,
      int count,
      List<Context> contexts) {}

  /** A sentence around one mention, split so that templates can emphasise the mention. */
  public record Context(String before, String text, String after, String url) {}

  /**
   * One page of an entity's pages.
   *
   * @param backlinkCount how many documents mention it, on all pages
   * @param backlinks the documents on this page, newest first
   */
  public record Entity(
      String key,
      String slug,
      String kind,
      String kindLabel,
      String kindUrl,
      String name,
      List<String> aliases,
      String descriptionHtml,
      String url,
      int mentionCount,
      int backlinkCount,
      List<Backlink> backlinks,
      Pager pager,
      List<EntityLink> appearsWith,
      Map<String, Object> fields) {}

  /**
   * Where a page sits in a list split into pages (the article list, backlinks, notes, indexes).
   *
   * @param previousUrl the page before, "" on the first
   * @param nextUrl the page after, "" on the last
   */
  public record Pager(int number, int count, String previousUrl, String nextUrl) {}

  /**
   * One page of a contributor's annotations, newest first.
   *
   * @param noteCount how many annotations they wrote, on all pages
   * @param notes the annotations on this page
   */
  public record Author(
      String handle,
      String name,
      String url,
      String profileUrl,
      int noteCount,
      List<Note> notes,
      Pager pager) {}

  /** An entry of the sitemap. */
  public record SitemapEntry(String loc) {}
}
