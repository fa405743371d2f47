package gloss;

import gloss.diag.Diagnostics;
import gloss.link.CrossReferences;
import gloss.link.LinkedArticle;
import gloss.model.Content;
import gloss.render.PageSink;
import gloss.write.SiteWriter;
import java.io.IOException;
import java.util.List;

/**
 * The pipeline, in order: load content → render Markdown, link mentions and anchor annotations →
 * cross-reference → render pages → write. This class only wires the stages together; the
 * stages themselves run in {@link IncrementalBuild}, which {@code serve} keeps between rebuilds.
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
    return IncrementalBuild.of(layout).runStages(sink, diagnostics);
  }
}
