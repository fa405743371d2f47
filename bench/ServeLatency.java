/*
 * Gloss serve benchmark: edit-to-served latency.
 *
 *   java -cp target/gloss.jar bench/ServeLatency.java --site DIR [--edits 10] [--warmup 3]
 *        [--templates DIR] [--java-opts "-Xmx4g"] [--timeout-s 120]
 *
 * Starts `gloss serve` (the jar on the class path) as a child process on a free loopback port
 * with DIR as its project folder (DIR/content; the templates are copied to a temporary folder,
 * so the theme in the repository is never edited), waits for the first build, then makes edits
 * of four kinds, one file at a time: an annotation's commentary, an article's body, an entity's
 * description, and the article template. For each edit it takes the time from just before the
 * file is written until an HTTP GET of the page that shows the edit returns it (polling every
 * few milliseconds), and prints p50, p95 and max per kind. Warm-up edits (JIT compilation) are
 * made first and not counted. Every edited file is restored at the end. Peak memory is the
 * child's peak resident set size (VmHWM, Linux). Besides time, each edit's work is counted from
 * the server's "rebuilt in" lines, which does not depend on the machine's load: how many
 * articles were linked again and how many pages' templates ran; and the server's CPU time per
 * edit (all its threads, /proc), steadier than wall time on a shared machine.
 *
 * Single file, JDK 17 only; the gloss jar is needed on the class path only to find it.
 */

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

public final class ServeLatency {
  enum Kind { ANNOTATION, ARTICLE, ENTITY, TEMPLATE }

  /** One edit: which file, what to write, and which page must show the token. */
  record Edit(Kind kind, Path file, String original, String edited, String page, String token) {}

