package gloss;

import gloss.diag.Diagnostics;
import gloss.diag.SourcePos;
import gloss.link.ArticleLinker;
import gloss.link.CrossReferences;
import gloss.link.EntityIndex;
import gloss.link.LinkedArticle;
import gloss.markdown.HtmlSanitizer;
import gloss.markdown.MarkdownRenderer;
import gloss.model.Annotation;
import gloss.model.Content;
import gloss.model.Entity;
import gloss.render.PageSink;
import gloss.render.SiteRenderer;
import gloss.render.TemplateSet;
import gloss.write.SiteWriter;
import gloss.write.ThemeAssets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The pipeline, in order: load content → render Markdown, link mentions and anchor annotations →
 * cross-reference → render pages → write. This class only wires the stages together.
 */
public final class SiteBuild {
  private SiteBuild() {}

  /**
   * Builds the site into its output folder, replacing the previous output only when the build
   * has no errors.
   */
  public static BuildResult build(SiteLayout layout) throws IOException {
    SiteWriter writer = SiteWriter.open(layout.output());
    Diagnostics diagnostics = new Diagnostics();
    int files;
    try {
      files = render(layout, writer.sink(), diagnostics);
    } catch (IOException | RuntimeException e) {
      writer.discard();
      throw e;
    }
    if (diagnostics.hasErrors()) {
      writer.discard();
      return new BuildResult(diagnostics.sorted(), files, writer.bytesWritten(), false);
    }
    writer.publish();
    return new BuildResult(diagnostics.sorted(), files, writer.bytesWritten(), true);
  }

  /** Runs the whole pipeline into any sink (memory for {@code check} and {@code serve}). */
  public static int render(SiteLayout layout, PageSink sink, Diagnostics diagnostics)
      throws IOException {
    return renderStages(layout, sink, diagnostics).files();
  }

  /**
   * What the stages produced, for tools that look further than the pages ({@code check}).
   *
   * @param content everything loaded from the content folder
   * @param articles the articles after the link stage, by slug
   * @param references who mentions which entity
   * @param files how many files went to the sink
   */
  public record Rendered(
      Content content, List<LinkedArticle> articles, CrossReferences references, int files) {}

  /** Runs the whole pipeline into any sink and returns what every stage produced. */
  public static Rendered renderStages(SiteLayout layout, PageSink sink, Diagnostics diagnostics)
      throws IOException {
    Content content =
        gloss.load.ContentLoader.load(
            layout.projectRoot(), layout.content(), layout.baseUrl(), diagnostics);
    EntityIndex index = EntityIndex.of(content.entities(), diagnostics);
    if (!java.nio.file.Files.isDirectory(layout.templates())) {
      diagnostics.error(
          SourcePos.startOf(layout.display(layout.templates())), "templates folder does not exist");
      return new Rendered(content, List.of(), CrossReferences.of(List.of()), 0);
    }
    TemplateSet templates =
        TemplateSet.load(
            layout.templates(), layout.display(layout.templates()), content.config().language());
    MarkdownRenderer markdown =
        MarkdownRenderer.create(HtmlSanitizer.forSite(content.config().baseUrl()));
    ArticleLinker linker = new ArticleLinker(markdown, index, content.config().linkMentions());

    Map<String, List<Annotation>> annotationsByArticle =
        content.annotations().stream().collect(Collectors.groupingBy(Annotation::articleSlug));
    List<LinkedArticle> linked =
        content.articles().parallelStream()
            .map(a -> linker.link(a, annotationsByArticle.getOrDefault(a.slug(), List.of()), diagnostics))
            .sorted(Comparator.comparing(a -> a.article().slug()))
            .toList();
    Map<String, String> descriptions = new ConcurrentHashMap<>();
    content.entities().parallelStream().forEach(e -> descriptions.put(e.key(), linker.describe(e)));
    CrossReferences references = CrossReferences.of(documents(linked));

    AtomicInteger files = new AtomicInteger();
    PageSink counting =
        (path, bytes) -> {
          files.incrementAndGet();
          sink.write(path, bytes);
        };
    new SiteRenderer(templates, content.config(), content.entities())
        .render(new SiteRenderer.Input(linked, descriptions, references), counting, diagnostics);
    ThemeAssets.copy(layout.templates().resolve("assets"), counting);
    counting.write(".nojekyll", new byte[0]);
    if (!content.config().cname().isBlank()) {
      counting.write("CNAME", (content.config().cname().strip() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return new Rendered(content, linked, references, files.get());
  }

  private static List<CrossReferences.DocumentMentions> documents(List<LinkedArticle> linked) {
    List<CrossReferences.DocumentMentions> docs = new ArrayList<>();
    for (LinkedArticle a : linked) {
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
    }
    return docs;
  }
}
