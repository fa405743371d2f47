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
      return 0;
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
    return files.get();
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
    }
    // A new linker each run: it must use this run's index, even when the terms are the same.
    LinkMode mode = config.linkMentions();
    linker =
        new ArticleLinker(
            MarkdownRenderer.create(HtmlSanitizer.forSite(config.baseUrl())), index, mode);

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
    return java.util.Arrays.stream(entries)
        .map(LinkEntry::linked)
        .sorted(Comparator.comparing(a -> a.article().slug()))
        .toList();
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
