package gloss.render;

import gloss.link.CrossReferences;
import java.time.LocalDate;
import java.util.List;

/**
 * What the pages beyond an article's own need from it, kept once its page is written and its linked
 * text dropped: its card (home page, feed, search), its notes as its authors' pages show them, and
 * its mentions for entity pages.
 *
 * @param updated the latest of its date and its notes' dates (its feed entry's {@code updated})
 * @param passages its most-discussed passages, for the editions it is in
 * @param redirects the article's redirect pages (former URLs)
 * @param search what search finds of it: the article and its notes
 */
public record ArticleSummary(
    String slug,
    LocalDate date,
    LocalDate updated,
    Views.ArticleCard card,
    List<AuthorNote> notes,
    List<Views.Passage> passages,
    CrossReferences.Contribution references,
    List<PageJob> redirects,
    SearchIndex.Source search) {

  public ArticleSummary {
    notes = List.copyOf(notes);
    passages = List.copyOf(passages);
    redirects = List.copyOf(redirects);
  }

  /** A note as its author's page shows it, with who wrote it. */
  public record AuthorNote(String handle, String author, String profileUrl, Views.Note note) {}
}
