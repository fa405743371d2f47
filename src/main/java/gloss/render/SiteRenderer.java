package gloss.render;

import gloss.diag.Diagnostics;
import gloss.link.Anchor;
import gloss.link.CrossReferences;
import gloss.link.LinkedAnnotation;
import gloss.link.LinkedArticle;
import gloss.link.Mention;
import gloss.link.TextFragments;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.SiteConfig;
import gloss.model.SitePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the linked digest into pages: prepares each page's view records and runs the theme's
 * template for it. Pages render in parallel; each goes to the sink as soon as it is done.
 */
public final class SiteRenderer {
  /** How many articles the feed carries. */
  static final int FEED_SIZE = 20;

  private final TemplateSet templates;
  private final SiteConfig config;
  private final Map<String, Entity> entities;
  private final DateTimeFormatter dateFormat;
  private Views.Site site;
  private final JsonLd jsonLd;

  public SiteRenderer(TemplateSet templates, SiteConfig config, List<Entity> entities) {
    this.templates = templates;
    this.config = config;
    this.entities = new HashMap<>();
    entities.forEach(e -> this.entities.put(e.key(), e));
    this.jsonLd = new JsonLd(config, this.entities);
    Locale locale = Locale.forLanguageTag(config.language().isBlank() ? "en" : config.language());
    this.dateFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    Map<String, Long> counts =
        entities.stream().collect(Collectors.groupingBy(e -> e.kind().key(), Collectors.counting()));
    this.site =
        new Views.Site(
            config.title(),
            config.description(),
            config.baseUrl(),
            config.basePath(),
            config.language(),
            config.entityKinds().stream()
                .map(
                    k ->
                        new Views.Kind(
                            k.key(), k.singular(), k.label(), SitePaths.kindIndex(k),
                            counts.getOrDefault(k.key(), 0L).intValue()))
                .toList(),
            config.fields());
  }

  /** Everything the renderer needs from the earlier stages. */
  public record Input(
      List<LinkedArticle> articles,
      Map<String, String> descriptions,
      CrossReferences references) {}

  /** Renders every page of the site into the sink; returns the number of files written. */
  public int render(Input input, PageSink target, Diagnostics diagnostics) {
    return render(input, target, diagnostics, new RenderCache());
  }