  public static void main(String[] args) throws Exception {
    Path site = null;
    Path templates = null;
    int edits = 10;
    int warmup = 3;
    String javaOpts = "";
    long timeoutS = 120;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--site" -> site = Paths.get(value(args, ++i)).toAbsolutePath().normalize();
        case "--templates" -> templates = Paths.get(value(args, ++i)).toAbsolutePath().normalize();
        case "--edits" -> edits = Integer.parseInt(value(args, ++i));
        case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
        case "--java-opts" -> javaOpts = value(args, ++i);
        case "--timeout-s" -> timeoutS = Long.parseLong(value(args, ++i));
        case "-h", "--help" -> {
          usage();
          return;
        }
        default -> {
          System.err.println("unknown argument: " + args[i]);
          usage();
          System.exit(2);
        }
      }
    }
    if (site == null || !Files.isDirectory(site.resolve("content"))) {
      System.err.println("--site must name a folder with a content/ folder");
      usage();
      System.exit(2);
    }
    Path jar = glossJar();
    if (templates == null) {
      templates = Files.isDirectory(site.resolve("templates")) ? site.resolve("templates") : Paths.get("templates").toAbsolutePath();
    }
    Path theme = Files.createTempDirectory("gloss-bench-theme");
    copyTree(templates, theme);
    new ServeLatency(site, theme, jar, javaOpts, Duration.ofSeconds(timeoutS)).run(edits, warmup);
  }

  private static void usage() {
    System.err.println("usage: java -cp target/gloss.jar bench/ServeLatency.java --site DIR [--edits N] [--warmup N]"
        + " [--templates DIR] [--java-opts OPTS] [--timeout-s S]");
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      usage();
      System.exit(2);
    }
    return args[i];
  }

  private final Path site;
  private final Path theme;
  private final Path jar;
  private final String javaOpts;
  private final Duration timeout;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Edit> made = new ArrayList<>();
  private final Map<Path, String> originals = new LinkedHashMap<>();
  private Process child;
  private String base;
  private int counter;
  /** Rebuilds reported by the server so far, and the work they did. */
  private final java.util.concurrent.atomic.AtomicLong rebuilds = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong linked = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong rendered = new java.util.concurrent.atomic.AtomicLong();
  private static final java.util.regex.Pattern WORK =
      java.util.regex.Pattern.compile("\\((\\d+) articles? linked, (\\d+) pages? rendered\\)");
  /** The work of the latest measured edit: articles linked, pages rendered, server CPU ms. */
  private long[] lastWork = {0, 0, 0};

  private ServeLatency(Path site, Path theme, Path jar, String javaOpts, Duration timeout) {
    this.site = site;
    this.theme = theme;
    this.jar = jar;
    this.javaOpts = javaOpts;
    this.timeout = timeout;
  }

  private void run(int edits, int warmup) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    base = "http://127.0.0.1:" + port + "/";
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    if (!javaOpts.isBlank()) {
      command.addAll(Arrays.asList(javaOpts.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", jar.toString(), "serve", "--port", String.valueOf(port),
        "--content", site.resolve("content").toString(), "--templates", theme.toString()));
    System.out.println("command: (cd " + site + " && " + String.join(" ", command) + ")");
    long started = System.nanoTime();
    child = new ProcessBuilder(command).directory(site.toFile()).redirectErrorStream(true).start();
    Thread log = new Thread(this::echo, "gloss-serve-output");
    log.setDaemon(true);
    log.start();
    Runtime.getRuntime().addShutdownHook(new Thread(this::cleanUp));
    try {
      awaitFirstBuild();
      System.out.printf(Locale.ROOT, "first build served after %.1f s%n", (System.nanoTime() - started) / 1e9);
      List<Path> annotations = files(site.resolve("content/annotations"), 2);
      List<Path> articles = files(site.resolve("content/articles"), 1);
      List<Path> entities = new ArrayList<>();
      try (Stream<Path> kinds = Files.list(site.resolve("content"))) {
        for (Path kind : kinds.filter(Files::isDirectory).sorted().toList()) {
          String name = kind.getFileName().toString();
          if (!name.equals("articles") && !name.equals("annotations")) {
            entities.addAll(files(kind, 1));
          }
        }
      }
      Map<Kind, List<Double>> results = new LinkedHashMap<>();
      Map<Kind, List<long[]>> work = new LinkedHashMap<>();
      for (Kind k : Kind.values()) {
        results.put(k, new ArrayList<>());
        work.put(k, new ArrayList<>());
      }
      int total = warmup + edits;
      for (int i = 0; i < total; i++) {
        for (Kind kind : Kind.values()) {
          Edit edit = switch (kind) {
            case ANNOTATION -> annotationEdit(pick(annotations, i, total));
            case ARTICLE -> articleEdit(pick(articles, i, total));
            case ENTITY -> entityEdit(pick(entities, i, total));
            case TEMPLATE -> templateEdit(articles.get(i % articles.size()));
          };
          double ms = measure(edit);
          if (i >= warmup) {
            results.get(kind).add(ms);
            work.get(kind).add(lastWork);
          }
          System.out.printf(Locale.ROOT, "%s %-10s %8.1f ms %7d ms CPU %5d linked %6d rendered  %s%n",
              i < warmup ? "warm-up" : "edit   ", kind.name().toLowerCase(Locale.ROOT), ms, lastWork[2],
              lastWork[0], lastWork[1], site.relativize(edit.file()));
        }
      }
      System.out.println();
      System.out.println("edit-to-served latency over " + edits + " edits per kind (after " + warmup + " warm-up rounds):");
      System.out.printf(Locale.ROOT, "%-10s %9s %9s %9s %9s %14s %14s %15s%n", "kind", "p50 ms", "p95 ms",
          "max ms", "mean ms", "CPU ms (p50)", "linked (p50)", "rendered (p50)");
      results.forEach((kind, values) -> {
        if (values.isEmpty()) {
          return;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] l = work.get(kind).stream().mapToDouble(w -> w[0]).sorted().toArray();
        double[] r = work.get(kind).stream().mapToDouble(w -> w[1]).sorted().toArray();
        double[] c = work.get(kind).stream().mapToDouble(w -> w[2]).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-10s %9.1f %9.1f %9.1f %9.1f %14.0f %14.0f %15.0f%n",
            kind.name().toLowerCase(Locale.ROOT), percentile(v, 50), percentile(v, 95), v[v.length - 1],
            Arrays.stream(v).average().orElse(0), percentile(c, 50), percentile(l, 50), percentile(r, 50));
      });
      System.out.println("peak RSS of gloss serve: " + peakRss(child.pid()));
    } finally {
      cleanUp();
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** Spreads picks over the list: edit i of n takes the file at (i + 0.5) / n of the way. */
  private static Path pick(List<Path> files, int i, int n) {
    return files.get((int) ((i + 0.5) * files.size() / n) % files.size());
  }

  private String token(Kind kind) {
    return "benchedit" + kind.name().toLowerCase(Locale.ROOT) + (++counter) + "x" + System.nanoTime() % 100000;
  }

  private Edit annotationEdit(Path file) throws IOException {
    String token = token(Kind.ANNOTATION);
    String text = original(file);
    String article = file.getParent().getFileName().toString();
    return new Edit(Kind.ANNOTATION, file, text, appendParagraph(text, "Edited note " + token + "."),
        "articles/" + article + "/", token);
  }

  private Edit articleEdit(Path file) throws IOException {
    String token = token(Kind.ARTICLE);
    String text = original(file);
    return new Edit(Kind.ARTICLE, file, text, appendParagraph(text, "Edited article " + token + "."),
        "articles/" + slug(file) + "/", token);
  }

  private Edit entityEdit(Path file) throws IOException {
    String token = token(Kind.ENTITY);
    String text = original(file);
    return new Edit(Kind.ENTITY, file, text, appendParagraph(text, "Edited description " + token + "."),
        file.getParent().getFileName() + "/" + slug(file) + "/", token);
  }

  /** A comment in the article template: every article page renders again. */
  private Edit templateEdit(Path article) throws IOException {
    String token = token(Kind.TEMPLATE);
    Path file = theme.resolve("article.ftlh");
    String text = original(file);
    String current = Files.readString(file);
    String marker = "<@layout.shell>";
    if (!current.contains(marker)) {
      throw new IllegalStateException(file + " has no " + marker + " to put the edit after");
    }
    String edited = current.replaceFirst("\n<!-- bench [a-z0-9]+ -->", "")
        .replace(marker, marker + "\n<!-- bench " + token + " -->");
    return new Edit(Kind.TEMPLATE, file, text, edited, "articles/" + slug(article) + "/", token);
  }

  private String original(Path file) throws IOException {
    String text = originals.get(file);
    if (text == null) {
      text = Files.readString(file);
      originals.put(file, text);
    }
    return text;
  }

  private static String appendParagraph(String text, String paragraph) {
    return text.stripTrailing() + "\n\n" + paragraph + "\n";
  }

  private static String slug(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - 3);
  }

  /** Writes the edit and polls its page until the page shows it; returns milliseconds. */
  private double measure(Edit edit) throws Exception {
    URI page = URI.create(base + edit.page());
    long rebuildsBefore = rebuilds.get();
    long linkedBefore = linked.get();
    long renderedBefore = rendered.get();
    long cpuBefore = cpuMillis(child.pid());
    long start = System.nanoTime();
    Files.writeString(edit.file(), edit.edited(), StandardCharsets.UTF_8);
    made.add(edit);
    long deadline = start + timeout.toNanos();
    while (true) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(page).timeout(timeout).build(),
          HttpResponse.BodyHandlers.ofString());
      long now = System.nanoTime();
      if (r.statusCode() == 200 && r.body().contains(edit.token())) {
        // The server reports the rebuild just after it serves it: wait a moment for the line.
        for (int waited = 0; rebuilds.get() == rebuildsBefore && waited < 2000; waited += 5) {
          Thread.sleep(5);
        }
        lastWork = new long[] {linked.get() - linkedBefore, rendered.get() - renderedBefore,
            cpuMillis(child.pid()) - cpuBefore};
        return (now - start) / 1e6;
      }
      if (now > deadline) {
        throw new IllegalStateException("edit of " + edit.file() + " not served at " + page + " within " + timeout
            + " (last status " + r.statusCode() + ")");
      }
      Thread.sleep(3);
    }
  }

  private void awaitFirstBuild() throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        throw new IllegalStateException("gloss serve exited with status " + child.exitValue());
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
        if (r.statusCode() == 500) {
          throw new IllegalStateException("the corpus does not build; see the diagnostics above");
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no first build within 30 minutes");
  }

  private void echo() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int shown = 0;
      while ((line = in.readLine()) != null) {
        if (line.contains("rebuilt in ")) {
          // one per edit: counted, not shown
          java.util.regex.Matcher m = WORK.matcher(line);
          if (m.find()) {
            linked.addAndGet(Long.parseLong(m.group(1)));
            rendered.addAndGet(Long.parseLong(m.group(2)));
          }
          rebuilds.incrementAndGet();
          continue;
        }
        if (shown++ < 40) {
          System.out.println("  | " + line);
        }
      }
    } catch (IOException e) {
      // the child is gone
    }
  }

  private synchronized void cleanUp() {
    for (Map.Entry<Path, String> e : originals.entrySet()) {
      try {
        if (!e.getKey().startsWith(theme)) {
          Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
        }
      } catch (IOException ex) {
        System.err.println("could not restore " + e.getKey() + ": " + ex.getMessage());
      }
    }
    originals.clear();
    if (child != null && child.isAlive()) {
      child.destroy();
      try {
        child.waitFor();
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
    }
    deleteTree(theme);
  }

  /**
   * The server's CPU time so far (user + system, all threads, from /proc), in ms: on a shared
   * machine a steadier measure of an edit's cost than wall time. 0 where there is no /proc.
   */
  private static long cpuMillis(long pid) {
    try {
      String stat = Files.readString(Paths.get("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14 and 15 of stat (utime, stime), counted after the command name's field 2
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / 100;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static String peakRss(long pid) {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "unknown (no /proc)";
  }

  /** Content files at the given depth below a folder, sorted. */
  private static List<Path> files(Path dir, int depth) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir, depth)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
          .filter(p -> dir.relativize(p).getNameCount() == depth)
          .sorted()
          .toList();
    }
  }

  private static Path glossJar() {
    try {
      Class<?> main = Class.forName("gloss.cli.Main");
      Path jar = Paths.get(main.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException("gloss.cli.Main is not in a jar: " + jar);
      }
      return jar;
    } catch (ClassNotFoundException e) {
      System.err.println("put the gloss jar on the class path: java -cp target/gloss.jar bench/ServeLatency.java ...");
      System.exit(2);
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      System.err.println("could not remove " + root + ": " + e.getMessage());
    }
  }
}
