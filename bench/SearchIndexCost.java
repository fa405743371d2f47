import gloss.Reuse;
import gloss.SiteBuild;
import gloss.SiteLayout;
import gloss.diag.Diagnostics;
import gloss.render.PageSink;
import gloss.render.SearchIndex;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What building the search index costs, as a share of the whole build's CPU time (not wall time,
 * which a loaded machine makes meaningless), and how big the index is against the site's HTML.
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp target/gloss.jar bench/SearchIndexCost.java CONTENT TEMPLATES OUTPUT
 * </pre>
 *
 * Builds the site in this JVM through a {@link Reuse} that computes everything (as {@code gloss
 * build} does) and keeps the search fold's items; the build makes the index while other pages
 * render, so the fold is timed again once the build is done, alone in the process (its process
 * CPU time), and so is writing its files into the output once more. What each {@link
 * SearchIndex.Source} costs where it is made, in the article and entity stages (counting the
 * words, compressing the document file), is not in these figures: the source keeps no documents
 * to make it again from, and it runs among the rest of those stages; only building the site with
 * and without the index measures it (bench/README.md, "Search build cost, by ablation"). Then
 * sums file sizes: the index (search/ but the search page) against every HTML file.
 */
public class SearchIndexCost {
  static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  static final Map<String, byte[]> indexFiles = new java.util.TreeMap<>();

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws IOException {
    Path content = Path.of(args[0]).toAbsolutePath();
    Path templates = Path.of(args[1]).toAbsolutePath();
    Path output = Path.of(args[2]).toAbsolutePath();
    List<Runnable> foldAgain = new ArrayList<>();
    Reuse timing =
        new Reuse() {
          @Override
          public <I, V> V get(Query<I, V> query, Object slot, I inputs, Function<I, V> compute) {
            return Reuse.NONE.get(query, slot, inputs, compute);
          }

          @Override
          public <T, R> R fold(
              Query<List<T>, R> query,
              List<T> items,
              Function<T, String> key,
              Supplier<Fold<T, R>> fresh) {
            if (query.name().equals("search-index")) {
              synchronized (foldAgain) {
                foldAgain.add(
                    () -> indexFiles.putAll((Map<String, byte[]>) Reuse.NONE.fold(query, items, key, fresh)));
              }
            }
            return Reuse.NONE.fold(query, items, key, fresh);
          }
        };
    PageSink sink =
        (path, bytes) -> {
          Path file = output.resolve(path);
          Files.createDirectories(file.getParent());
          Files.write(file, bytes);
        };
    long start = OS.getProcessCpuTime();
    SiteBuild.render(
        new SiteLayout(content.getParent(), content, templates, output, null),
        timing,
        sink,
        new Diagnostics());
    long total = OS.getProcessCpuTime() - start;
    long foldStart = OS.getProcessCpuTime();
    foldAgain.forEach(Runnable::run);
    long writeStart = OS.getProcessCpuTime();
    for (Map.Entry<String, byte[]> f : indexFiles.entrySet()) {
      sink.write(f.getKey(), f.getValue());
    }
    long end = OS.getProcessCpuTime();
    long index = end - foldStart;
    System.out.printf(
        Locale.ROOT,
        "build CPU %.1f s; search index fold and writing CPU %.1f s (fold %.1f s, writing %.1f s)"
            + " = %.1f %%%n",
        total / 1e9,
        index / 1e9,
        (writeStart - foldStart) / 1e9,
        (end - writeStart) / 1e9,
        100.0 * index / total);
    long[] html = new long[2];
    long[] search = new long[3];
    try (var walk = Files.walk(output)) {
      walk.filter(Files::isRegularFile)
          .forEach(
              f -> {
                String rel = output.relativize(f).toString().replace('\\', '/');
                long size = f.toFile().length();
                if (rel.endsWith(".html")) {
                  html[0] += size;
                  html[1]++;
                }
                if (rel.startsWith("search/") && rel.endsWith(".js")) {
                  search[0] += size;
                  search[1]++;
                  search[2] = Math.max(search[2], size);
                }
              });
    }
    System.out.printf(
        Locale.ROOT,
        "HTML %,d bytes in %,d files; search index %,d bytes in %,d files (largest %,d) = %.1f %%%n",
        html[0],
        html[1],
        search[0],
        search[1],
        search[2],
        100.0 * search[0] / html[0]);
  }
}
