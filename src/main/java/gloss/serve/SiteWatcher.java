package gloss.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders recursively (new, changed, deleted and renamed files and folders) and reports the
 * changed paths in batches: a batch closes once no event has come for a short quiet period, so an
 * editor's save-by-rename (write a temporary file, rename it over the original) or a {@code git
 * checkout} is one batch, not many. Uses directory-watcher, which watches whole trees on Linux,
 * macOS (native FSEvents, where the JDK would poll) and Windows, and registers folders created
 * while it runs.
 */
final class SiteWatcher implements Closeable {
  /** Set in a batch when events were lost (overflow) and everything must be checked again. */
  static final Path EVERYTHING = Path.of("");

  private final DirectoryWatcher watcher;
  private final ScheduledExecutorService timer;
  private final ExecutorService watching;
  private final long quietMillis;
  private final long maxDelayMillis;
  private final Consumer<Set<Path>> onBatch;
  private final Set<Path> pending = new LinkedHashSet<>();
  private ScheduledFuture<?> flush;
  private long firstEventAt;

  SiteWatcher(List<Path> roots, long quietMillis, Consumer<Set<Path>> onBatch) throws IOException {
    this.quietMillis = quietMillis;
    this.maxDelayMillis = Math.max(quietMillis * 5, 250);
    this.onBatch = onBatch;
    this.timer = Executors.newSingleThreadScheduledExecutor(daemon("gloss-watch-batch"));
    this.watching = Executors.newSingleThreadExecutor(daemon("gloss-watch"));
    List<Path> existing = roots.stream().filter(Files::isDirectory).distinct().toList();
    if (existing.isEmpty()) {
      // Nothing to watch (the build reports the missing folders); restart serve once they exist.
      this.watcher = null;
      return;
    }
    this.watcher =
        DirectoryWatcher.builder()
            .paths(existing)
            .fileHashing(false)
            .listener(this::onEvent)
            .build();
    watcher.watchAsync(watching);
  }

  private void onEvent(DirectoryChangeEvent event) {
    Path path = event.path();
    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
      path = EVERYTHING;
    } else if (path == null || isHidden(path)) {
      return;
    }
    synchronized (this) {
      long now = System.nanoTime();
      if (pending.isEmpty()) {
        firstEventAt = now;
      }
      pending.add(path.toAbsolutePath().normalize());
      if (flush != null) {
        flush.cancel(false);
      }
      long waited = TimeUnit.NANOSECONDS.toMillis(now - firstEventAt);
      long delay = Math.max(0, Math.min(quietMillis, maxDelayMillis - waited));
      flush = timer.schedule(this::flush, delay, TimeUnit.MILLISECONDS);
    }
  }

  /** Editors' swap, lock and backup files (.x.swp, .#x) never affect the site. */
  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private void flush() {
    Set<Path> batch;
    synchronized (this) {
      if (pending.isEmpty()) {
        return;
      }
      batch = new LinkedHashSet<>(pending);
      pending.clear();
      flush = null;
    }
    onBatch.accept(batch);
  }

  @Override
  public void close() throws IOException {
    try {
      if (watcher != null) {
        watcher.close();
      }
    } finally {
      timer.shutdownNow();
      watching.shutdownNow();
    }
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
