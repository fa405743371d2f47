package gloss.render;

import gloss.model.SitePaths;
import gloss.model.Tags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tag family: {@code tags/index.html} (every tag with its article count) and each tag's pages
 * (its articles newest first, a row each, {@link Paging#ROWS} a page) and feed. Spellings that make
 * one slug ({@link Tags#slug}) are one tag, named as the first article in path order writes it.
 */
public final class TagPages {
  private TagPages() {}

  /**
   * @param summaries the articles in path order
   * @param newest the same articles' cards, newest first
   */
  public static List<PageJob> of(
      PageContext context, List<ArticleSummary> summaries, List<Views.ArticleCard> newest) {
    Map<String, String> names = new HashMap<>();
    Map<String, ArticleSummary> bySlug = new HashMap<>();
    for (ArticleSummary s : summaries) {
      bySlug.put(s.slug(), s);
      for (Views.TagLink t : s.card().tags()) {
        names.putIfAbsent(t.slug(), t.name());
      }
    }
    Map<String, List<Views.ArticleCard>> cards = new LinkedHashMap<>();
    for (Views.ArticleCard card : newest) {
      for (Views.TagLink t : card.tags()) {
        cards.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(card);
      }
    }
    List<PageJob> pages = new ArrayList<>();
    List<Views.TagLink> index = new ArrayList<>();
    for (Map.Entry<String, List<Views.ArticleCard>> tag : cards.entrySet()) {
      String slug = tag.getKey();
      List<Views.ArticleCard> tagged = tag.getValue();
      Views.TagLink link =
          new Views.TagLink(names.get(slug), slug, SitePaths.tag(slug), tagged.size());
      index.add(link);
      String first = SitePaths.tag(slug);
      String feed = SitePaths.feedOf(first);
      for (Paging.Slice<Views.ArticleCard> slice : Paging.of(tagged, Paging.ROWS, first)) {
        pages.add(
            context.followable(
                "Tagged “" + link.name() + "”",
                "",
                slice.path(),
                "tag",
                feed,
                Map.of("tag", link, "articles", slice.items(), "pager", slice.pager())));
      }
      pages.add(
          Feeds.of(
              context,
              first,
              "Tagged “" + link.name() + "” in " + context.config.title(),
              "",
              tagged.stream().map(c -> Feeds.article(bySlug.get(c.slug()))).toList()));
    }
    index.sort(
        Comparator.comparing((Views.TagLink t) -> t.name().toLowerCase(Locale.ROOT))
            .thenComparing(Views.TagLink::slug));
    for (Paging.Slice<Views.TagLink> slice : Paging.of(index, Paging.INDEX, SitePaths.tags())) {
      pages.add(
          context.page(
              "Tags",
              "",
              slice.path(),
              "tags",
              Map.of("tags", slice.items(), "pager", slice.pager())));
    }
    return pages;
  }
}
