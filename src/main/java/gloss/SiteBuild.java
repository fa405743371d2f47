package gloss;

import gloss.diag.Diagnostics;
import gloss.link.CrossReferences;
import gloss.model.Content;
import gloss.render.PageSink;
import gloss.write.SiteWriter;
import java.io.IOException;

/**
 * The public door of the pipeline: load content → link each article and write its page →
 * cross-reference → entity, author and list pages → write ({@link Pipeline}). {@code gloss
 * build} and {@code check} run it without reuse; {@code serve} runs it through the memo of
 * {@code gloss.build}.
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
      files = render(layout, Reuse.NONE, writer.sink(), diagnostics).files();
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

  /**
   * What the stages produced, for tools that look further than the pages ({@code check}).
   *
   * @param content everything loaded from the content folder
   * @param references who mentions which entity
   * @param files how many files went to the sink
   */
  public record Rendered(Content content, CrossReferences references, int files) {}

  /** Runs the whole pipeline into any sink (memory for {@code check} and {@code serve}). */
  public static Rendered render(SiteLayout layout, Reuse reuse, PageSink sink, Diagnostics diagnostics)
      throws IOException {
    return Pipeline.run(layout, reuse, sink, diagnostics);
  }
}
