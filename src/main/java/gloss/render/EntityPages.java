package gloss.render;

import gloss.link.BodyText;
import gloss.link.CrossReferences;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.LinkedDataFields;
import gloss.model.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entity family: each entity's page (its description, the documents that mention it, the
 * entities it appears with), its feed of those documents, the redirects from its former URLs, and
 * each kind's index.
 */
public final class EntityPages {
  private EntityPages() {}

  /** The theme's template for entities of a kind: {@code <singular>.ftlh} when it has one. */
  public static String template(TemplateSet templates, EntityKind kind) {
    return templates.has(kind.singular() + ".ftlh") ? kind.singular() + ".ftlh" : "entity.ftlh";
  }

  /**
   * An entity's pages and redirects.
   *
   * @param descriptionHtml the description as rendered and linked
   * @param backlinks the documents that mention it, newest first
   * @param companions the entities it appears with
   */
  public static List<PageJob> of(
      PageContext context,
      Entity e,
      String template,
      String descriptionHtml,
      List<CrossReferences.Backlink> backlinks,
      List<CrossReferences.Companion> companions,
      int mentionCount) {
    String summary = firstSentence(e.description());
    String path = SitePaths.entity(e.kind(), e.slug());
    String jsonLd = context.jsonLd.entity(e, summary);
    List<Views.EntityLink> appearsWith = appearsWith(context, companions);
    List<Views.Backlink> grouped = byArticle(context, backlinks);
    List<PageJob> pages = new ArrayList<>();
    List<Paging.Slice<Views.Backlink>> slices = Paging.of(grouped, Paging.BACKLINKS, path);
    Map<String, Object> charts = charts(context, e, slices);
    String mentionSummary = mentionSummary(mentionCount, backlinks);
    for (Paging.Slice<Views.Backlink> slice : slices) {
      Views.Entity view =
          new Views.Entity(
              e.key(),
              e.slug(),
              e.kind().singular(),
              e.kind().label(),
              SitePaths.kindIndex(e.kind()),
              e.name(),
              e.aliases(),
              descriptionHtml,
              path,
              mentionCount,
              backlinks.size(),
              mentionSummary,
              slice.items(),
              slice.pager(),
              appearsWith,
              e.fields());
      Map<String, Object> model = new LinkedHashMap<>(charts);
      model.put("entity", view);
      PageJob page =
          context.page(
              new Views.Page(
                  e.name(),
                  summary,
                  slice.path(),
                  context.urls.canonical(slice.path()),
                  "entity",
                  jsonLd,
                  SitePaths.feedOf(path),
                  ""),
              model);
      pages.add(new PageJob(page.path(), template, page.model(), true));
    }
    List<Feeds.Item> mentions = new ArrayList<>();
    for (Views.Backlink b :
        backlinks(context, backlinks.subList(0, Math.min(Feeds.SIZE, backlinks.size())))) {
      mentions.add(Feeds.backlink(context, b));
    }
    pages.add(
        Feeds.of(context, path, e.name() + " in " + context.config.title(), summary, mentions));
    for (String old : e.redirectFrom()) {
      pages.add(context.redirect(SitePaths.entity(e.kind(), old), path, e.name()));
    }
    return pages;
  }

  /**
   * What an entity page shows besides its own record: {@code facts} (from its fields), {@code
   * timeline} (mentions per month, over all its pages) and, for a place with coordinates, {@code
   * locator} (a map around it).
   */
  private static Map<String, Object> charts(
      PageContext context, Entity e, List<Paging.Slice<Views.Backlink>> slices) {
    Map<String, Object> charts = new LinkedHashMap<>();
    charts.put("facts", EntityFacts.of(e));
    charts.put("timeline", MentionTimeline.of(context, slices));
    LinkedDataFields.coordinates(e.fields().get("coordinates"))
        .ifPresent(
            c ->
                charts.put(
                    "locator",
                    WorldMap.locator(e.name(), c[0], c[1], "Where " + e.name() + " is on a map")));
    return charts;
  }

  private static List<Views.Backlink> backlinks(
      PageContext context, List<CrossReferences.Backlink> found) {
    List<Views.Backlink> backlinks = new ArrayList<>();
    for (CrossReferences.Backlink b : found) {
      backlinks.add(backlink(context, b, List.of()));
    }
    return backlinks;
  }

  private static Views.Backlink backlink(
      PageContext context, CrossReferences.Backlink b, List<Views.Backlink> notes) {
    CrossReferences.Document d = b.document();
    String page = SitePaths.article(d.articleSlug());
    String target = d.isAnnotation() ? page + "#note-" + d.annotation() : page;
    // One sentence a document, its first mention's, cut close around the name: the rest of the
    // document's mentions are counted, not quoted, so that a page does not grow with them.
    List<Views.Context> contexts =
        b.contexts().stream()
            .limit(1)
            .map(
                m ->
                    new Views.Context(
                        trimBefore(m.before()),
                        m.text(),
                        trimAfter(m.after()),
                        page + "#" + m.id()))
            .toList();
    return new Views.Backlink(
        d.title(),
        target,
        d.date().toString(),
        context.display(d.date()),
        d.isAnnotation(),
        d.author(),
        b.count(),
        contexts,
        !d.isAnnotation() && b.count() == 0,
        notes);
  }

