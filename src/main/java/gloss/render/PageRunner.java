package gloss.render;

import gloss.diag.Diagnostics;
import gloss.diag.Reported;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the pages of every family: renders each job's template (through {@link Rendering}, so that
 * {@code serve} can reuse bytes) and hands the bytes to the sink at once, so that no page is held
 * after it is written. Notes the listed HTML pages for the sitemap. Thread-safe.
 */
public final class PageRunner {
  /** How a page's bytes are made: its template run, or bytes made before for the same job. */
  @FunctionalInterface
  public interface Rendering {
    Reported<Optional<byte[]>> render(PageJob job);
  }

  private final PageSink sink;
  private final Diagnostics diagnostics;
  private final Rendering rendering;
  private final Set<String> listed = ConcurrentHashMap.newKeySet();
  private final AtomicInteger files = new AtomicInteger();

  public PageRunner(PageSink sink, Diagnostics diagnostics, Rendering rendering) {
    this.sink = sink;
    this.diagnostics = diagnostics;
    this.rendering = rendering;
  }

  /** Renders one page into the sink; a page whose template fails is left out. */
  public void run(PageJob job) {
    Optional<byte[]> bytes = rendering.render(job).reportTo(diagnostics);
    if (bytes.isEmpty()) {
      return;
    }
    if (job.listed() && job.path().endsWith(".html") && !job.path().equals("404.html")) {
      listed.add(job.path());
    }
    write(job.path(), bytes.get());
  }

  /** Renders pages in parallel. */
  public void runAll(Collection<PageJob> jobs) {
    jobs.parallelStream().forEach(this::run);
  }

  /** Hands a file that is not a template's page to the sink. */
  public void write(String path, byte[] bytes) {
    try {
      sink.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.incrementAndGet();
  }

  /** The HTML pages written so far that the sitemap lists. */
  public Set<String> listedPages() {
    return Set.copyOf(listed);
  }

  /** How many files went to the sink. */
  public int files() {
    return files.get();
  }
}
