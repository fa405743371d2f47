package gloss;

import gloss.diag.Diagnostics;
import gloss.diag.Reported;
import gloss.diag.SourcePos;
import gloss.link.ArticleLinker;
import gloss.link.CrossReferences;
import gloss.link.EntityIndex;
import gloss.link.LinkedArticle;
import gloss.load.ContentLoader;
import gloss.markdown.HtmlSanitizer;
import gloss.markdown.MarkdownRenderer;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.Content;
import gloss.model.Edition;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.LinkMode;
import gloss.model.SiteConfig;
import gloss.model.SitePaths;
import gloss.render.ArticlePages;
import gloss.render.ArticleSummary;
import gloss.render.AuthorIndex;
import gloss.render.EditionPages;
import gloss.render.EntityPages;
import gloss.render.ListPages;
import gloss.render.PageContext;
import gloss.render.PageJob;
import gloss.render.PageRunner;
import gloss.render.PageSink;
import gloss.render.SearchIndex;
import gloss.render.TagPages;
import gloss.render.TemplateSet;
import gloss.render.Views;
import gloss.write.ThemeAssets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stages in order, each a pure function of its inputs, asked through {@link Reuse}:
 *
 * <ol>
 *   <li>load: list the content files, decode each, check across files;
 *   <li>per article, in parallel: link (Markdown, mentions, anchors), build its page and write it
 *       at once, keeping only a small {@link ArticleSummary};
 *   <li>cross-reference the summaries; then entity, author, list pages, search index and sitemap,
 *       in parallel where it pays.
 * </ol>
 *
 * <p>With {@link Reuse#NONE} nothing outlives the build but the summaries, so memory stays flat as
 * the digest grows; {@code serve}'s memo answers unchanged queries from earlier builds.
 */
final class Pipeline {
  private static final byte[] NO_BYTES = new byte[0];

  static final Reuse.Query<Path, ContentLoader.Walk> WALK =
      Reuse.Query.reading("walk", Reuse.Reads.CONTENT_LIST);
  static final Reuse.Query<Map<String, EntityKind>, ContentLoader.FileItem> READ =
      Reuse.Query.reading("read", Reuse.Reads.CONTENT_FILE);
  static final Reuse.Query<String, Theme> THEME =
      Reuse.Query.reading("theme", Reuse.Reads.TEMPLATES);
  static final Reuse.Query<Map<String, EntityKind>, Map<String, EntityKind>> KINDS =
      Reuse.Query.of("kinds");
  static final Reuse.Query<IndexInputs, Reported<EntityIndex>> INDEX =
      Reuse.Query.of("entity-index");
  static final Reuse.Query<LinkTerms, ArticleLinker> LINKER = Reuse.Query.of("linker");
  static final Reuse.Query<LinkInputs, Reported<LinkedArticle>> LINK = Reuse.Query.of("link");
  static final Reuse.Query<DescriptionInputs, Reported<String>> DESCRIBE =
      Reuse.Query.of("describe");
  static final Reuse.Query<EntitySearchInputs, SearchIndex.Entry> ENTITY_SEARCH =
      Reuse.Query.of("entity-search");
  static final Reuse.Query<DocumentFileInputs, byte[]> SEARCH_DOCUMENTS =
      Reuse.Query.of("search-documents");
  static final Reuse.Query<Object, PageContext> CONTEXT = Reuse.Query.of("page-context");
  static final Reuse.Query<ArticleInputs, ArticlePages.Output> ARTICLE = Reuse.Query.of("article");
  static final Reuse.Query<List<ArticleSummary>, CrossReferences> REFERENCES =
      Reuse.Query.of("references");
  static final Reuse.Query<List<ArticleSummary>, List<AuthorIndex.Contributor>> AUTHORS =
      Reuse.Query.of("authors");
  static final Reuse.Query<List<ArticleSummary>, List<Views.ArticleCard>> CARDS =
      Reuse.Query.of("cards");
  static final Reuse.Query<EntityInputs, List<PageJob>> ENTITY = Reuse.Query.of("entity");
  static final Reuse.Query<List<SearchIndex.Source>, SearchFiles> SEARCH =
      Reuse.Query.of("search-index");
  static final Reuse.Query<DescriptionInputs, Reported<String>> EDITION_NOTE =
      Reuse.Query.of("edition-note");
  static final Reuse.Query<EditionInputs, List<PageJob>> EDITIONS = Reuse.Query.of("editions");
  static final Reuse.Query<SitemapInputs, List<PageJob>> SITEMAP = Reuse.Query.of("sitemap");
  static final Reuse.Query<PageInputs, Reported<java.util.Optional<byte[]>>> PAGE =
      Reuse.Query.of("page");

  /** The search index's files, and how it numbered the documents. */
  record SearchFiles(SearchIndex.Numbering numbering, Map<String, byte[]> files) {}

  /** The theme: its templates and its static files. */
  record Theme(TemplateSet templates, Map<String, byte[]> assets) {}

  /** The names, aliases and pages of the entities: what mention linking depends on. */
  private record EntityTerms(
      String key, String kind, String singular, String name, List<String> aliases) {}

  /** What linking depends on besides the documents: settings and the names to match. */
  record LinkTerms(
      String baseUrl,
      LinkMode mode,
      List<String> titles,
      List<String> ignoreNames,
      List<EntityTerms> terms) {}

  /** The entities and the names that never link: what the entity index is built from. */
  record IndexInputs(List<Entity> entities, List<String> ignoreNames) {}

  record LinkInputs(Article article, List<Annotation> annotations, ArticleLinker linker) {}

  record DescriptionInputs(String markdown, ArticleLinker linker) {}

  record EntitySearchInputs(Entity entity, String descriptionHtml) {}

  /**
   * @param data compared by identity (a record's array component is): the very array when the stage
   *     that made it was reused
   */
  record DocumentFileInputs(int first, byte[] data) {}

  record ArticleInputs(
      LinkedArticle article, List<Views.EditionLink> editions, PageContext context) {}

  record EntityInputs(
      Entity entity,
      String template,
      String descriptionHtml,
      List<CrossReferences.Backlink> backlinks,
      List<CrossReferences.Companion> companions,
      int mentionCount,
      PageContext context) {}

  record EditionInputs(
      List<Edition> editions,
      Map<String, String> notes,
      List<ArticleSummary> articles,
      PageContext context) {}

  record SitemapInputs(Set<String> listed, PageContext context) {}

  record PageInputs(String fingerprint, PageJob job) {}

  private Pipeline() {}

  static SiteBuild.Rendered run(
      SiteLayout layout, Reuse reuse, PageSink sink, Diagnostics diagnostics) throws IOException {
    Content content = load(layout, reuse, diagnostics);
    EntityIndex index =
        reuse
            .get(
                INDEX,
                "",
                new IndexInputs(content.entities(), content.config().ignoreNames()),
                in -> Reported.of(d -> EntityIndex.of(in.entities(), in.ignoreNames(), d)))
            .reportTo(diagnostics);
    if (!Files.isDirectory(layout.templates())) {
      diagnostics.error(
          SourcePos.startOf(layout.display(layout.templates())), "templates folder does not exist");
      return new SiteBuild.Rendered(content, CrossReferences.of(List.of()), 0);
    }
    SiteConfig config = content.config();
    Theme theme;
    try {
      theme = reuse.get(THEME, "", config.language(), language -> theme(layout, language));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    ArticleLinker linker =
        reuse.get(
            LINKER,
            "",
            terms(config, content.entities()),
            t ->
                new ArticleLinker(
                    MarkdownRenderer.create(HtmlSanitizer.forSite(t.baseUrl())),
                    index,
                    t.titles(),
                    t.mode()));
    PageContext fresh = PageContext.of(config, content.entities(), !content.editions().isEmpty());
    PageContext context = reuse.get(CONTEXT, "", fresh.key(), k -> fresh);
    TemplateSet templates = theme.templates();
    PageRunner runner =
        new PageRunner(
            sink,
            diagnostics,
            job ->
                reuse.get(
                    PAGE,
                    job.path(),
                    new PageInputs(templates.fingerprint(job.template()), job),
                    in -> templates.render(in.job())));
    try {
      Map<String, List<Views.EditionLink>> editionsOf =
          EditionPages.byArticle(context, content.editions());
      SearchIndex.Numbering numbering = searchNumbering(content);
      List<ArticleSummary> summaries =
          articles(content, editionsOf, reuse, linker, context, numbering, runner, diagnostics);
      List<Described> described =
          describe(content.entities(), reuse, linker, numbering, runner, diagnostics);
      // The search index needs nothing of the pages still to come, and much of its work is one
      // thread's: made while they render, it fills the cores they leave idle.
      List<SearchIndex.Source> searched = new ArrayList<>(summaries.size() + described.size());
      summaries.forEach(s -> searched.add(s.search()));
      described.forEach(d -> searched.add(d.search()));
      CompletableFuture<SearchFiles> searchIndex =
          CompletableFuture.supplyAsync(
              () -> reuse.fold(SEARCH, searched, SearchIndex.Source::key, SearchFold::new));
      // Pairing mentions into cross-references is one thread's work (seconds at 10,000 articles):
      // the pages made of the summaries alone are rendered meanwhile, on the other cores.
      CompletableFuture<CrossReferences> pairing =
          CompletableFuture.supplyAsync(
              () -> reuse.fold(REFERENCES, summaries, ArticleSummary::slug, ReferencesFold::new));
      CrossReferences references;
      try {
        List<AuthorIndex.Contributor> contributors =
            reuse.fold(AUTHORS, summaries, ArticleSummary::slug, AuthorsFold::new);
        runner.runAll(ListPages.authors(context, contributors));
        List<Views.ArticleCard> cards =
            reuse.fold(CARDS, summaries, ArticleSummary::slug, CardsFold::new);
        runner.runAll(ListPages.home(context, cards));
        runner.runAll(ListPages.fixed(context, summaries));
        runner.runAll(TagPages.of(context, summaries, cards));
        if (!content.editions().isEmpty()) {
          runner.runAll(
              editions(content.editions(), summaries, reuse, linker, context, diagnostics));
        }
        // A failure in it is a bug, and Crash unwraps the CompletionException around it.
        references = pairing.join();
        entities(described, templates, reuse, context, references, runner);
        List<Views.EntityLink> entityLinks =
            EntityPages.links(context, content.entities(), references);
        runner.runAll(EntityPages.indexes(context, entityLinks));
        content.images().forEach(path -> runner.write(path, image(layout, path)));
        List<PageJob> redirects = new ArrayList<>();
        summaries.forEach(s -> redirects.addAll(s.redirects()));
        runner.runAll(redirects);
        SearchFiles search = searchIndex.join();
        // The stages named the document files they wrote by this numbering.
        if (!diagnostics.hasErrors() && !search.numbering().equals(numbering)) {
          throw new IllegalStateException(
              "the search index numbered the documents otherwise than the content said");
        }
        search.files().entrySet().parallelStream()
            .forEach(e -> runner.write(e.getKey(), e.getValue()));
      } finally {
        // Never left running: each fold keeps its state for serve's next build.
        pairing.handle((result, failure) -> result).join();
        searchIndex.handle((result, failure) -> result).join();
      }
      theme.assets().forEach(runner::write);
      runner.write(".nojekyll", NO_BYTES);
      if (!config.cname().isBlank()) {
        runner.write("CNAME", (config.cname().strip() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      runner.runAll(
          reuse.get(
              SITEMAP,
              "",
              new SitemapInputs(runner.listedPages(), context),
              in -> ListPages.sitemap(in.context(), in.listed())));
      return new SiteBuild.Rendered(content, references, runner.files());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The editions' pages, their notes rendered once each. */
  private static List<PageJob> editions(
      List<Edition> editions,
      List<ArticleSummary> summaries,
      Reuse reuse,
      ArticleLinker linker,
      PageContext context,
      Diagnostics diagnostics) {
    Map<String, String> notes = new HashMap<>();
    for (Edition e : editions) {
      notes.put(
          e.slug(),
          reuse
              .get(
                  EDITION_NOTE,
                  e.slug(),
                  new DescriptionInputs(e.note(), linker),
                  in -> Reported.of(d -> in.linker().note(in.markdown(), e.file(), d)))
              .reportTo(diagnostics));
    }
    return reuse.get(
        EDITIONS,
        "",
        new EditionInputs(editions, notes, summaries, context),
        in -> {
          Map<String, ArticleSummary> bySlug = new HashMap<>();
          in.articles().forEach(s -> bySlug.put(s.slug(), s));
          return EditionPages.of(in.context(), in.editions(), in.notes(), bySlug);
        });
  }

  /** A file under content/images/, copied into the site at the same path. */
  private static byte[] image(SiteLayout layout, String path) {
    try {
      return Files.readAllBytes(layout.content().resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The load stage: every file decoded on its own (in parallel), then checked across files. */
  private static Content load(SiteLayout layout, Reuse reuse, Diagnostics diagnostics)
      throws IOException {
    Path root = layout.projectRoot();
    Path dir = layout.content();
    SiteConfig config = ContentLoader.config(root, dir, layout.baseUrl(), diagnostics);
    Map<String, EntityKind> kinds = reuse.get(KINDS, "", ContentLoader.kinds(config), k -> k);
    ContentLoader.Walk walk;
    try {
      walk = reuse.get(WALK, "", dir, d -> walk(root, d));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    walk.diagnostics().forEach(diagnostics::add);
    List<ContentLoader.FileItem> items =
        walk.files().parallelStream()
            .map(file -> reuse.get(READ, file, kinds, k -> ContentLoader.read(root, dir, file, k)))
            .toList();
    return ContentLoader.assemble(config, items, diagnostics);
  }

  private static ContentLoader.Walk walk(Path root, Path dir) {
    try {
      return ContentLoader.walk(root, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Theme theme(SiteLayout layout, String language) {
    try {
      TemplateSet templates =
          TemplateSet.load(layout.templates(), layout.display(layout.templates()), language);
      Map<String, byte[]> assets = new LinkedHashMap<>();
      ThemeAssets.copy(layout.templates().resolve("assets"), assets::put);
      return new Theme(templates, Collections.unmodifiableMap(assets));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LinkTerms terms(SiteConfig config, List<Entity> entities) {
    List<EntityTerms> terms = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      terms.add(
          new EntityTerms(e.key(), e.kind().key(), e.kind().singular(), e.name(), e.aliases()));
    }
    return new LinkTerms(
        config.baseUrl(), config.linkMentions(), config.titles(), config.ignoreNames(), terms);
  }

  /**
   * Links every article and writes its page and annotation collection at once; returns the
   * summaries in path order. Nothing else of a linked article outlives this step.
   */
  private static List<ArticleSummary> articles(
      Content content,
      Map<String, List<Views.EditionLink>> editionsOf,
      Reuse reuse,
      ArticleLinker linker,
      PageContext context,
      SearchIndex.Numbering numbering,
      PageRunner runner,
      Diagnostics diagnostics) {
    Map<String, List<Annotation>> annotations = new HashMap<>();
    for (Annotation a : content.annotations()) {
      annotations.computeIfAbsent(a.articleSlug(), k -> new ArrayList<>()).add(a);
    }
    return content.articles().parallelStream()
        .map(
            article -> {
              String slug = article.slug();
              LinkedArticle linked =
                  reuse
                      .get(
                          LINK,
                          slug,
                          new LinkInputs(
                              article,
                              List.copyOf(annotations.getOrDefault(slug, List.of())),
                              linker),
                          in ->
                              Reported.of(d -> in.linker().link(in.article(), in.annotations(), d)))
                      .reportTo(diagnostics);
              ArticlePages.Output out =
                  reuse.get(
                      ARTICLE,
                      slug,
                      new ArticleInputs(linked, editionsOf.getOrDefault(slug, List.of()), context),
                      in -> ArticlePages.of(in.context(), in.article(), in.editions()));
              runner.run(out.page());
              runner.write(SitePaths.annotations(slug), out.annotations());
              writeSearchDocuments(
                  reuse, runner, numbering, "article:" + slug, out.searchDocuments());
              return out.summary();
            })
        .toList();
  }

  /** An entity with its description as HTML, and what search finds of it. */
  private record Described(Entity entity, String html, SearchIndex.Source search) {}

  /**
   * How the search index will number the documents: an article's are itself and each of its notes,
   * an entity's is itself, so the content says it before any document is made.
   */
  private static SearchIndex.Numbering searchNumbering(Content content) {
    Map<String, Integer> documents = new HashMap<>();
    content.articles().forEach(a -> documents.put(a.slug(), 1));
    content
        .annotations()
        .forEach(a -> documents.computeIfPresent(a.articleSlug(), (k, n) -> n + 1));
    return SearchIndex.Numbering.of(
        documents.keySet(),
        content.entities().stream().map(Entity::key).toList(),
        documents.values().stream().mapToInt(Integer::intValue).max().orElse(1));
  }

  /** A source's search document file, written with its pages so that it outlives neither. */
  private static void writeSearchDocuments(
      Reuse reuse, PageRunner runner, SearchIndex.Numbering numbering, String key, byte[] data) {
    int first = numbering.first(key);
    runner.write(
        SearchIndex.documentPath(first),
        reuse.get(
            SEARCH_DOCUMENTS,
            key,
            new DocumentFileInputs(first, data),
            in -> SearchIndex.documentFile(in.first(), in.data())));
  }

  /** Every entity's description and search document file, in parallel, in entity order. */
  private static List<Described> describe(
      List<Entity> entities,
      Reuse reuse,
      ArticleLinker linker,
      SearchIndex.Numbering numbering,
      PageRunner runner,
      Diagnostics diagnostics) {
    return entities.parallelStream()
        .map(
            e -> {
              String html =
                  reuse
                      .get(
                          DESCRIBE,
                          e.key(),
                          new DescriptionInputs(e.description(), linker),
                          in -> Reported.of(d -> in.linker().describe(e, d)))
                      .reportTo(diagnostics);
              SearchIndex.Entry search =
                  reuse.get(
                      ENTITY_SEARCH,
                      e.key(),
                      new EntitySearchInputs(e, html),
                      in -> EntityPages.search(in.entity(), in.descriptionHtml()));
              writeSearchDocuments(
                  reuse, runner, numbering, "entity:" + e.key(), search.documentData());
              return new Described(e, html, search.source());
            })
        .toList();
  }

  /** Every entity's pages, in parallel. */
  private static void entities(
      List<Described> described,
      TemplateSet templates,
      Reuse reuse,
      PageContext context,
      CrossReferences references,
      PageRunner runner) {
    Map<EntityKind, String> kindTemplates = new ConcurrentHashMap<>();
    described.parallelStream()
        .forEach(
            d -> {
              Entity e = d.entity();
              String template =
                  kindTemplates.computeIfAbsent(e.kind(), k -> EntityPages.template(templates, k));
              String key = e.key();
              List<PageJob> pages =
                  reuse.get(
                      ENTITY,
                      key,
                      new EntityInputs(
                          e,
                          template,
                          d.html(),
                          references.backlinks(key),
                          references.appearsWith(key),
                          references.mentionCount(key),
                          context),
                      in ->
                          EntityPages.of(
                              in.context(),
                              in.entity(),
                              in.template(),
                              in.descriptionHtml(),
                              in.backlinks(),
                              in.companions(),
                              in.mentionCount()));
              pages.forEach(runner::run);
            });
  }

  /** Cross-references as a fold over the articles' summaries. */
  private static final class ReferencesFold implements Reuse.Fold<ArticleSummary, CrossReferences> {
    private final CrossReferences.Tracker tracker = new CrossReferences.Tracker();

    @Override
    public void put(ArticleSummary item) {
      tracker.put(item.references());
    }

    @Override
    public void remove(String key) {
      tracker.remove(key);
    }

    @Override
    public CrossReferences result() {
      return tracker.snapshot();
    }
  }

  /** The articles' cards newest first, as a fold over their summaries. */
  private static final class CardsFold
      implements Reuse.Fold<ArticleSummary, List<Views.ArticleCard>> {
    private final Map<String, ArticleSummary> bySlug = new HashMap<>();
    private final TreeMap<ArticleSummary, Views.ArticleCard> sorted =
        new TreeMap<>(ListPages.NEWEST_FIRST);

    @Override
    public void put(ArticleSummary item) {
      remove(item.slug());
      bySlug.put(item.slug(), item);
      sorted.put(item, item.card());
    }

    @Override
    public void remove(String key) {
      ArticleSummary old = bySlug.remove(key);
      if (old != null) {
        sorted.remove(old);
      }
    }

    @Override
    public List<Views.ArticleCard> result() {
      return List.copyOf(sorted.values());
    }
  }

  /** The search index as a fold over what each article and entity gives it. */
  private static final class SearchFold implements Reuse.Fold<SearchIndex.Source, SearchFiles> {
    private final SearchIndex index = new SearchIndex();

    @Override
    public void put(SearchIndex.Source item) {
      index.put(item);
    }

    @Override
    public void remove(String key) {
      index.remove(key);
    }

    @Override
    public SearchFiles result() {
      Map<String, byte[]> files = index.files();
      return new SearchFiles(index.numbering(), files);
    }
  }

  /** Contributors as a fold over the articles' summaries. */
  private static final class AuthorsFold
      implements Reuse.Fold<ArticleSummary, List<AuthorIndex.Contributor>> {
    private final AuthorIndex index = new AuthorIndex();

    @Override
    public void put(ArticleSummary item) {
      index.put(item);
    }

    @Override
    public void remove(String key) {
      index.remove(key);
    }

    @Override
    public List<AuthorIndex.Contributor> result() {
      return index.snapshot();
    }
  }
}
