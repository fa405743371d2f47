package gloss;

import gloss.diag.Diagnostics;
import gloss.render.PageSink;
import gloss.write.SiteWriter;
import java.io.IOException;

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
    return IncrementalBuild.of(layout).run(sink, diagnostics);
  }
}
