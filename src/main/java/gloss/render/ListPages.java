package gloss.render;

import gloss.model.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages that list the digest: the home page (paginated), contributors, search, the feed,
 * the sitemap and the 404 page, and the search index.
 */
public final class ListPages {
  /** How many articles the feed carries. */
  static final int FEED_SIZE = 20;

  private ListPages() {}

  /** The articles' cards newest first (then by slug). */
  public static List<Views.ArticleCard> newestFirst(List<ArticleSummary> articles) {
    return articles.stream()
        .sorted(
            Comparator.comparing(ArticleSummary::date).reversed().thenComparing(ArticleSummary::slug))
        .map(ArticleSummary::card)
        .toList();
  }

  /** The home page and its following pages, {@code page/2/} on. */
  public static List<PageJob> home(PageContext context, List<Views.ArticleCard> cards) {
    int size = context.config.pageSize();
    int count = Math.max(1, (cards.size() + size - 1) / size);
    List<PageJob> pages = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      String path = SitePaths.homePage(n);
      List<Views.ArticleCard> slice = cards.subList((n - 1) * size, Math.min(cards.size(), n * size));
      Views.Pager pager =
          new Views.Pager(
              n, count, n > 1 ? SitePaths.homePage(n - 1) : "", n < count ? SitePaths.homePage(n + 1) : "");
      pages.add(
          context.page(
              context.config.title(), context.config.description(), path, "home",
              Map.of("articles", slice, "pager", pager)));
    }
    return pages;
  }

  /** Each contributor's page and the contributors' index. */
  public static List<PageJob> authors(PageContext context, List<AuthorIndex.Contributor> contributors) {
    List<PageJob> pages = new ArrayList<>();
    List<Views.Author> authors = new ArrayList<>();
    for (AuthorIndex.Contributor c : contributors) {
      Views.Author author =
          new Views.Author(c.handle(), c.name(), SitePaths.author(c.handle()), c.profileUrl(), c.notes());
      authors.add(author);
      pages.add(
          context.page(
              author.name(), "Annotations by " + author.name(), author.url(), "author", Map.of("author", author)));
    }
    pages.add(context.page("Contributors", "", SitePaths.authors(), "authors", Map.of("authors", authors)));
    return pages;
  }

  /** The search page, the 404 page and the feed. */
  public static List<PageJob> fixed(PageContext context, List<Views.ArticleCard> cards) {
    return List.of(
        context.page(
            "Search", "Search articles, people, places, organizations and notes", "search/index.html",
            "search", Map.of()),
        context.page("Page not found", "", "404.html", "404", Map.of()),
        context.page(
            context.config.title(), context.config.description(), "feed.xml", "feed",
            Map.of(
                "articles", cards.subList(0, Math.min(FEED_SIZE, cards.size())),
                "updated", cards.isEmpty() ? "1970-01-01" : cards.get(0).date())));
  }

  /** The sitemap of the listed pages. */
  public static PageJob sitemap(PageContext context, Set<String> listed) {
    List<Views.SitemapEntry> entries =
        listed.stream().sorted().map(p -> new Views.SitemapEntry(context.urls.canonical(p))).toList();
    return context.page(context.config.title(), "", "sitemap.xml", "sitemap", Map.of("entries", entries));
  }
}
