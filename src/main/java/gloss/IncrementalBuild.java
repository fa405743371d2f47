package gloss;

import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import gloss.diag.SourcePos;
import gloss.link.ArticleLinker;
import gloss.link.CrossReferences;
import gloss.link.EntityIndex;
import gloss.link.LinkedArticle;
import gloss.load.ContentCache;
import gloss.load.ContentLoader;
import gloss.markdown.HtmlSanitizer;
import gloss.markdown.MarkdownRenderer;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.Content;
import gloss.model.Entity;
import gloss.model.LinkMode;
import gloss.model.SiteConfig;
import gloss.render.PageSink;
import gloss.render.RenderCache;
import gloss.render.SiteRenderer;
import gloss.render.TemplateSet;
import gloss.write.ThemeAssets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The pipeline of {@link SiteBuild}, keeping each stage's results between runs so that
 * {@code serve} can rebuild a site after an edit by redoing only what the edit affects:
 *
 * <ul>
 *   <li>load: only files reported with {@link #changed} are read again ({@link ContentCache});
 *   <li>link: an article is linked again only when it or one of its annotations changed, or
 *       when the entities' names and aliases (what mentions are matched against) changed;
 *   <li>cross-references: updated for the articles that were linked again;
 *   <li>render: a page's template runs again only when its model or template changed
 *       ({@link RenderCache}).
 * </ul>
 *
 * <p>Every run produces the whole site, byte for byte what a fresh build of the same files
 * produces, and reports the same diagnostics (each stage keeps what its cached results
 * reported). {@link SiteBuild#render} is one run of a new instance. Not thread-safe: one run at
 * a time.
 */
public final class IncrementalBuild {
  private static final byte[] NO_BYTES = new byte[0];

  private final SiteLayout layout;
  private final Path contentDir;
  private final Path templatesDir;
  private final ContentCache contentCache = new ContentCache();
  private final RenderCache renderCache = new RenderCache();

  private boolean templatesChanged = true;
  private TemplateSet templates;
  private Map<String, byte[]> assets = Map.of();

  private List<Entity> indexedEntities;
  private EntityIndex index;
  private List<Diagnostic> indexDiagnostics = List.of();
  /** What linking depends on besides the documents: settings and the names to match. */
  private Object linkContext;
  private ArticleLinker linker;
  private final Map<String, LinkEntry> links = new HashMap<>();
  private final Map<String, DescriptionEntry> descriptions = new HashMap<>();
  private final CrossReferences.Tracker references = new CrossReferences.Tracker();
  private final Map<String, LinkedArticle> tracked = new HashMap<>();
  private List<LinkedArticle> trackedList;

  /**
   * The last link stage's inputs and outputs by position, so that an edit that replaces a few
   * files (the usual case) finds them without hashing every article: see {@link #linkChanged}.
   */
  private List<Article> lastArticles;
  private List<Annotation> lastAnnotations;
  private LinkEntry[] lastEntries;
  private List<LinkedArticle> lastLinked;
  private Map<String, Integer> articleIndex;
  private Map<String, Integer> linkedIndex;
  /** Each article's annotations as a range of the (path-ordered) list; null if not contiguous. */
  private Map<String, int[]> annotationRanges;

  private record LinkEntry(
      Article article, List<Annotation> annotations, LinkedArticle linked, List<Diagnostic> diagnostics) {}

  private record DescriptionEntry(String markdown, String html) {}

  /** The names, aliases and pages of the entities: what mention linking produces depends on. */
  private record EntityTerms(String key, String kind, String singular, String name, List<String> aliases) {}

  private IncrementalBuild(SiteLayout layout) {
    this.layout = layout;
    this.contentDir = layout.content().toAbsolutePath().normalize();
    this.templatesDir = layout.templates().toAbsolutePath().normalize();
  }

  public static IncrementalBuild of(SiteLayout layout) {
    return new IncrementalBuild(layout);
  }

  public SiteLayout layout() {
    return layout;
  }

  /**
   * Reports a created, modified, deleted or renamed file or folder; the next run reads it
   * again. Paths outside the content and templates folders are ignored.
   */
  public void changed(Path path) {
    Path p = path.toAbsolutePath().normalize();
    if (p.startsWith(contentDir)) {
      contentCache.changed(p);
    }
    if (p.startsWith(templatesDir)) {
      templatesChanged = true;
    }
  }

  /** Forgets what was read, for changes that could not be reported one by one. */
  public void changedAll() {
    contentCache.clear();
    templatesChanged = true;
  }

  /**
   * Builds the whole site into the sink (the pages that did not change come from the cache).
   * Returns the number of files written.
   */
  public int run(PageSink sink, Diagnostics diagnostics) throws IOException {
    return runStages(sink, diagnostics).files();
  }

  /**
   * Builds the whole site into the sink, as {@link #run}, and returns what the stages produced
   * (for {@code check}, which looks further than the pages).
   */
  public SiteBuild.Rendered runStages(PageSink sink, Diagnostics diagnostics) throws IOException {
    Content content =
        ContentLoader.load(
            layout.projectRoot(), layout.content(), layout.baseUrl(), diagnostics, contentCache);
    if (!content.entities().equals(indexedEntities)) {
      Diagnostics own = new Diagnostics();
      index = EntityIndex.of(content.entities(), own);
      indexDiagnostics = own.sorted();
      indexedEntities = content.entities();
    }
    indexDiagnostics.forEach(diagnostics::add);
    if (!Files.isDirectory(layout.templates())) {
      diagnostics.error(
          SourcePos.startOf(layout.display(layout.templates())), "templates folder does not exist");
      templates = null;
      return new SiteBuild.Rendered(content, List.of(), CrossReferences.of(List.of()), 0);
    }
    SiteConfig config = content.config();
    if (templatesChanged || templates == null) {
      templates =
          TemplateSet.load(layout.templates(), layout.display(layout.templates()), config.language());
      assets = readAssets(layout.templates().resolve("assets"));
      templatesChanged = false;
    }

    List<LinkedArticle> linked = link(content, diagnostics);
    Map<String, String> described = describe(content.entities());
    CrossReferences crossReferences = crossReferences(linked);

    AtomicInteger files = new AtomicInteger();
    PageSink counting =
        (path, bytes) -> {
          files.incrementAndGet();
          sink.write(path, bytes);
        };
    new SiteRenderer(templates, config, content.entities())
        .render(
            new SiteRenderer.Input(linked, described, crossReferences),
            counting,
            diagnostics,
            renderCache);
    for (Map.Entry<String, byte[]> asset : assets.entrySet()) {
      counting.write(asset.getKey(), asset.getValue());
    }
    counting.write(".nojekyll", NO_BYTES);
    if (!config.cname().isBlank()) {
      counting.write("CNAME", (config.cname().strip() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return new SiteBuild.Rendered(content, linked, crossReferences, files.get());
  }

  /** The theme's static files, read once per change of the templates folder. */
  private static Map<String, byte[]> readAssets(Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    ThemeAssets.copy(dir, files::put);
    return Collections.unmodifiableMap(files);
  }

  /** Links every article, reusing the result of those whose documents did not change. */
  private List<LinkedArticle> link(Content content, Diagnostics diagnostics) {
    SiteConfig config = content.config();
    Object context = List.of(config.baseUrl(), config.linkMentions(), terms(content.entities()));
    if (!context.equals(linkContext)) {
      linkContext = context;
      links.clear();
      descriptions.clear();
      lastArticles = null;
    }
    // A new linker each run: it must use this run's index, even when the terms are the same.
    LinkMode mode = config.linkMentions();
    linker =
        new ArticleLinker(
            MarkdownRenderer.create(HtmlSanitizer.forSite(config.baseUrl())), index, mode);

    List<LinkedArticle> changed = linkChanged(content, diagnostics);
    if (changed != null) {
      return changed;
    }
    Map<String, List<Annotation>> annotationsByArticle =
        content.annotations().stream().collect(Collectors.groupingBy(Annotation::articleSlug));
    Set<String> slugs = new HashSet<>();
    LinkEntry[] entries = new LinkEntry[content.articles().size()];
    List<Integer> stale = new ArrayList<>();
    for (int i = 0; i < entries.length; i++) {
      Article article = content.articles().get(i);
      LinkEntry entry = links.get(article.slug());
      if (entry != null
          && entry.article().equals(article)
          && entry.annotations().equals(annotationsByArticle.getOrDefault(article.slug(), List.of()))) {
        entries[i] = entry;
      } else {
        stale.add(i);
      }
    }
    stale.parallelStream()
        .forEach(
            i -> {
              Article article = content.articles().get(i);
              List<Annotation> annotations =
                  annotationsByArticle.getOrDefault(article.slug(), List.of());
              Diagnostics own = new Diagnostics();
              LinkedArticle result = linker.link(article, annotations, own);
              entries[i] = new LinkEntry(article, annotations, result, own.sorted());
            });
    for (LinkEntry entry : entries) {
      String slug = entry.article().slug();
      slugs.add(slug);
      links.put(slug, entry);
      entry.diagnostics().forEach(diagnostics::add);
    }
    links.keySet().retainAll(slugs);
    List<LinkedArticle> linked =
        java.util.Arrays.stream(entries)
            .map(LinkEntry::linked)
            .sorted(Comparator.comparing(a -> a.article().slug()))
            .toList();
    remember(content, entries, linked);
    return linked;
  }

  private void remember(Content content, LinkEntry[] entries, List<LinkedArticle> linked) {
    lastArticles = content.articles();
    lastAnnotations = content.annotations();
    lastEntries = entries;
    lastLinked = linked;
    articleIndex = new HashMap<>();
    for (int i = 0; i < entries.length; i++) {
      articleIndex.put(content.articles().get(i).slug(), i);
    }
    linkedIndex = new HashMap<>();
    for (int i = 0; i < linked.size(); i++) {
      linkedIndex.put(linked.get(i).article().slug(), i);
    }
    annotationRanges = new HashMap<>();
    List<Annotation> annotations = content.annotations();
    int start = 0;
    for (int i = 1; i <= annotations.size(); i++) {
      if (i == annotations.size()
          || !annotations.get(i).articleSlug().equals(annotations.get(start).articleSlug())) {
        if (annotationRanges.put(annotations.get(start).articleSlug(), new int[] {start, i}) != null) {
          annotationRanges = null;
          return;
        }
        start = i;
      }
    }
  }

  /**
   * The link stage when the articles and annotations are the same files in the same order as
   * last time, a few of them replaced (edited): only the articles of replaced files are looked
   * at. Returns null when that is not the case; the caller then checks every article.
   */
  private List<LinkedArticle> linkChanged(Content content, Diagnostics diagnostics) {
    List<Article> articles = content.articles();
    List<Annotation> annotations = content.annotations();
    if (lastArticles == null
        || annotationRanges == null
        || articles.size() != lastArticles.size()
        || annotations.size() != lastAnnotations.size()) {
      return null;
    }
    Set<String> dirty = new java.util.LinkedHashSet<>();
    for (int i = 0; i < articles.size(); i++) {
      Article now = articles.get(i);
      if (now != lastArticles.get(i)) {
        if (!now.slug().equals(lastArticles.get(i).slug())) {
          return null;
        }
        dirty.add(now.slug());
      }
    }
    for (int i = 0; i < annotations.size(); i++) {
      Annotation now = annotations.get(i);
      if (now != lastAnnotations.get(i)) {
        if (!now.articleSlug().equals(lastAnnotations.get(i).articleSlug())) {
          return null;
        }
        dirty.add(now.articleSlug());
      }
    }
    LinkEntry[] entries = lastEntries.clone();
    List<LinkedArticle> linked = new ArrayList<>(lastLinked);
    List<Integer> stale = new ArrayList<>();
    for (String slug : dirty) {
      Integer at = articleIndex.get(slug);
      if (at == null) {
        return null;
      }
      Article article = articles.get(at);
      LinkEntry entry = entries[at];
      if (!entry.article().equals(article) || !entry.annotations().equals(group(annotations, slug))) {
        stale.add(at);
      }
    }
    stale.parallelStream()
        .forEach(
            i -> {
              Article article = articles.get(i);
              List<Annotation> group = group(annotations, article.slug());
              Diagnostics own = new Diagnostics();
              entries[i] = new LinkEntry(article, group, linker.link(article, group, own), own.sorted());
            });
    for (int i : stale) {
      String slug = articles.get(i).slug();
      links.put(slug, entries[i]);
      linked.set(linkedIndex.get(slug), entries[i].linked());
    }
    for (LinkEntry entry : entries) {
      entry.diagnostics().forEach(diagnostics::add);
    }
    lastArticles = articles;
    lastAnnotations = annotations;
    lastEntries = entries;
    lastLinked = List.copyOf(linked);
    return lastLinked;
  }

  private List<Annotation> group(List<Annotation> annotations, String slug) {
    int[] range = annotationRanges.get(slug);
    return range == null ? List.of() : List.copyOf(annotations.subList(range[0], range[1]));
  }

  private static List<EntityTerms> terms(List<Entity> entities) {
    List<EntityTerms> terms = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      terms.add(new EntityTerms(e.key(), e.kind().key(), e.kind().singular(), e.name(), e.aliases()));
    }
    return terms;
  }

  /** Renders entity descriptions, reusing those whose Markdown did not change. */
  private Map<String, String> describe(List<Entity> entities) {
    Map<String, String> result = new ConcurrentHashMap<>();
    Map<String, DescriptionEntry> next = new ConcurrentHashMap<>();
    entities.parallelStream()
        .forEach(
            e -> {
              DescriptionEntry entry = descriptions.get(e.key());
              if (entry == null || !entry.markdown().equals(e.description())) {
                entry = new DescriptionEntry(e.description(), linker.describe(e));
              }
              next.put(e.key(), entry);
              result.put(e.key(), entry.html());
            });
    descriptions.clear();
    descriptions.putAll(next);
    return result;
  }

  /** Updates the cross-references with the articles that were linked again. */
  private CrossReferences crossReferences(List<LinkedArticle> linked) {
    if (trackedList != null && trackedList.size() == linked.size()) {
      List<LinkedArticle> changed = new ArrayList<>();
      boolean aligned = true;
      for (int i = 0; aligned && i < linked.size(); i++) {
        LinkedArticle now = linked.get(i);
        LinkedArticle old = trackedList.get(i);
        if (now != old) {
          aligned = now.article().slug().equals(old.article().slug());
          changed.add(now);
        }
      }
      if (aligned) {
        for (LinkedArticle a : changed) {
          references.put(a.article().slug(), documents(a));
          tracked.put(a.article().slug(), a);
        }
        trackedList = linked;
        return references.snapshot();
      }
    }
    trackedList = linked;
    Set<String> present = new HashSet<>();
    for (LinkedArticle a : linked) {
      String slug = a.article().slug();
      present.add(slug);
      if (tracked.get(slug) != a) {
        references.put(slug, documents(a));
        tracked.put(slug, a);
      }
    }
    for (String slug : new ArrayList<>(tracked.keySet())) {
      if (!present.contains(slug)) {
        references.remove(slug);
        tracked.remove(slug);
      }
    }
    return references.snapshot();
  }

  private static List<CrossReferences.DocumentMentions> documents(LinkedArticle a) {
    List<CrossReferences.DocumentMentions> docs = new ArrayList<>();
    var art = a.article();
    docs.add(
        new CrossReferences.DocumentMentions(
            new CrossReferences.Document(art.slug(), "", art.title(), "", art.date()),
            a.mentions(),
            art.listedEntities()));
    for (var la : a.annotations()) {
      Annotation an = la.annotation();
      docs.add(
          new CrossReferences.DocumentMentions(
              new CrossReferences.Document(
                  art.slug(), an.name(), an.author() + " on “" + art.title() + "”", an.author(), an.date()),
              la.mentions(),
              List.of()));
    }
    return docs;
  }
}
