package gloss.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who mentions whom, across the whole digest: each entity's backlinks (newest first) and the
 * entities it appears with most often. Built in one pass over all mentions, in time linear in
 * their number plus the pairs of entities that share an article.
 */
public final class CrossReferences {
  /** How many mention contexts a backlink shows per document. */
  static final int CONTEXTS_PER_DOCUMENT = 3;
  /** How many companions an entity page lists. */
  static final int APPEARS_WITH_LIMIT = 12;

  /**
   * A document that can mention entities: an article body ({@code annotation} empty) or one
   * annotation on it.
   */
  public record Document(
      String articleSlug, String annotation, String title, String author, LocalDate date) {

    public boolean isAnnotation() {
      return !annotation.isEmpty();
    }
  }

  /** A document's mentions, as the linker found them, plus entities listed in front matter. */
  public record DocumentMentions(Document document, List<Mention> mentions, List<String> listed) {}

  /** One document that mentions an entity, with up to three contexts. */
  public record Backlink(Document document, List<Mention> contexts, int count) {}

  /** An entity that shares articles with another, and how many. */
  public record Companion(String entityKey, int articles) {}

  private final Map<String, List<Backlink>> backlinks;
  private final Map<String, List<Companion>> companions;
  private final Map<String, Integer> mentionCounts;

  private CrossReferences(
      Map<String, List<Backlink>> backlinks,
      Map<String, List<Companion>> companions,
      Map<String, Integer> mentionCounts) {
    this.backlinks = backlinks;
    this.companions = companions;
    this.mentionCounts = mentionCounts;
  }

  public static CrossReferences of(List<DocumentMentions> documents) {
    Map<String, List<Backlink>> backlinks = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Set<String>> entitiesByArticle = new TreeMap<>();
    for (DocumentMentions dm : documents) {
      Map<String, List<Mention>> byEntity = new TreeMap<>();
      for (Mention m : dm.mentions()) {
        byEntity.computeIfAbsent(m.entityKey(), k -> new ArrayList<>()).add(m);
      }
      for (String listed : dm.listed()) {
        byEntity.computeIfAbsent(listed, k -> new ArrayList<>());
      }
      Set<String> inArticle =
          entitiesByArticle.computeIfAbsent(dm.document().articleSlug(), k -> new LinkedHashSet<>());
      byEntity.forEach(
          (key, mentions) -> {
            int n = mentions.size();
            backlinks
                .computeIfAbsent(key, k -> new ArrayList<>())
                .add(
                    new Backlink(
                        dm.document(),
                        List.copyOf(mentions.subList(0, Math.min(n, CONTEXTS_PER_DOCUMENT))),
                        n));
            counts.merge(key, n, Integer::sum);
            inArticle.add(key);
          });
    }
    Comparator<Backlink> newestFirst =
        Comparator.comparing((Backlink b) -> b.document().date())
            .reversed()
            .thenComparing(b -> b.document().articleSlug())
            .thenComparing(b -> b.document().annotation());
    backlinks.values().forEach(list -> list.sort(newestFirst));
    return new CrossReferences(backlinks, companions(entitiesByArticle), counts);
  }

  private static Map<String, List<Companion>> companions(Map<String, Set<String>> byArticle) {
    Map<String, Map<String, Integer>> pairs = new HashMap<>();
    for (Set<String> keys : byArticle.values()) {
      for (String a : keys) {
        Map<String, Integer> row = pairs.computeIfAbsent(a, k -> new HashMap<>());
        for (String b : keys) {
          if (!a.equals(b)) {
            row.merge(b, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, List<Companion>> result = new HashMap<>();
    pairs.forEach(
        (key, row) ->
            result.put(
                key,
                row.entrySet().stream()
                    .map(e -> new Companion(e.getKey(), e.getValue()))
                    .sorted(
                        Comparator.comparingInt(Companion::articles)
                            .reversed()
                            .thenComparing(Companion::entityKey))
                    .limit(APPEARS_WITH_LIMIT)
                    .toList()));
    return result;
  }

  public List<Backlink> backlinks(String entityKey) {
    return backlinks.getOrDefault(entityKey, List.of());
  }

  public List<Companion> appearsWith(String entityKey) {
    return companions.getOrDefault(entityKey, List.of());
  }

  /** Mentions in text across the digest (front-matter listings do not count). */
  public int mentionCount(String entityKey) {
    return mentionCounts.getOrDefault(entityKey, 0);
  }
}
