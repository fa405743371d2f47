package gloss.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who mentions whom, across the whole digest: each entity's backlinks (newest first) and the
 * entities it appears with most often. Built in one pass over all mentions, in time linear in
 * their number plus the pairs of entities that share an article; {@link Tracker} keeps them up
 * to date as articles change.
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
    Map<String, List<DocumentMentions>> byArticle = new LinkedHashMap<>();
    for (DocumentMentions dm : documents) {
      byArticle.computeIfAbsent(dm.document().articleSlug(), k -> new ArrayList<>()).add(dm);
    }
    Tracker tracker = new Tracker();
    byArticle.forEach(tracker::put);
    return tracker.snapshot();
  }

  /**
   * Cross-references kept up to date one article at a time, for rebuilds that change a few
   * articles of many: replacing an article's documents costs time in proportion to the
   * entities they mention (and those entities' backlinks), not to the size of the digest.
   * {@link CrossReferences#of} is built with it too, so both give the same result. Not
   * thread-safe.
   */
  public static final class Tracker {
    /** What one article (its body and its annotations) adds to the whole. */
    private record Contribution(
        Map<String, List<Backlink>> backlinks, Map<String, Integer> counts, Set<String> entities) {}

    private static final Contribution NONE = new Contribution(Map.of(), Map.of(), Set.of());

    private final Map<String, Contribution> articles = new HashMap<>();
    /** Each entity's backlinks by article, and the sorted list as last handed out. */
    private final Map<String, Map<String, List<Backlink>>> backlinksByArticle = new HashMap<>();
    private final Map<String, List<Backlink>> backlinks = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Map<String, Integer>> pairs = new HashMap<>();
    private final Map<String, List<Companion>> companions = new HashMap<>();
    /** Entities whose backlinks or companions changed since the last snapshot. */
    private final Set<String> unsortedBacklinks = new HashSet<>();
    private final Set<String> unsortedCompanions = new HashSet<>();

    /** Sets the documents of one article (its body and its annotations), replacing earlier ones. */
    public void put(String articleSlug, List<DocumentMentions> documents) {
      Contribution now = contribution(documents);
      Contribution before = articles.getOrDefault(articleSlug, NONE);
      articles.put(articleSlug, now);
      apply(articleSlug, before, now);
    }

    /** Removes an article and its annotations. */
    public void remove(String articleSlug) {
      Contribution before = articles.remove(articleSlug);
      if (before != null) {
        apply(articleSlug, before, NONE);
      }
    }

    /**
     * The cross-references as they stand; later changes to the tracker do not affect it. Lists
     * of entities that no change touched are the very lists of the previous snapshot.
     */
    public CrossReferences snapshot() {
      for (String key : unsortedBacklinks) {
        Map<String, List<Backlink>> byArticle = backlinksByArticle.get(key);
        if (byArticle == null) {
          backlinks.remove(key);
          continue;
        }
        List<Backlink> list = new ArrayList<>();
        byArticle.values().forEach(list::addAll);
        list.sort(NEWEST_FIRST);
        backlinks.put(key, List.copyOf(list));
      }
      unsortedBacklinks.clear();
      for (String key : unsortedCompanions) {
        Map<String, Integer> row = pairs.get(key);
        if (row == null) {
          companions.remove(key);
        } else {
          companions.put(key, top(row));
        }
      }
      unsortedCompanions.clear();
      return new CrossReferences(Map.copyOf(backlinks), Map.copyOf(companions), Map.copyOf(counts));
    }

    private static Contribution contribution(List<DocumentMentions> documents) {
      Map<String, List<Backlink>> backlinks = new HashMap<>();
      Map<String, Integer> counts = new HashMap<>();
      Set<String> entities = new LinkedHashSet<>();
      for (DocumentMentions dm : documents) {
        Map<String, List<Mention>> byEntity = new TreeMap<>();
        for (Mention m : dm.mentions()) {
          byEntity.computeIfAbsent(m.entityKey(), k -> new ArrayList<>()).add(m);
        }
        for (String listed : dm.listed()) {
          byEntity.computeIfAbsent(listed, k -> new ArrayList<>());
        }
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
              entities.add(key);
            });
      }
      return new Contribution(backlinks, counts, entities);
    }

    private void apply(String articleSlug, Contribution before, Contribution now) {
      Set<String> touched = new HashSet<>(before.backlinks().keySet());
      touched.addAll(now.backlinks().keySet());
      for (String key : touched) {
        List<Backlink> old = before.backlinks().getOrDefault(key, List.of());
        List<Backlink> added = now.backlinks().getOrDefault(key, List.of());
        if (!old.equals(added)) {
          Map<String, List<Backlink>> byArticle =
              backlinksByArticle.computeIfAbsent(key, k -> new HashMap<>());
          if (added.isEmpty()) {
            byArticle.remove(articleSlug);
          } else {
            byArticle.put(articleSlug, added);
          }
          if (byArticle.isEmpty()) {
            backlinksByArticle.remove(key);
          }
          unsortedBacklinks.add(key);
        }
        int delta =
            now.counts().getOrDefault(key, 0) - before.counts().getOrDefault(key, 0);
        if (!backlinksByArticle.containsKey(key)) {
          counts.remove(key);
        } else if (delta != 0 || !counts.containsKey(key)) {
          counts.merge(key, delta, Integer::sum);
        }
      }
      if (!before.entities().equals(now.entities())) {
        pair(before.entities(), -1);
        pair(now.entities(), 1);
        unsortedCompanions.addAll(before.entities());
        unsortedCompanions.addAll(now.entities());
      }
    }

    /** Adds (or removes, with -1) one article's pairs of entities. */
    private void pair(Set<String> keys, int sign) {
      for (String a : keys) {
        Map<String, Integer> row = pairs.computeIfAbsent(a, k -> new HashMap<>());
        for (String b : keys) {
          if (!a.equals(b)) {
            if (row.merge(b, sign, Integer::sum) == 0) {
              row.remove(b);
            }
          }
        }
        if (row.isEmpty() && sign < 0) {
          pairs.remove(a);
        }
      }
    }

    private static List<Companion> top(Map<String, Integer> row) {
      return row.entrySet().stream()
          .map(e -> new Companion(e.getKey(), e.getValue()))
          .sorted(
              Comparator.comparingInt(Companion::articles)
                  .reversed()
                  .thenComparing(Companion::entityKey))
          .limit(APPEARS_WITH_LIMIT)
          .toList();
    }
  }

  private static final Comparator<Backlink> NEWEST_FIRST =
      Comparator.comparing((Backlink b) -> b.document().date())
          .reversed()
          .thenComparing(b -> b.document().articleSlug())
          .thenComparing(b -> b.document().annotation());

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
