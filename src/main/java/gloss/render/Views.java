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
      Map<String, Object> fields,
      boolean hasEditions) {}

  /**
   * The page being rendered.
   *
   * @param jsonLd schema.org metadata for the page's {@code <script type="application/ld+json">}
   *     (already escaped for a script element: print it with {@code ?no_esc}), or ""
   * @param feedUrl the Atom feed of the page's subject (relative to the root), or ""
   * @param image the absolute URL of the image that shares the page ({@code og:image}), or ""
   */
  public record Page(
      String title,
      String description,
      String path,
      String canonicalUrl,
      String type,
      String jsonLd,
      String feedUrl,
      String image) {}

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
      List<EntityLink> entities,
      List<TagLink> tags) {}

  /** A tag and its page, with how many articles carry it. */
  public record TagLink(String name, String slug, String url, int count) {}

  /** A link to an edition. */
  public record EditionLink(
      String slug, String title, String url, String date, String dateDisplay) {}

  /**
   * A passage of an article and how many notes sit on it.
   *
   * @param url the passage on the article page, relative to the root
   */
  public record Passage(String exact, int noteCount, String url) {}

  /**
   * An article in an edition: its card and its most-discussed passages (at most three, most notes
   * first).
   */
  public record EditionArticle(ArticleCard article, List<Passage> passages) {}

  /**
   * An edition: the editor's note, then its articles in the editor's order.
   *
   * @param noteHtml the editor's note, sanitized, links relative to the edition's page
   * @param emailUrl the e-mail-ready issue ({@code email.html}); {@code textUrl} its plain text
   */
  public record Edition(
      String slug,
      String title,
      String url,
      String absoluteUrl,
      String date,
      String dateDisplay,
      String summary,
      String noteHtml,
      List<EditionArticle> articles,
      String emailUrl,
      String textUrl,
      Map<String, Object> fields) {}

  /**
   * An Atom feed ({@code feed.ftlx}).
   *
   * @param id the feed's stable id: the absolute URL of the page it follows
   * @param updated the newest entry's {@code updated}, RFC 3339
   * @param author the feed's author (the digest, or the contributor of a contributor's feed), the
   *     author of each entry that names none; {@code authorUrl} where they are found
   * @param entries newest first, at most 50, each {@code updated} distinct
   */
  public record Feed(
      String title,
      String subtitle,
      String id,
      String selfUrl,
      String alternateUrl,
      String updated,
      String author,
      String authorUrl,
      List<FeedEntry> entries) {}

  /**
   * An entry of a feed.
   *
   * @param contentHtml HTML for {@code <content type="html">}, its relative links resolved against
   *     {@code contentBase}; or ""
   * @param author the entry's author, "" to fall back to the feed's
   */
  public record FeedEntry(
      String id,
      String title,
      String url,
      String published,
      String updated,
      String author,
      String authorUrl,
      String summary,
      String contentHtml,
      String contentBase) {}

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
      Map<String, Object> fields,
      List<TagLink> tagLinks,
      List<EditionLink> editions) {}

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
   * @param excerpt on contributors' pages and feeds, the start of the note as text ({@link
   *     Excerpt}); "" on article pages, which show the whole note
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
      List<Note> inReplyTo,
      String excerpt) {}

  /**
   * One document mentioning an entity, with the sentence around its first mention ({@code contexts}
   * holds at most that one; {@code count} says how many there are). On an entity page an article's
   * backlink carries the notes on it that mention the entity ({@code notes}); an article that only
   * lists the entity in its front matter has {@code count} 0 and {@code listed}.
   */
  public record Backlink(
      String title,
      String url,
      String date,
      String dateDisplay,
      boolean annotation,
      String author,
      int count,
      List<Context> contexts,
      boolean listed,
      List<Backlink> notes) {}

  /** A sentence around one mention, split so that templates can emphasise the mention. */
  public record Context(String before, String text, String after, String url) {}

  /**
   * One page of an entity's pages.
   *
   * @param backlinkCount how many documents mention it, on all pages
   * @param backlinks the articles on this page, newest first, each with its notes that mention it
   * @param mentionSummary the counts in words: "Mentioned 3 times, in 1 article and 1 note"
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
      String mentionSummary,
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
