package gloss.build;

import gloss.Reuse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one place that knows what a changed file invalidates: a content file drops the queries that
 * read it (and the file list when the file is new or gone, or a folder changed); anything under the
 * templates folder drops the theme. Every derived query then sees new inputs and is computed again,
 * or equal ones and is answered from the memo.
 */
final class ChangeTracker {
  private final Path contentDir;
  private final Path templatesDir;
  private final Memo memo;

  ChangeTracker(Path contentDir, Path templatesDir, Memo memo) {
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.templatesDir = templatesDir.toAbsolutePath().normalize();
    this.memo = memo;
  }

  /** A file or folder was created, modified, deleted or renamed. */
  void changed(Path path) {
    Path p = path.toAbsolutePath().normalize();
    if (p.startsWith(contentDir)) {
      if (memo.has(Reuse.Reads.CONTENT_FILE, p)
          && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        // An edit of a file read before: only that file is read again.
        memo.forgetSlot(Reuse.Reads.CONTENT_FILE, p);
      } else {
        memo.forget(Reuse.Reads.CONTENT_LIST, slot -> true);
        memo.forget(
            Reuse.Reads.CONTENT_FILE, slot -> slot instanceof Path file && file.startsWith(p));
      }
    }
    if (p.startsWith(templatesDir)) {
      memo.forget(Reuse.Reads.TEMPLATES, slot -> true);
    }
  }

  /** Changes that were not reported one by one: everything is read again. */
  void changedAll() {
    memo.clear();
  }
}