  /**
   * The backlinks as an entity page shows them: one entry per article, newest first, with the notes
   * on that article that mention the entity under it (an article whose body does not mention the
   * entity still heads its notes, with no mentions of its own).
   */
  private static List<Views.Backlink> byArticle(
      PageContext context, List<CrossReferences.Backlink> found) {
    Map<String, CrossReferences.Backlink> articles = new LinkedHashMap<>();
    Map<String, List<Views.Backlink>> notes = new LinkedHashMap<>();
    for (CrossReferences.Backlink b : found) {
      CrossReferences.Document d = b.document();
      String slug = d.articleSlug();
      if (d.isAnnotation()) {
        notes.computeIfAbsent(slug, k -> new ArrayList<>()).add(backlink(context, b, List.of()));
        articles.putIfAbsent(slug, null);
      } else {
        articles.put(slug, b);
      }
    }
    List<Views.Backlink> grouped = new ArrayList<>();
    articles.forEach(
        (slug, article) -> {
          List<Views.Backlink> onIt = notes.getOrDefault(slug, List.of());
          if (article != null) {
            grouped.add(backlink(context, article, onIt));
          } else {
            Views.Backlink first = onIt.get(0);
            String page = SitePaths.article(slug);
            grouped.add(
                new Views.Backlink(
                    first.title(),
                    page,
                    first.date(),
                    first.dateDisplay(),
                    false,
                    "",
                    0,
                    List.of(),
                    false,
                    onIt));
          }
        });
    // An article stands where its newest mention is; its month heading is its own date's, so the
    // list is put in date order again to keep each month's articles under one heading.
    grouped.sort(Comparator.comparing(Views.Backlink::date).reversed());
    return grouped;
  }

  /** How much of a sentence a backlink quotes on either side of the mention, in characters. */
  static final int CONTEXT_CHARS = 80;

  /** The end of the text before a mention, at most {@link #CONTEXT_CHARS}, from a word's start. */
  static String trimBefore(String before) {
    if (before.length() <= CONTEXT_CHARS) {
      return before;
    }
    int from = before.length() - CONTEXT_CHARS;
    int space = before.indexOf(' ', from);
    if (space >= 0) {
      from = space + 1;
    } else if (Character.isLowSurrogate(before.charAt(from))) {
      from++;
    }
    return "…" + before.substring(from);
  }

  /** The start of the text after a mention, at most {@link #CONTEXT_CHARS}, to a word's end. */
  static String trimAfter(String after) {
    if (after.length() <= CONTEXT_CHARS) {
      return after;
    }
    int to = after.lastIndexOf(' ', CONTEXT_CHARS);
    if (to <= 0) {
      to =
          Character.isLowSurrogate(after.charAt(CONTEXT_CHARS)) ? CONTEXT_CHARS - 1 : CONTEXT_CHARS;
    }
    return after.substring(0, to).stripTrailing() + "…";
  }

