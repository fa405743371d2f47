package gloss.render;

import gloss.model.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages that list the digest: the home page (paginated), contributors (each with a feed),
 * search, the sitemap and the 404 page, and the search index.
 */
public final class ListPages {
  /** Pages per sitemap file (about 200 kB). */
  static final int SITEMAP_SIZE = 2500;

  private ListPages() {}

  /** The order of the home page, the feed and the search index: newest first, then by slug. */
  public static final Comparator<ArticleSummary> NEWEST_FIRST =
      Comparator.comparing(ArticleSummary::date).reversed().thenComparing(ArticleSummary::slug);

  /** The home page and its following pages, {@code page/2/} on. */
  public static List<PageJob> home(PageContext context, List<Views.ArticleCard> cards) {
    List<PageJob> pages = new ArrayList<>();
    for (Paging.Slice<Views.ArticleCard> slice :
        Paging.of(cards, context.config.pageSize(), SitePaths.home())) {
      pages.add(
          context.followable(
              context.config.title(),
              context.config.description(),
              slice.path(),
              "home",
              SitePaths.feedOf(SitePaths.home()),
              Map.of("articles", slice.items(), "pager", slice.pager())));
    }
    return pages;
  }

  /**
   * Each contributor's pages (their notes, newest first, {@link Paging#NOTES} a page) and the
   * contributors' index, which lists each with their first page.
   */
  public static List<PageJob> authors(
      PageContext context, List<AuthorIndex.Contributor> contributors) {
    List<PageJob> pages = new ArrayList<>();
    List<Views.Author> firstPages = new ArrayList<>();
    for (AuthorIndex.Contributor c : contributors) {
      String url = SitePaths.author(c.handle());
      for (Paging.Slice<Views.Note> slice : Paging.of(c.notes(), Paging.NOTES, url)) {
        Views.Author author =
            new Views.Author(
                c.handle(),
                c.name(),
                url,
                c.profileUrl(),
                c.notes().size(),
                slice.items(),
                slice.pager());
        if (slice.pager().number() == 1) {
          firstPages.add(author);
        }
        pages.add(
            context.followable(
                author.name(),
                "Annotations by " + author.name(),
                slice.path(),
                "author",
                SitePaths.feedOf(url),
                Map.of("author", author)));
      }
      pages.add(
          Feeds.by(
              context,
              url,
              "Annotations by " + c.name(),
              "",
              c.name(),
              Feeds.authorUrl(context, url, c.profileUrl()),
              Feeds.newest(
                  c.notes().stream()
                      .map(
                          n ->
                              new Feeds.Pending(
                                  Feeds.noteDate(n), () -> Feeds.noteExcerpt(context, n)))
                      .toList())));
    }
    for (Paging.Slice<Views.Author> slice :
        Paging.of(firstPages, Paging.INDEX, SitePaths.authors())) {
      pages.add(
          context.page(
              "Contributors",
              "",
              slice.path(),
              "authors",
              Map.of("authors", slice.items(), "pager", slice.pager())));
    }
    return pages;
  }

  /** The search page, the 404 page and the site's feed. */
  public static List<PageJob> fixed(PageContext context, List<ArticleSummary> summaries) {
    return List.of(
        context.page(
            "Search",
            "Search articles, people, places, organizations and notes",
            "search/index.html",
            "search",
            Map.of()),
        context.page("Page not found", "", "404.html", "404", Map.of()),
        Feeds.site(context, summaries));
  }

  /**
   * The sitemap of the listed pages: {@code sitemap.xml} alone up to {@link #SITEMAP_SIZE} pages;
   * beyond, {@code sitemap.xml} is an index of {@code sitemap-1.xml}, {@code sitemap-2.xml}, … of
   * that many pages each, so that no file grows with the digest.
   */
  public static List<PageJob> sitemap(PageContext context, Set<String> listed) {
    List<Views.SitemapEntry> entries =
        listed.stream()
            .sorted()
            .map(p -> new Views.SitemapEntry(context.urls.canonical(p)))
            .toList();
    if (entries.size() <= SITEMAP_SIZE) {
      return List.of(sitemapFile(context, "sitemap.xml", entries, List.of()));
    }
    List<PageJob> files = new ArrayList<>();
    List<Views.SitemapEntry> parts = new ArrayList<>();
    for (int from = 0, n = 1; from < entries.size(); from += SITEMAP_SIZE, n++) {
      String path = "sitemap-" + n + ".xml";
      files.add(
          sitemapFile(
              context,
              path,
              entries.subList(from, Math.min(entries.size(), from + SITEMAP_SIZE)),
              List.of()));
      parts.add(new Views.SitemapEntry(context.urls.canonical(path)));
    }
    files.add(sitemapFile(context, "sitemap.xml", List.of(), parts));
    return files;
  }

  private static PageJob sitemapFile(
      PageContext context,
      String path,
      List<Views.SitemapEntry> entries,
      List<Views.SitemapEntry> sitemaps) {
    return context.page(
        context.config.title(),
        "",
        path,
        "sitemap",
        Map.of("entries", List.copyOf(entries), "sitemaps", sitemaps));
  }
}
