package gloss.render;

import gloss.model.Edition;
import gloss.model.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The edition family: each edition's page (the editor's note, then its articles as cards with their
 * most-discussed passages), its e-mail-ready issue ({@code email.html}, every URL absolute, and
 * {@code email.txt}), the editions' index and their feed.
 */
public final class EditionPages {
  private static final Comparator<Edition> NEWEST_FIRST =
      Comparator.comparing(Edition::date).reversed().thenComparing(Edition::slug);

  private EditionPages() {}

  /** The editions that list each article, newest first, by article slug. */
  public static Map<String, List<Views.EditionLink>> byArticle(
      PageContext context, List<Edition> editions) {
    Map<String, List<Views.EditionLink>> links = new LinkedHashMap<>();
    for (Edition e : editions.stream().sorted(NEWEST_FIRST).toList()) {
      for (String slug : e.articles()) {
        links.computeIfAbsent(slug, k -> new ArrayList<>()).add(link(context, e));
      }
    }
    return links;
  }

  /**
   * @param noteHtml each edition's note as rendered and linked (links relative to its page), by
   *     slug
   * @param articles the articles' summaries by slug
   */
  public static List<PageJob> of(
      PageContext context,
      List<Edition> editions,
      Map<String, String> noteHtml,
      Map<String, ArticleSummary> articles) {
    List<PageJob> pages = new ArrayList<>();
    List<Views.Edition> views = new ArrayList<>();
    List<Feeds.Item> entries = new ArrayList<>();
    String feed = SitePaths.feedOf(SitePaths.editions());
    for (Edition e : editions.stream().sorted(NEWEST_FIRST).toList()) {
      String path = SitePaths.edition(e.slug());
      List<Views.EditionArticle> cards = new ArrayList<>();
      for (String slug : e.articles()) {
        ArticleSummary s = articles.get(slug);
        cards.add(new Views.EditionArticle(s.card(), s.passages()));
      }
      String html = noteHtml.getOrDefault(e.slug(), "");
      Views.Edition view = view(context, e, path, html, cards);
      views.add(view);
      pages.add(
          context.followable(
              e.title(), e.summary(), path, "edition", feed, Map.of("edition", view)));
      Views.Edition email = view(context, e, path, absolute(html, view.absoluteUrl()), cards);
      pages.add(email(context, SitePaths.pretty(path) + "email.html", "email", email, e));
      pages.add(email(context, SitePaths.pretty(path) + "email.txt", "email-text", email, e));
      entries.add(
          new Feeds.Item(
              view.absoluteUrl(),
              e.title(),
              view.absoluteUrl(),
              e.date(),
              e.date(),
              "",
              "",
              e.summary(),
              html,
              view.absoluteUrl()));
    }
    for (Paging.Slice<Views.Edition> slice : Paging.of(views, Paging.INDEX, SitePaths.editions())) {
      pages.add(
          context.followable(
              "Editions",
              "",
              slice.path(),
              "editions",
              feed,
              Map.of("editions", slice.items(), "pager", slice.pager())));
    }
    pages.add(
        Feeds.of(
            context,
            SitePaths.editions(),
            "Editions of " + context.config.title(),
            context.config.description(),
            entries));
    return pages;
  }

  private static Views.EditionLink link(PageContext context, Edition e) {
    return new Views.EditionLink(
        e.slug(),
        e.title(),
        SitePaths.edition(e.slug()),
        e.date().toString(),
        context.display(e.date()));
  }

  private static Views.Edition view(
      PageContext context,
      Edition e,
      String path,
      String noteHtml,
      List<Views.EditionArticle> cards) {
    String folder = SitePaths.pretty(path);
    return new Views.Edition(
        e.slug(),
        e.title(),
        path,
        context.urls.canonical(path),
        e.date().toString(),
        context.display(e.date()),
        e.summary(),
        noteHtml,
        cards,
        folder + "email.html",
        folder + "email.txt",
        e.fields());
  }

  /**
   * The e-mail issue: not a page of the site (the sitemap leaves it out); its note is given with
   * absolute links, and its Markdown as {@code noteText} for the plain-text part.
   */
  private static PageJob email(
      PageContext context, String path, String type, Views.Edition edition, Edition e) {
    PageJob page =
        context.page(
            edition.title(),
            edition.summary(),
            path,
            type,
            "",
            Map.of("edition", edition, "noteText", e.note().strip()));
    return new PageJob(page.path(), page.template(), page.model(), false);
  }

  /** HTML with every link and image made absolute against {@code base}. */
  private static String absolute(String html, String base) {
    Document doc = Jsoup.parseBodyFragment(html, base);
    doc.outputSettings().prettyPrint(false);
    for (Element a : doc.select("a[href]")) {
      a.attr("href", a.absUrl("href"));
    }
    for (Element img : doc.select("img[src]")) {
      img.attr("src", img.absUrl("src"));
    }
    return doc.body().html();
  }
}