  /** The counts in plain words: "Mentioned 3 times, in 1 article and 1 note". */
  static String mentionSummary(int mentionCount, List<CrossReferences.Backlink> backlinks) {
    int articles = 0;
    int notes = 0;
    int listedOnly = 0;
    for (CrossReferences.Backlink b : backlinks) {
      if (b.count() == 0) {
        listedOnly++;
      } else if (b.document().isAnnotation()) {
        notes++;
      } else {
        articles++;
      }
    }
    List<String> where = new ArrayList<>();
    if (articles > 0) where.add(count(articles, "article", "articles"));
    if (notes > 0) where.add(count(notes, "note", "notes"));
    String said =
        mentionCount == 0
            ? ""
            : "Mentioned "
                + (mentionCount == 1 ? "once" : mentionCount + " times")
                + ", in "
                + String.join(" and ", where);
    String listed =
        listedOnly == 0
            ? ""
            : "listed in " + count(listedOnly, "article", "articles") + ", not quoted";
    if (said.isEmpty() && listed.isEmpty()) {
      return "Not mentioned yet";
    }
    if (said.isEmpty()) {
      return Character.toUpperCase(listed.charAt(0)) + listed.substring(1);
    }
    return listed.isEmpty() ? said : said + "; " + listed;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** How many entities "Appears with" lists. */
  static final int APPEARS_WITH_LIMIT = 12;

  /**
   * The entities to list under "Appears with": most shared articles first, then by name; each kind
   * keeps an equal share of the places while it has candidates, so that with equal counts places
   * are not crowded out by people (or the other way round).
   */
  static List<Views.EntityLink> appearsWith(
      PageContext context, List<CrossReferences.Companion> companions) {
    Comparator<CrossReferences.Companion> ranking =
        Comparator.comparingInt(CrossReferences.Companion::articles)
            .reversed()
            .thenComparing(c -> context.entities.get(c.entityKey()).name())
            .thenComparing(CrossReferences.Companion::entityKey);
    List<CrossReferences.Companion> ranked =
        companions.stream()
            .filter(c -> context.entities.containsKey(c.entityKey()))
            .sorted(ranking)
            .toList();
    Map<EntityKind, Integer> perKind = new HashMap<>();
    ranked.forEach(c -> perKind.merge(context.entities.get(c.entityKey()).kind(), 1, Integer::sum));
    int share = perKind.isEmpty() ? 0 : Math.max(1, APPEARS_WITH_LIMIT / perKind.size());
    Set<CrossReferences.Companion> chosen = new LinkedHashSet<>();
    Map<EntityKind, Integer> taken = new HashMap<>();
    for (CrossReferences.Companion c : ranked) {
      EntityKind kind = context.entities.get(c.entityKey()).kind();
      if (chosen.size() < APPEARS_WITH_LIMIT && taken.getOrDefault(kind, 0) < share) {
        chosen.add(c);
        taken.merge(kind, 1, Integer::sum);
      }
    }
    for (CrossReferences.Companion c : ranked) {
      if (chosen.size() < APPEARS_WITH_LIMIT) {
        chosen.add(c);
      }
    }
    return chosen.stream()
        .sorted(ranking)
        .map(c -> context.link(context.entities.get(c.entityKey()), c.articles()))
        .toList();
  }

  /** What search finds of an entity: its name and aliases (weighted up) and its description. */
  public static SearchIndex.Entry search(Entity e, String descriptionHtml) {
    List<String> names = new java.util.ArrayList<>();
    names.add(e.name());
    names.addAll(e.aliases());
    String text = BodyText.of(descriptionHtml).text();
    if (!e.aliases().isEmpty()) {
      text = "Also known as " + String.join(", ", e.aliases()) + ". " + text;
    }
    return SearchIndex.Entry.of(
        "entity:" + e.key(),
        List.of(
            new SearchDocument(
                "entity:" + e.key(),
                e.kind().singular().toLowerCase(java.util.Locale.ROOT),
                e.name(),
                SitePaths.entity(e.kind(), e.slug()),
                "",
                text.strip(),
                List.of(),
                List.of(
                    new SearchDocument.Field(String.join(" ", names), SearchDocument.NAME),
                    new SearchDocument.Field(e.kind().singular(), SearchDocument.META)),
                names,
                List.of())));
  }

  /** Every entity as a link with its mention count, by kind in configured order, then by name. */
  public static List<Views.EntityLink> links(
      PageContext context, List<Entity> entities, CrossReferences references) {
    List<Views.EntityLink> all = new ArrayList<>();
    for (EntityKind kind : context.config.entityKinds()) {
      entities.stream()
          .filter(e -> e.kind().equals(kind))
          .map(e -> context.link(e, references.mentionCount(e.key())))
          .sorted(Comparator.comparing(Views.EntityLink::name).thenComparing(Views.EntityLink::key))
          .forEach(all::add);
    }
    return all;
  }

  /** Each kind's index pages ({@link Paging#INDEX} entities a page), from {@link #links}. */
  public static List<PageJob> indexes(PageContext context, List<Views.EntityLink> links) {
    List<PageJob> pages = new ArrayList<>();
    for (Views.Kind kind : context.site.kinds()) {
      List<Views.EntityLink> members =
          links.stream().filter(l -> l.key().startsWith(kind.key() + "/")).toList();
      Map<String, Object> atlas = atlas(context, kind, members);
      for (Paging.Slice<Views.EntityLink> slice : Paging.of(members, Paging.INDEX, kind.url())) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kind", kind);
        model.put("entities", slice.items());
        model.put("pager", slice.pager());
        if (slice.pager().number() == 1) {
          model.putAll(atlas);
        }
        pages.add(context.page(kind.label(), "", slice.path(), "entities", model));
      }
    }
    return pages;
  }

  /**
   * For a kind some of whose entities have coordinates, on its index's first page: {@code map}, a
   * dot for each of them sized by mentions, and {@code unmapped}, the others.
   */
  private static Map<String, Object> atlas(
      PageContext context, Views.Kind kind, List<Views.EntityLink> members) {
    List<WorldMap.Place> places = new ArrayList<>();
    List<Views.EntityLink> unmapped = new ArrayList<>();
    for (Views.EntityLink link : members) {
      Entity e = context.entities.get(link.key());
      LinkedDataFields.coordinates(e.fields().get("coordinates"))
          .ifPresentOrElse(
              c ->
                  places.add(new WorldMap.Place(link.name(), link.url(), link.count(), c[0], c[1])),
              () -> unmapped.add(link));
    }
    if (places.isEmpty()) {
      return Map.of();
    }
    return Map.of(
        "map",
        WorldMap.world(places, kind.label() + " on a world map, sized by mentions"),
        "unmapped",
        List.copyOf(unmapped));
  }

  /** A plain-text first sentence of Markdown, for meta descriptions. */
  private static String firstSentence(String markdown) {
    String text =
        markdown.replaceAll("[*_`#>\\[\\]]|\\([^)]*\\)", "").strip().replaceAll("\\s+", " ");
    int stop = text.indexOf(". ");
    return stop > 0 ? text.substring(0, stop + 1) : text;
  }
}