  /**
   * Renders every page of the site into the sink, running a template only for pages whose
   * model or template changed since {@code cache} last saw them; the other pages get the bytes
   * they had, so the sink always receives the whole site. Returns the number of files written.
   */
  public int render(Input input, PageSink target, Diagnostics diagnostics, RenderCache cache) {
    cache.useContext(new RenderCache.ViewContext(config, entityLinks(), linkedData()));
    if (site.equals(cache.site)) {
      site = cache.site;
    } else {
      cache.site = site;
      cache.jobs = new IdentityHashMap<>();
      cache.articleJobs = new ViewMemo<>();
    }
    // Jobs of pages whose view is the very one of the last render (so the same model).
    Map<Object, Object> previousJobs = cache.jobs;
    Map<Object, Object> nextJobs = new IdentityHashMap<>();
    int expected = Math.max(16, cache.pages.size() + cache.pages.size() / 8);
    Map<String, RenderCache.PageState> rendered = new ConcurrentHashMap<>(expected);
    AtomicInteger pages = new AtomicInteger();
    Set<String> htmlPages = ConcurrentHashMap.newKeySet(expected);
    // Pages are added to the sitemap as they are emitted (see emit); redirects are left out.
    PageSink sink =
        (path, bytes) -> {
          target.write(path, bytes);
          pages.incrementAndGet();
        };
    Map<String, LinkedArticle> bySlug = new HashMap<>();
    input.articles().forEach(a -> bySlug.put(a.article().slug(), a));
    List<LinkedArticle> newestFirst = newestFirst(input.articles(), bySlug, cache);
    List<Job> jobs = new ArrayList<>();

    List<RenderCache.ArticleOutput> articleOutputs =
        cache.articleViews.of(
            input.articles(),
            a -> new RenderCache.ArticleOutput(
                articleView(a),
                jsonLd.article(a, a.article().summary()),
                AnnotationCollection.of(a, config.baseUrl(), config.language())));
    jobs.addAll(cache.articleJobs.of(articleOutputs, out -> new Job(out.view().url(), "article.ftlh",
        page(out.view().title(), out.view().summary(), out.view().url(), "article", out.jsonLd(),
            Map.of("article", out.view())))));
    List<Job> redirects = new ArrayList<>();
    for (LinkedArticle a : input.articles()) {
      for (String old : a.article().redirectFrom()) {
        redirects.add(redirect(SitePaths.article(old), SitePaths.article(a.article().slug()),
            a.article().title()));
      }
    }

    Map<String, RenderCache.EntityViewState> entityViews = new ConcurrentHashMap<>();
    Map<String, RenderCache.EntityViewState> previousEntityViews = cache.entityViews;
    Map<EntityKind, String> entityTemplates = new HashMap<>();
    entities.values().forEach(e -> entityTemplates.computeIfAbsent(e.kind(),
        k -> templates.has(k.singular() + ".ftlh") ? k.singular() + ".ftlh" : "entity.ftlh"));
    List<Entity> stale = new ArrayList<>();
    Map<String, List<Object>> entityInputs = new HashMap<>();
    for (Entity e : entities.values()) {
      List<Object> inputs =
          List.of(
              e,
              input.descriptions().getOrDefault(e.key(), ""),
              input.references().backlinks(e.key()),
              input.references().appearsWith(e.key()),
              input.references().mentionCount(e.key()));
      RenderCache.EntityViewState state = previousEntityViews.get(e.key());
      if (state != null && state.inputs().equals(inputs)) {
        entityViews.put(e.key(), state);
      } else {
        stale.add(e);
        entityInputs.put(e.key(), inputs);
      }
    }
    stale.parallelStream()
        .forEach(e -> entityViews.put(e.key(), new RenderCache.EntityViewState(
            entityInputs.get(e.key()), entityView(e, input, bySlug), firstSentence(e.description()),
            jsonLd.entity(e, firstSentence(e.description())))));
    List<Job> entityJobs = new ArrayList<>();
    for (Entity e : entities.values()) {
      RenderCache.EntityViewState state = entityViews.get(e.key());
      Job job = (Job) previousJobs.get(state);
      if (job == null || !job.template().equals(entityTemplates.get(e.kind()))) {
        String path = SitePaths.entity(e.kind(), e.slug());
        job = new Job(path, entityTemplates.get(e.kind()),
            page(e.name(), state.summary(), path, "entity", state.jsonLd(),
                Map.of("entity", state.view())));
      }
      nextJobs.put(state, job);
      entityJobs.add(job);
      for (String old : e.redirectFrom()) {
        redirects.add(redirect(SitePaths.entity(e.kind(), old), job.path(), e.name()));
      }
    }
    cache.entityViews = entityViews;
    jobs.addAll(entityJobs);

    List<Views.EntityLink> allEntities = new ArrayList<>();
    for (EntityKind kind : config.entityKinds()) {
      List<Views.EntityLink> members =
          entities.values().stream()
              .filter(e -> e.kind().equals(kind))
              .map(e -> link(e, input.references().mentionCount(e.key())))
              .sorted(Comparator.comparing(Views.EntityLink::name).thenComparing(Views.EntityLink::key))
              .toList();
      allEntities.addAll(members);
      String path = SitePaths.kindIndex(kind);
      Views.Kind kindView =
          site.kinds().stream().filter(k -> k.key().equals(kind.key())).findFirst().orElseThrow();
      jobs.add(new Job(path, "entities.ftlh",
          page(kind.label(), "", path, "entities", Map.of("kind", kindView, "entities", members))));
    }

    List<Views.ArticleCard> cards = cache.cards.of(newestFirst, this::card);
    int pageCount = Math.max(1, (cards.size() + config.pageSize() - 1) / config.pageSize());
    for (int n = 1; n <= pageCount; n++) {
      String path = SitePaths.homePage(n);
      List<Views.ArticleCard> slice =
          cards.subList((n - 1) * config.pageSize(), Math.min(cards.size(), n * config.pageSize()));
      Views.Pager pager =
          new Views.Pager(
              n, pageCount, n > 1 ? SitePaths.homePage(n - 1) : "",
              n < pageCount ? SitePaths.homePage(n + 1) : "");
      jobs.add(new Job(path, "index.ftlh",
          page(config.title(), config.description(), path, "home",
              Map.of("articles", slice, "pager", pager))));
    }

    List<Views.Author> authors = authorJobs(input.articles(), cache, jobs);
    jobs.add(new Job("search/index.html", "search.ftlh",
        page("Search", "Search articles, people, places, organizations and notes", "search/index.html", "search",
            Map.of())));

    jobs.add(new Job("404.html", "404.ftlh",
        page("Page not found", "", "404.html", "404", Map.of())));
    jobs.add(new Job("feed.xml", "feed.ftlx",
        page(config.title(), config.description(), "feed.xml", "feed",
            Map.of(
                "articles", cards.subList(0, Math.min(FEED_SIZE, cards.size())),
                "updated", newestFirst.isEmpty() ? "1970-01-01" : newestFirst.get(0).article().date().toString()))));

    jobs.addAll(redirects);
    cache.jobs = nextJobs;
    List<Job> changed = new ArrayList<>();
    for (Job job : jobs) {
      RenderCache.PageState state = unchanged(job, cache);
      if (state == null) {
        changed.add(job);
      } else {
        emit(job, state, rendered, sink, htmlPages);
      }
    }
    changed.parallelStream().forEach(job -> run(job, cache, rendered, sink, htmlPages, diagnostics));
    writeFiles(articleOutputs, cards, allEntities, authors, cache, sink);

    if (!htmlPages.equals(cache.sitemapPaths)) {
      cache.sitemapPaths = Set.copyOf(htmlPages);
      cache.sitemap =
          htmlPages.stream()
              .sorted()
              .map(p -> new Views.SitemapEntry(config.baseUrl() + SitePaths.pretty(p)))
              .toList();
    }
    List<Views.SitemapEntry> sitemap = cache.sitemap;
    run(new Job("sitemap.xml", "sitemap.ftlx",
        page(config.title(), "", "sitemap.xml", "sitemap", Map.of("entries", sitemap))),
        cache, rendered, sink, htmlPages, diagnostics);
    cache.pages = rendered;
    return pages.get();
  }

