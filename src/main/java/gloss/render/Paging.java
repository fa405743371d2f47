package gloss.render;

import gloss.model.SitePaths;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists that grow with the digest are split into pages of a fixed size, so that no page grows with
 * it: the first page at its own path, the next ones at {@code page/2/index.html} beside it.
 */
final class Paging {
  /** Documents per page of an entity's backlinks. */
  static final int BACKLINKS = 50;

  /** Notes per page of a contributor's page (each shown as its start, about 500 bytes). */
  static final int NOTES = 100;

  /** Articles per page of a tag's list (a row each, about 300 bytes). */
  static final int ROWS = 100;

  /** Entries per page of an index (a kind's entities, the contributors). */
  static final int INDEX = 200;

  private Paging() {}

  /** One page of a list. */
  record Slice<T>(String path, List<T> items, Views.Pager pager) {}

  /** The pages of {@code items}, at least one (empty) page. */
  static <T> List<Slice<T>> of(List<T> items, int size, String firstPage) {
    int count = Math.max(1, (items.size() + size - 1) / size);
    List<Slice<T>> pages = new ArrayList<>(count);
    for (int n = 1; n <= count; n++) {
      Views.Pager pager =
          new Views.Pager(
              n,
              count,
              n > 1 ? SitePaths.paged(firstPage, n - 1) : "",
              n < count ? SitePaths.paged(firstPage, n + 1) : "");
      pages.add(
          new Slice<>(
              SitePaths.paged(firstPage, n),
              List.copyOf(items.subList((n - 1) * size, Math.min(items.size(), n * size))),
              pager));
    }
    return pages;
  }
}
