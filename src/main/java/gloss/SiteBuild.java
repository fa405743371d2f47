package gloss;

import gloss.diag.Diagnostics;
import gloss.diag.SourcePos;
import gloss.link.CrossReferences;
import gloss.model.Content;
import gloss.render.PageSink;
import gloss.write.OutputSafety;
import gloss.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;

/**
 * The public door of the pipeline: load content → link each article and write its page →
 * cross-reference → entity, author and list pages → write ({@link Pipeline}). {@code gloss build}
 * and {@code check} run it without reuse; {@code serve} runs it through the memo of {@code
 * gloss.build}.
 */
public final class SiteBuild {
  private SiteBuild() {}

  /**
   * What a build may do besides the defaults.
   *
   * @param force replace an output folder that holds files no build wrote
   * @param allowEmpty publish a content folder without articles instead of reporting it
   */
  public record Options(boolean force, boolean allowEmpty) {}

  /**
   * Builds the site into its output folder, replacing the previous output only when the build has
   * no errors, and returns once the previous output is removed. Allows a site without articles.
   */
  public static BuildResult build(SiteLayout layout) throws IOException {
    BuildResult result = build(layout, new Options(false, true));
    // A leftover that cannot be removed is the next build's to remove; the site is published.
    result.previousSiteRemoval().exceptionally(failure -> null).join();
    return result;
  }

  /**
   * Builds the site into its output folder, replacing the previous output only when the build has
   * no errors. Returns as soon as the new site is in place; the previous one is removed after that
   * ({@link BuildResult#previousSiteRemoval}).
   *
   * @throws gloss.write.OutputFolderException if the output folder may not be written
   */
  public static BuildResult build(SiteLayout layout, Options options) throws IOException {
    SiteWriter writer =
        SiteWriter.open(
            layout.output(),
            OutputSafety.of(
                layout.content(), layout.templates(), layout.projectRoot(), options.force()));
    Diagnostics diagnostics = new Diagnostics();
    int files;
    try {
      Rendered rendered = render(layout, Reuse.NONE, writer.sink(), diagnostics);
      files = rendered.files();
      if (!options.allowEmpty()
          && rendered.content().articles().isEmpty()
          && Files.isDirectory(layout.content())) {
        diagnostics.error(
            SourcePos.startOf(layout.display(layout.content())),
            "content folder has no articles (expected .md files in "
                + layout.display(layout.content().resolve("articles"))
                + "); pass --allow-empty to publish a site without them");
      }
    } catch (IOException | RuntimeException | Error e) {
      // A crash too (an Error from a stage): the staging folder goes, the old site stays.
      writer.discard();
      throw e;
    }
    if (diagnostics.hasErrors()) {
      writer.discard();
      return new BuildResult(
          diagnostics.sorted(),
          files,
          writer.bytesWritten(),
          false,
          CompletableFuture.completedFuture(null));
    }
    long bytes = writer.bytesWritten();
    return new BuildResult(diagnostics.sorted(), files, bytes, true, writer.publish());
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
  public static Rendered render(
      SiteLayout layout, Reuse reuse, PageSink sink, Diagnostics diagnostics) throws IOException {
    return Pipeline.run(layout, reuse, sink, diagnostics);
  }
}