  /**
   * The articles newest first (then by slug): the last render's order when no article was
   * added, removed or re-dated, so that an edit does not sort the whole digest again.
   */
  private static List<LinkedArticle> newestFirst(
      List<LinkedArticle> articles, Map<String, LinkedArticle> bySlug, RenderCache cache) {
    List<LinkedArticle> before = cache.orderedFrom;
    if (before != null && before.size() == articles.size()) {
      List<LinkedArticle> ordered = new ArrayList<>(cache.order);
      boolean same = true;
      for (int i = 0; same && i < articles.size(); i++) {
        LinkedArticle now = articles.get(i);
        LinkedArticle old = before.get(i);
        if (now != old) {
          same = now.article().slug().equals(old.article().slug())
              && now.article().date().equals(old.article().date());
          if (same) {
            ordered.set(cache.orderIndex.get(now.article().slug()), now);
          }
        }
      }
      if (same) {
        cache.orderedFrom = articles;
        cache.order = ordered;
        return ordered;
      }
    }
    List<LinkedArticle> ordered =
        articles.stream()
            .sorted(
                Comparator.comparing((LinkedArticle a) -> a.article().date())
                    .reversed()
                    .thenComparing(a -> a.article().slug()))
            .toList();
    cache.orderedFrom = articles;
    cache.order = ordered;
    cache.orderIndex = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      cache.orderIndex.put(ordered.get(i).article().slug(), i);
    }
    return ordered;
  }

  /** One page to render: where it goes, with which template and model. */
  record Job(String path, String template, Map<String, Object> model, boolean listed) {
    Job(String path, String template, Map<String, Object> model) {
      this(path, template, model, true);
    }
  }

  /** Replaces an article's notes in its authors' lists, marking those authors for assembly. */
  private void noteAuthors(LinkedArticle a, RenderCache.Authors state, Set<String> dirty) {
    String slug = a.article().slug();
    state.forget(slug, dirty);
    List<RenderCache.AuthorNote> notes = new ArrayList<>();
    for (LinkedAnnotation la : a.annotations()) {
      RenderCache.AuthorNote n = new RenderCache.AuthorNote(la.annotation(), note(a, la, List.of()));
      notes.add(n);
      state.byAuthor
          .computeIfAbsent(n.annotation().handle(), h -> new HashMap<>())
          .computeIfAbsent(slug, k -> new ArrayList<>())
          .add(n);
      dirty.add(n.annotation().handle());
    }
    state.bySlug.put(slug, notes);
    state.seen.put(slug, a);
  }

  /** For each entity, what links to it show; cached views depend on it. */
  private Map<String, Object> entityLinks() {
    Map<String, Object> links = new HashMap<>();
    entities.values().forEach(e -> links.put(e.key(), link(e, 0)));
    return links;
  }

  /**
   * Contributor pages. Each author's notes are kept per article between renders, so only the
   * authors of articles that changed are assembled again.
   */
  private List<Views.Author> authorJobs(List<LinkedArticle> articles, RenderCache cache, List<Job> jobs) {
    RenderCache.Authors state = cache.authorNotes;
    Set<String> dirty = new HashSet<>();
    List<Integer> changed = new ArrayList<>();
    boolean aligned = state.from != null && state.from.size() == articles.size();
    for (int i = 0; aligned && i < articles.size(); i++) {
      LinkedArticle now = articles.get(i);
      LinkedArticle old = state.from.get(i);
      if (now != old) {
        aligned = now.article().slug().equals(old.article().slug());
        changed.add(i);
      }
    }
    if (aligned) {
      // The same articles in the same places: only the changed ones are looked at.
      for (int i : changed) {
        noteAuthors(articles.get(i), state, dirty);
      }
    } else {
      Set<String> present = new HashSet<>();
      for (LinkedArticle a : articles) {
        present.add(a.article().slug());
        if (state.seen.get(a.article().slug()) != a) {
          noteAuthors(a, state, dirty);
        }
      }
      for (String slug : new ArrayList<>(state.seen.keySet())) {
        if (!present.contains(slug)) {
          state.forget(slug, dirty);
          state.seen.remove(slug);
        }
      }
    }
    state.from = articles;
    Comparator<LinkedArticle> newestFirst =
        Comparator.comparing((LinkedArticle a) -> a.article().date())
            .reversed()
            .thenComparing(a -> a.article().slug());
    for (String handle : dirty) {
      Map<String, List<RenderCache.AuthorNote>> bySlug = state.byAuthor.get(handle);
      if (bySlug == null || bySlug.isEmpty()) {
        state.byAuthor.remove(handle);
        state.views.remove(handle);
        continue;
      }
      String firstSlug =
          bySlug.keySet().stream().min(Comparator.comparing(state.seen::get, newestFirst)).orElseThrow();
      Annotation first = bySlug.get(firstSlug).get(0).annotation();
      List<Views.Note> sorted = new ArrayList<>();
      bySlug.values().forEach(list -> list.forEach(n -> sorted.add(n.note())));
      sorted.sort(Comparator.comparing(Views.Note::date).reversed().thenComparing(Views.Note::articleSlug).thenComparing(Views.Note::id));
      state.views.put(handle,
          new Views.Author(handle, first.author(), SitePaths.author(handle), first.authorUrl(), sorted));
    }
    List<Views.Author> authors = new ArrayList<>(state.views.values());
    for (Views.Author author : authors) {
      jobs.add(new Job(author.url(), "author.ftlh",
          page(author.name(), "Annotations by " + author.name(), author.url(), "author", Map.of("author", author))));
    }
    jobs.add(new Job(SitePaths.authors(), "authors.ftlh",
        page("Contributors", "", SitePaths.authors(), "authors", Map.of("authors", authors))));
    return authors;
  }

  /**
   * A redirect page at a former URL. Redirects are not pages of their own, so the sitemap
   * leaves them out.
   */
  private Job redirect(String from, String to, String title) {
    String canonical = config.baseUrl() + SitePaths.pretty(to);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("site", site);
    model.put("page", new Views.Page(title, "", from, canonical, "redirect"));
    model.put("root", SitePaths.rootFrom(from));
    model.put("redirect", new Views.Redirect(to, canonical, title));
    return new Job(from, "redirect.ftlh", model, false);
  }

  private Map<String, Object> page(
      String title, String description, String path, String type, Map<String, Object> extra) {
    return page(title, description, path, type, "", extra);
  }

  private Map<String, Object> page(
      String title, String description, String path, String type, String jsonLd,
      Map<String, Object> extra) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("site", site);
    model.put(
        "page",
        new Views.Page(
            title, description, path, config.baseUrl() + SitePaths.pretty(path), type, jsonLd));
    // 404.html is served for missing paths at any depth, so its links start from the base path.
    model.put("root", path.equals("404.html") ? config.basePath() : SitePaths.rootFrom(path));
    model.putAll(extra);
    return model;
  }

  /**
   * Renders one page, or takes its bytes from the cache when its template and model are those
   * of the last render; a page whose template fails is left out and not cached.
   */
  private void run(
      Job job,
      RenderCache cache,
      Map<String, RenderCache.PageState> rendered,
      PageSink sink,
      Set<String> htmlPages,
      Diagnostics diagnostics) {
    RenderCache.PageState state = unchanged(job, cache);
    if (state == null) {
      Optional<String> html = templates.render(job.template(), job.model(), diagnostics);
      if (html.isEmpty()) {
        return;
      }
      state =
          new RenderCache.PageState(
              job.template(),
              templates.fingerprint(job.template()),
              job.model(),
              html.get().getBytes(StandardCharsets.UTF_8));
    }
    emit(job, state, rendered, sink, htmlPages);
  }

  /** The page as last rendered, when its template and model are still the same; else null. */
  private RenderCache.PageState unchanged(Job job, RenderCache cache) {
    RenderCache.PageState state = cache.pages.get(job.path());
    if (state != null
        && state.model() == job.model()
        && state.fingerprint().equals(templates.fingerprint(job.template()))) {
      return state;
    }
    if (state != null
        && state.template().equals(job.template())
        && state.fingerprint().equals(templates.fingerprint(job.template()))
        && state.model().equals(job.model())) {
      return state;
    }
    return null;
  }

  private static void emit(
      Job job,
      RenderCache.PageState state,
      Map<String, RenderCache.PageState> rendered,
      PageSink sink,
      Set<String> htmlPages) {
    rendered.put(job.path(), state);
    if (job.listed() && job.path().endsWith(".html") && !job.path().equals("404.html")) {
      htmlPages.add(job.path());
    }
    try {
      sink.write(job.path(), state.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The files that are not pages: each article's annotation collection (kept with its view)
   * and the search index, written again only when its cards, entities or authors changed.
   */
  private static void writeFiles(
      List<RenderCache.ArticleOutput> articles,
      List<Views.ArticleCard> cards,
      List<Views.EntityLink> allEntities,
      List<Views.Author> authors,
      RenderCache cache,
      PageSink sink) {
    try {
      for (RenderCache.ArticleOutput out : articles) {
        sink.write(SitePaths.annotations(out.view().slug()), out.annotations());
      }
      List<Object> searchInputs = List.of(cards, allEntities, authors);
      if (cache.searchIndex == null || !searchInputs.equals(cache.searchInputs)) {
        cache.searchInputs = searchInputs;
        cache.searchIndex = SearchIndex.of(cards, allEntities, authors);
      }
      sink.write("search-index.js", cache.searchIndex);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What article JSON-LD reads from entities beyond the links to them: names and identifiers. */
  private Map<String, Object> linkedData() {
    Map<String, Object> data = new HashMap<>();
    entities.values().forEach(e -> data.put(e.key(), java.util.Arrays.asList(
        e.name(), e.aliases(), e.fields().get("wikidata"), e.fields().get("wikipedia"))));
    return data;
  }

  private String display(LocalDate date) {
    return dateFormat.format(date);
  }

  private Views.EntityLink link(Entity e, int count) {
    return new Views.EntityLink(
        e.key(), e.kind().singular(), e.kind().label(), e.name(), SitePaths.entity(e.kind(), e.slug()), count);
  }

  /** Entities of an article and its annotations, grouped by kind in configured order. */
  private List<Views.EntityGroup> entityGroups(LinkedArticle a) {
    Map<String, Integer> counts = new HashMap<>();
    a.mentions().forEach(m -> counts.merge(m.entityKey(), 1, Integer::sum));
    a.annotations().forEach(an -> an.mentions().forEach(m -> counts.merge(m.entityKey(), 1, Integer::sum)));
    a.article().listedEntities().forEach(k -> counts.putIfAbsent(k, 0));
    List<Views.EntityGroup> groups = new ArrayList<>();
    for (EntityKind kind : config.entityKinds()) {
      List<Views.EntityLink> links =
          counts.entrySet().stream()
              .map(e -> entities.get(e.getKey()))
              .filter(e -> e != null && e.kind().equals(kind))
              .map(e -> link(e, counts.get(e.key())))
              .sorted(Comparator.comparingInt(Views.EntityLink::count).reversed().thenComparing(Views.EntityLink::name))
              .toList();
      if (!links.isEmpty()) {
        groups.add(new Views.EntityGroup(kind.key(), kind.label(), links));
      }
    }
    return groups;
  }

  private Views.ArticleCard card(LinkedArticle a) {
    Article art = a.article();
    String url = SitePaths.article(art.slug());
    List<Views.EntityLink> mentioned =
        entityGroups(a).stream().flatMap(g -> g.entities().stream()).toList();
    return new Views.ArticleCard(
        art.slug(), url, config.baseUrl() + SitePaths.pretty(url), art.title(), art.date().toString(),
        display(art.date()), art.source(), art.summary(), a.annotations().size(), mentioned);
  }

  private Views.Article articleView(LinkedArticle a) {
    Article art = a.article();
    Map<String, List<LinkedAnnotation>> replies = new HashMap<>();
    List<LinkedAnnotation> anchored = new ArrayList<>();
    List<LinkedAnnotation> general = new ArrayList<>();
    Comparator<LinkedAnnotation> byDate =
        Comparator.comparing((LinkedAnnotation l) -> l.annotation().date())
            .thenComparing(l -> l.annotation().name());
    for (LinkedAnnotation la : a.annotations()) {
      Annotation an = la.annotation();
      if (!an.inReplyTo().isEmpty()) {
        replies.computeIfAbsent(an.inReplyTo(), k -> new ArrayList<>()).add(la);
      } else if (la.anchor().isPresent()) {
        anchored.add(la);
      } else {
        general.add(la);
      }
    }
    replies.values().forEach(list -> list.sort(byDate));
    anchored.sort(
        Comparator.comparingInt((LinkedAnnotation l) -> l.anchor().orElseThrow().start())
            .thenComparing(byDate));
    general.sort(byDate);
    return new Views.Article(
        art.slug(),
        SitePaths.article(art.slug()),
        art.title(),
        art.date().toString(),
        display(art.date()),
        art.source(),
        art.url(),
        art.authors(),
        art.summary(),
        art.tags(),
        a.bodyHtml(),
        a.annotations().size(),
        noteTrees(a, anchored, replies),
        noteTrees(a, general, replies),
        entityGroups(a),
        SitePaths.annotations(art.slug()),
        art.fields());
  }

  /**
   * The notes with their replies nested under them, built replies first and without recursion:
   * how deep a thread goes is up to its contributors (the loader caps it, but this need not know).
   */
  private List<Views.Note> noteTrees(
      LinkedArticle a, List<LinkedAnnotation> tops, Map<String, List<LinkedAnnotation>> replies) {
    List<LinkedAnnotation> thread = new ArrayList<>(tops);
    for (int i = 0; i < thread.size(); i++) {
      thread.addAll(replies.getOrDefault(thread.get(i).annotation().name(), List.of()));
    }
    Map<String, Views.Note> built = new HashMap<>();
    for (int i = thread.size() - 1; i >= 0; i--) {
      LinkedAnnotation la = thread.get(i);
      List<Views.Note> children =
          replies.getOrDefault(la.annotation().name(), List.of()).stream()
              .map(r -> built.get(r.annotation().name()))
              .toList();
      built.put(la.annotation().name(), note(a, la, children));
    }
    return tops.stream().map(la -> built.get(la.annotation().name())).toList();
  }

  private Views.Note note(LinkedArticle a, LinkedAnnotation la, List<Views.Note> replies) {
    Annotation an = la.annotation();
    Optional<Anchor> anchor = la.anchor();
    String articleUrl = SitePaths.article(a.article().slug());
    String original =
        anchor.isPresent() && !a.article().url().isEmpty()
            ? TextFragments.link(
                a.article().url(), anchor.get().prefix(), anchor.get().exact(), anchor.get().suffix())
            : "";
    return new Views.Note(
        an.name(),
        "note-" + an.name(),
        anchor.isPresent() ? "passage-" + an.name() : "",
        a.article().slug(),
        a.article().title(),
        articleUrl,
        an.author(),
        an.authorUrl(),
        SitePaths.author(an.handle()),
        an.date().toString(),
        display(an.date()),
        anchor.isPresent(),
        an.quote(),
        anchor.map(Anchor::exact).orElse(""),
        anchor.map(Anchor::approximate).orElse(false),
        original,
        la.bodyHtml(),
        replies,
        an.fields());
  }

  private Views.Entity entityView(Entity e, Input input, Map<String, LinkedArticle> bySlug) {
    CrossReferences refs = input.references();
    List<Views.Backlink> backlinks = new ArrayList<>();
    for (CrossReferences.Backlink b : refs.backlinks(e.key())) {
      CrossReferences.Document d = b.document();
      String page = SitePaths.article(d.articleSlug());
      String target = d.isAnnotation() ? page + "#note-" + d.annotation() : page;
      List<Views.Context> contexts = new ArrayList<>();
      for (Mention m : b.contexts()) {
        contexts.add(new Views.Context(m.before(), m.text(), m.after(), page + "#" + m.id()));
      }
      backlinks.add(
          new Views.Backlink(
              d.title(), target, d.date().toString(), display(d.date()), d.isAnnotation(), d.author(),
              b.count(), contexts));
    }
    List<Views.EntityLink> companions =
        refs.appearsWith(e.key()).stream()
            .filter(c -> entities.containsKey(c.entityKey()))
            .map(c -> link(entities.get(c.entityKey()), c.articles()))
            .toList();
    return new Views.Entity(
        e.key(),
        e.slug(),
        e.kind().singular(),
        e.kind().label(),
        SitePaths.kindIndex(e.kind()),
        e.name(),
        e.aliases(),
        input.descriptions().getOrDefault(e.key(), ""),
        SitePaths.entity(e.kind(), e.slug()),
        refs.mentionCount(e.key()),
        backlinks,
        companions,
        e.fields());
  }

  /** A plain-text first sentence of Markdown, for meta descriptions. */
  private static String firstSentence(String markdown) {
    String text = markdown.replaceAll("[*_`#>\\[\\]]|\\([^)]*\\)", "").strip().replaceAll("\\s+", " ");
    int stop = text.indexOf(". ");
    return stop > 0 ? text.substring(0, stop + 1) : text;
  }
}
