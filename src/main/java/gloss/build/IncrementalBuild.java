package gloss.build;

import gloss.SiteBuild;
import gloss.SiteLayout;
import gloss.diag.Diagnostics;
import gloss.render.PageSink;
import java.io.IOException;

/**
 * The pipeline of {@link SiteBuild} run through one {@link Memo}, so that {@code serve} rebuilds a
 * site after an edit by computing again only what the edit affects: the files that changed are read
 * again, an article is linked again when it, its annotations or the entities' names changed, and a
 * page's template runs again when its model or template changed. Every run produces the whole site,
 * byte for byte what a fresh build of the same files produces, with the same diagnostics. Not
 * thread-safe: one run at a time.
 */
public final class IncrementalBuild {
  private final SiteLayout layout;
  private final Memo memo = new Memo();
  private final ChangeTracker changes;

  private IncrementalBuild(SiteLayout layout) {
    this.layout = layout;
    this.changes = new ChangeTracker(layout.content(), layout.templates(), memo);
  }

  public static IncrementalBuild of(SiteLayout layout) {
    return new IncrementalBuild(layout);
  }

  public SiteLayout layout() {
    return layout;
  }

  /**
   * Reports a created, modified, deleted or renamed file or folder; the next run reads it again.
   * Paths outside the content and templates folders are ignored.
   */
  public void changed(java.nio.file.Path path) {
    changes.changed(path);
  }

  /** Forgets what was read, for changes that could not be reported one by one. */
  public void changedAll() {
    changes.changedAll();
  }

  /**
   * What the latest run computed rather than reused: the articles it linked and the pages whose
   * template ran, a measure of an edit's work that does not depend on the machine's speed.
   */
  public record Work(int articlesLinked, int pagesRendered) {}

  public Work work() {
    return new Work(memo.computed("link"), memo.computed("page"));
  }

  /** Builds the whole site into the sink; returns the number of files written. */
  public int run(PageSink sink, Diagnostics diagnostics) throws IOException {
    memo.begin();
    try {
      return SiteBuild.render(layout, memo, sink, diagnostics).files();
    } catch (IOException | RuntimeException e) {
      memo.clear();
      throw e;
    } finally {
      memo.end();
    }
  }
}
