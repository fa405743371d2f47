package gloss.scaffold;

import gloss.SiteLayout;
import gloss.diag.Diagnostics;
import gloss.load.ContentLoader;
import gloss.model.Article;
import gloss.model.Content;
import gloss.model.ContentLayout;
import gloss.model.Edition;
import gloss.model.Placeholders;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code gloss new edition --date D [--since S]}: writes {@code content/editions/<D>.md} listing
 * the articles dated after {@code S} (by default the latest edition before {@code D}) up to {@code
 * D}, newest first, with a placeholder editor's note.
 */
public final class EditionScaffold {
  private EditionScaffold() {}

  /**
   * @param since the articles must be dated after it; empty for after the latest earlier edition
   */
  public static Outcome create(SiteLayout layout, LocalDate date, Optional<LocalDate> since)
      throws IOException {
    Content content =
        ContentLoader.load(
            layout.projectRoot(), layout.content(), layout.baseUrl(), new Diagnostics());
    Optional<LocalDate> after =
        since.or(
            () ->
                content.editions().stream()
                    .map(Edition::date)
                    .filter(d -> d.isBefore(date))
                    .max(Comparator.naturalOrder()));
    if (after.isPresent() && !after.get().isBefore(date)) {
      return new Outcome.Refused(
          List.of("--since " + after.get() + " is not before --date " + date));
    }
    List<String> articles =
        content.articles().stream()
            .filter(a -> !a.date().isAfter(date))
            .filter(a -> after.isEmpty() || a.date().isAfter(after.get()))
            .sorted(Comparator.comparing(Article::date).reversed().thenComparing(Article::slug))
            .map(Article::slug)
            .toList();
    if (articles.isEmpty()) {
      return new Outcome.Refused(
          List.of(
              "no article is dated "
                  + after.map(d -> "after " + d + " and ").orElse("")
                  + "on or before "
                  + date
                  + "; give an earlier --since"));
    }
    Path file = layout.content().resolve(ContentLayout.EDITIONS).resolve(date + ".md");
    String text =
        new FrontMatterWriter()
            .text("title", "Edition of " + date)
            .plain("date", date.toString())
            .comment("summary: \"one sentence for the index, the feed and the e-mail preview\"")
            .list("articles", articles)
            .withBody(Placeholders.EDITION);
    return Outcome.writeNew(layout, file, text, "edit it, or choose another --date");
  }
}
