package gloss.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every contributor's notes, gathered from the articles' summaries one article at a time, so that
 * replacing an article costs time in proportion to its notes' authors. Not thread-safe.
 */
public final class AuthorIndex {
  /** A contributor with every note, newest first. */
  public record Contributor(
      String handle, String name, String profileUrl, List<Views.Note> notes) {}

  private record Written(LocalDate date, String slug, List<ArticleSummary.AuthorNote> notes) {}

  private static final Comparator<Written> NEWEST_FIRST =
      Comparator.comparing(Written::date).reversed().thenComparing(Written::slug);

  private final Map<String, ArticleSummary> articles = new HashMap<>();
  private final Map<String, Map<String, Written>> byAuthor = new HashMap<>();
  private final Map<String, Contributor> contributors = new TreeMap<>();
  private final Set<String> dirty = new HashSet<>();

  /** Sets an article's notes, replacing those it had. */
  public void put(ArticleSummary summary) {
    remove(summary.slug());
    articles.put(summary.slug(), summary);
    Map<String, List<ArticleSummary.AuthorNote>> mine = new HashMap<>();
    for (ArticleSummary.AuthorNote n : summary.notes()) {
      mine.computeIfAbsent(n.handle(), h -> new ArrayList<>()).add(n);
    }
    mine.forEach(
        (handle, notes) -> {
          byAuthor
              .computeIfAbsent(handle, h -> new HashMap<>())
              .put(summary.slug(), new Written(summary.date(), summary.slug(), notes));
          dirty.add(handle);
        });
  }

  /** Removes an article's notes. */
  public void remove(String slug) {
    ArticleSummary old = articles.remove(slug);
    if (old == null) {
      return;
    }
    for (ArticleSummary.AuthorNote n : old.notes()) {
      Map<String, Written> notes = byAuthor.get(n.handle());
      if (notes != null) {
        notes.remove(slug);
      }
      dirty.add(n.handle());
    }
  }

  /**
   * The contributors by handle. A contributor's name and profile come from their first note on
   * their newest article; contributors whose notes did not change keep the very same record.
   */
  public List<Contributor> snapshot() {
    for (String handle : dirty) {
      Map<String, Written> bySlug = byAuthor.get(handle);
      if (bySlug == null || bySlug.isEmpty()) {
        byAuthor.remove(handle);
        contributors.remove(handle);
        continue;
      }
      ArticleSummary.AuthorNote first =
          bySlug.values().stream().min(NEWEST_FIRST).orElseThrow().notes().get(0);
      List<Views.Note> sorted = new ArrayList<>();
      bySlug.values().forEach(w -> w.notes().forEach(n -> sorted.add(n.note())));
      sorted.sort(
          Comparator.comparing(Views.Note::date)
              .reversed()
              .thenComparing(Views.Note::articleSlug)
              .thenComparing(Views.Note::id));
      contributors.put(
          handle, new Contributor(handle, first.author(), first.profileUrl(), List.copyOf(sorted)));
    }
    dirty.clear();
    return List.copyOf(contributors.values());
  }
}
