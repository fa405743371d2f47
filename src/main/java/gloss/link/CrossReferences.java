package gloss.link;

import gloss.model.Annotation;
import gloss.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who mentions whom, across the whole digest: each entity's backlinks (newest first) and the
 * entities it appears with most often. Each article adds a {@link Contribution} (its body's and its
 * annotations' mentions, with at most {@link #CONTEXTS_PER_DOCUMENT} contexts per document), so
 * that the linked article itself can be dropped once it is summarised. Built in time linear in the
 * mentions plus the pairs of entities that share an article.
 */
public final class CrossReferences {
  /** How many mention contexts a backlink keeps per document: entity pages and feeds quote one. */
  static final int CONTEXTS_PER_DOCUMENT = 1;

  /**
   * A document that can mention entities: an article body ({@code annotation} empty) or one
   * annotation on it; {@code title} is the article's title either way.
   */
  public record Document(
      String articleSlug, String annotation, String title, String author, LocalDate date) {

    public boolean isAnnotation() {
      return !annotation.isEmpty();
    }
  }

  /** One document that mentions an entity, with its first mention as context. */
  public record Backlink(Document document, List<Mention> contexts, int count) {}

  /** An entity that shares articles with another, and how many. */
  public record Companion(String entityKey, int articles) {}

  /**
   * What one article (its body and its annotations) adds to the whole: its backlinks and mention
   * counts by entity, and the entities it mentions or lists.
   */
  public record Contribution(
      String articleSlug,
      Map<String, List<Backlink>> backlinks,
      Map<String, Integer> counts,
      Set<String> entities) {

    public Contribution {
      backlinks = Map.copyOf(backlinks);
      counts = Map.copyOf(counts);
      entities = Collections.unmodifiableSet(new LinkedHashSet<>(entities));
    }

    /** The contribution of a linked article. */
    public static Contribution of(LinkedArticle linked) {
      Article article = linked.article();
      Map<String, List<Backlink>> backlinks = new HashMap<>();
      Map<String, Integer> counts = new HashMap<>();
      Set<String> entities = new LinkedHashSet<>();
      add(
          new Document(article.slug(), "", article.title(), "", article.date()),
          linked.mentions(),
          article.listedEntities(),
          backlinks,
          counts,
          entities);
      for (LinkedAnnotation la : linked.annotations()) {
        Annotation an = la.annotation();
        add(
            new Document(article.slug(), an.name(), article.title(), an.author(), an.date()),
            la.mentions(),
            List.of(),
            backlinks,
            counts,
            entities);
      }
      return new Contribution(article.slug(), backlinks, counts, entities);
    }

    private static void add(
        Document document,
        List<Mention> mentions,
        List<String> listed,
        Map<String, List<Backlink>> backlinks,
        Map<String, Integer> counts,
        Set<String> entities) {
      Map<String, List<Mention>> byEntity = new TreeMap<>();
      for (Mention m : mentions) {
        byEntity.computeIfAbsent(m.entityKey(), k -> new ArrayList<>()).add(m);
      }
      for (String key : listed) {
        byEntity.computeIfAbsent(key, k -> new ArrayList<>());
      }
      byEntity.forEach(
          (key, found) -> {
            int n = found.size();
            backlinks
                .computeIfAbsent(key, k -> new ArrayList<>())
                .add(
                    new Backlink(
                        document,
                        List.copyOf(found.subList(0, Math.min(n, CONTEXTS_PER_DOCUMENT))),
                        n));
            counts.merge(key, n, Integer::sum);
            entities.add(key);
          });
    }
  }

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

  /** The cross-references of the whole digest, from every article's contribution. */
  public static CrossReferences of(Collection<Contribution> contributions) {
    Tracker tracker = new Tracker();
    contributions.forEach(tracker::put);
    return tracker.snapshot();
  }

  /**
   * Cross-references that follow a digest one article at a time: replacing an article's
   * contribution costs time in proportion to the entities it mentions (and those entities'
   * backlinks), not to the size of the digest. {@link CrossReferences#of} is built with it too, so
   * both give the same result. Not thread-safe.
   */
  public static final class Tracker {
    private static final Contribution NONE = new Contribution("", Map.of(), Map.of(), Set.of());

    private final Map<String, Contribution> articles = new HashMap<>();

    /** Each entity's backlinks by article, and the sorted list as handed out in a snapshot. */
    private final Map<String, Map<String, List<Backlink>>> backlinksByArticle = new HashMap<>();

    private final Map<String, List<Backlink>> backlinks = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Map<String, Integer>> pairs = new HashMap<>();
    private final Map<String, List<Companion>> companions = new HashMap<>();

    /** Entities whose backlinks or companions changed since the snapshot before. */
    private final Set<String> unsortedBacklinks = new HashSet<>();

    private final Set<String> unsortedCompanions = new HashSet<>();

    /** Sets the contribution of one article, replacing the one it had. */
    public void put(Contribution contribution) {
      String slug = contribution.articleSlug();
      Contribution before = articles.getOrDefault(slug, NONE);
      articles.put(slug, contribution);
      apply(slug, before, contribution);
    }

    /** Removes an article and its annotations. */
    public void remove(String articleSlug) {
      Contribution before = articles.remove(articleSlug);
      if (before != null) {
        apply(articleSlug, before, NONE);
      }
    }

    /**
     * The cross-references as they stand; later changes to the tracker do not affect it. Lists of
     * entities that no change touched are the very lists of the snapshot before.
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
        int delta = now.counts().getOrDefault(key, 0) - before.counts().getOrDefault(key, 0);
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

  /**
   * Every entity that shares an article with this one, most shared articles first (then by key, so
   * the order is stable); pages choose which to show.
   */
  public List<Companion> appearsWith(String entityKey) {
    return companions.getOrDefault(entityKey, List.of());
  }

  /** Mentions in text across the digest (front-matter listings do not count). */
  public int mentionCount(String entityKey) {
    return mentionCounts.getOrDefault(entityKey, 0);
  }
}
