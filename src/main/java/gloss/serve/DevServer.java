package gloss.serve;

import gloss.SiteLayout;
import gloss.build.IncrementalBuild;
import gloss.diag.Crash;
import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import gloss.diag.SourcePos;
import gloss.model.ContentLayout;
import gloss.model.SitePaths;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code gloss serve}: builds the site into memory, serves it over HTTP with Jetty, watches the
 * content and templates folders, rebuilds what a change affects and tells every open page to
 * reload, over Server-Sent Events.
 *
 * <p>Each good build becomes an immutable {@link SiteSnapshot}; the server swaps the reference to
 * it in one step, so a request is always answered from one complete build, never a half-written
 * page. A build with errors leaves the last good snapshot in place: its diagnostics go to the
 * terminal and, as an overlay, to every open page. If the very first build fails, every page is an
 * error page until a build succeeds.
 *
 * <p>Serve writes no files: nothing is left behind when it stops.
 */
public final class DevServer implements AutoCloseable {
  /** Options of {@code gloss serve}. */
  public record Options(
      String host, int port, String basePath, boolean navigate, long quietMillis) {
    public Options {
      basePath = normalizeBasePath(basePath);
    }

    public static Options defaults() {
      return new Options("127.0.0.1", 4000, "/", false, 50);
    }
  }

  /** What the server tells the user about each build. */
  public interface Reporter {
    /** The diagnostics of a build, printed when they differ from the previous build's. */
    void diagnostics(List<Diagnostic> diagnostics);

    /** A one-line note ("rebuilt in 42 ms: 3 pages changed"). */
    void note(String line);
  }

  /** The port could not be bound: in use, or not allowed. */
  public static final class PortUnavailableException extends IOException {
    PortUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Options options;
  private final Reporter reporter;
  private final Server server;
  private final ServerConnector connector;
  private final LiveReload liveReload = new LiveReload();
  private final AtomicReference<SiteSnapshot> current =
      new AtomicReference<>(SiteSnapshot.building());
  private final Object publishing = new Object();
  private final String serverId = UUID.randomUUID().toString();
  private final long startedAt = System.currentTimeMillis();
  private final ExecutorService builder;
  private final ScheduledExecutorService pinger;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Set<Path> queued = new LinkedHashSet<>();
  private final Map<Boolean, byte[]> statusPages = new ConcurrentHashMap<>();
  private final String scriptTag;
  private IncrementalBuild build;
  private SiteWatcher watcher;
  private List<Diagnostic> lastReported;
  private volatile boolean closed;
  private volatile long builds;

  private DevServer(Options options, Reporter reporter) {
    this.options = options;
    this.reporter = reporter;
    this.scriptTag = ReloadScript.tag(options.basePath());
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("gloss-http");
    threads.setDaemon(true);
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    // Requests with dot segments or encoded slashes reach the handler, which answers 404 as
    // GitHub Pages does, instead of Jetty's 400.
    http.setUriCompliance(UriCompliance.UNSAFE);
    this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(options.host());
    connector.setPort(options.port());
    connector.setIdleTimeout(60_000);
    server.addConnector(connector);
    SiteHandler handler =
        new SiteHandler(this, options.basePath(), AllowedHosts.forBinding(options.host()));
    server.setHandler(handler);
    server.setErrorHandler(handler.errorHandler());
    server.setStopTimeout(2000);
    this.builder =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            SiteWatcher.daemon("gloss-build"));
    this.pinger = Executors.newSingleThreadScheduledExecutor(SiteWatcher.daemon("gloss-ping"));
  }

  /**
   * Binds the port, then builds the site (in the background: until it is built, pages say so) and
   * starts watching. When the layout has no base URL, the site is built for the address it is
   * served at (as {@code hugo server} does), so canonical links and the feed point at it.
   */
  public static DevServer start(SiteLayout layout, Options options, Reporter reporter)
      throws IOException {
    DevServer s = new DevServer(options, reporter);
    try {
      s.server.start();
    } catch (Exception e) {
      s.close();
      if (hasCause(e, BindException.class)) {
        throw new PortUnavailableException(
            "port "
                + options.port()
                + " on "
                + options.host()
                + " is already in use (or not allowed); choose another with --port",
            e);
      }
      if (e instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot start the server: " + e, e);
    }
    SiteLayout served =
        layout.baseUrl() != null
            ? layout
            : new SiteLayout(
                layout.projectRoot(),
                layout.content(),
                layout.templates(),
                layout.output(),
                s.url());
    s.build = IncrementalBuild.of(served);
    s.pinger.scheduleAtFixedRate(s.liveReload::ping, 10, 10, TimeUnit.SECONDS);
    s.watcher =
        new SiteWatcher(
            List.of(served.content(), served.templates()), options.quietMillis(), s::enqueue);
    s.builder.execute(() -> s.rebuild(Set.of()));
    return s;
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The address of the site, e.g. {@code http://127.0.0.1:4000/digest/}. */
  public String url() {
    String host = options.host();
    try {
      if (host.isEmpty() || InetAddress.getByName(host).isAnyLocalAddress()) {
        host = "localhost";
      }
    } catch (IOException e) {
      // keep the name as given
    }
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port() + options.basePath();
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** How many builds have finished, good or not (for tests and the benchmark). */
  public long builds() {
    return builds;
  }

  /** How many pages are listening for live reload. */
  int openPages() {
    return liveReload.size();
  }

  SiteSnapshot snapshot() {
    return current.get();
  }

  long startedAt() {
    return startedAt;
  }

  /** Blocks until the server is closed. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Queues a batch of changed paths; batches that wait for a running build are merged. */
  private void enqueue(Set<Path> paths) {
    synchronized (queued) {
      boolean idle = queued.isEmpty();
      queued.addAll(paths);
      if (!idle) {
        return;
      }
    }
    builder.execute(
        () -> {
          Set<Path> batch;
          synchronized (queued) {
            batch = new LinkedHashSet<>(queued);
            queued.clear();
          }
          rebuild(batch);
        });
  }

  private void rebuild(Set<Path> changed) {
    if (closed) {
      return;
    }
    long start = System.nanoTime();
    for (Path p : changed) {
      if (p.equals(SiteWatcher.EVERYTHING)) {
        build.changedAll();
      } else {
        build.changed(p);
      }
    }
    int expected = current.get().files().size();
    Map<String, byte[]> files = new ConcurrentHashMap<>(Math.max(16, expected + expected / 8));
    Diagnostics diagnostics = new Diagnostics();
    try {
      build.run(files::put, diagnostics);
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A crash of one rebuild (a bug, or a theme that recurses for ever) is shown like a failed
      // build, on one line, and the last good build stays served; the next edit builds anew.
      diagnostics.error(
          SourcePos.startOf(build.layout().projectRoot().toString()),
          "internal error: " + Crash.describe(e));
      build.changedAll();
    }
    IncrementalBuild.Work work = build.work();
    List<Diagnostic> found = diagnostics.sorted();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    boolean failed = found.stream().anyMatch(Diagnostic::isError);
    if (!found.equals(lastReported)) {
      reporter.diagnostics(found);
      lastReported = found;
    }
    synchronized (publishing) {
      SiteSnapshot before = current.get();
      if (failed) {
        current.set(before.failed(found));
        statusPages.clear();
        liveReload.broadcast(errorsEvent(found));
        reporter.note(
            String.format(
                Locale.ROOT,
                "build failed in %d ms; %s",
                millis,
                before.ready()
                    ? "still serving the last good build"
                    : "pages show the errors until it is fixed"));
      } else {
        SiteSnapshot next = before.next(files, found, scriptTag, System.currentTimeMillis());
        current.set(next);
        statusPages.clear();
        Set<String> changedPaths = next.changedSince(before);
        if (before.hasErrors()) {
          liveReload.broadcast(new LiveReload.Event("ok", "{}"));
        }
        if (!before.ready()) {
          liveReload.broadcast(reloadEvent(null, null));
          reporter.note(
              String.format(Locale.ROOT, "built %d files in %d ms", files.size(), millis));
        } else if (!changedPaths.isEmpty()) {
          liveReload.broadcast(reloadEvent(changedPaths, navigation(changed, next)));
          reporter.note(
              String.format(
                  Locale.ROOT,
                  "rebuilt in %d ms: %d file%s changed (%d article%s linked, %d page%s"
                      + " rendered)",
                  millis,
                  changedPaths.size(),
                  changedPaths.size() == 1 ? "" : "s",
                  work.articlesLinked(),
                  work.articlesLinked() == 1 ? "" : "s",
                  work.pagesRendered(),
                  work.pagesRendered() == 1 ? "" : "s"));
        }
      }
      builds++;
    }
  }

  private LiveReload.Event errorsEvent(List<Diagnostic> diagnostics) {
    return new LiveReload.Event(
        "errors", Json.of(Map.of("diagnostics", Json.diagnostics(diagnostics))));
  }

  /** At most this many changed pages are listed; beyond, every page reloads. */
  private static final int LISTED_CHANGES = 500;

  private LiveReload.Event reloadEvent(Set<String> changedPaths, String navigate) {
    Map<String, Object> data = new LinkedHashMap<>();
    if (changedPaths == null || changedPaths.size() > LISTED_CHANGES) {
      data.put("changed", null);
    } else {
      List<String> urls = new ArrayList<>();
      for (String p : changedPaths) {
        urls.add(options.basePath() + SitePaths.pretty(p));
      }
      data.put("changed", urls);
    }
    data.put("navigate", navigate);
    return new LiveReload.Event("reload", Json.of(data));
  }

  /**
   * With {@code --navigate}, the page that the last changed content file renders: an article for
   * the article or one of its annotations, an entity's page for the entity.
   */
  private String navigation(Set<Path> changed, SiteSnapshot site) {
    if (!options.navigate()) {
      return null;
    }
    Path content = build.layout().content().toAbsolutePath().normalize();
    String target = null;
    for (Path p : changed) {
      if (!p.startsWith(content) || p.equals(content)) {
        continue;
      }
      Optional<String> page = ContentLayout.page(content.relativize(p));
      if (page.isPresent() && site.files().containsKey(page.get())) {
        target = options.basePath() + SitePaths.pretty(page.get());
      }
    }
    return target;
  }

  /** Opens a page's event stream, sending the state it must know about. */
  void openEvents(Request request, Response response, Callback callback) {
    synchronized (publishing) {
      liveReload.open(
          request,
          response,
          callback,
          () -> {
            List<LiveReload.Event> greeting = new ArrayList<>();
            greeting.add(new LiveReload.Event("hello", Json.of(Map.of("server", serverId))));
            SiteSnapshot s = current.get();
            if (s.hasErrors()) {
              greeting.add(errorsEvent(s.diagnostics()));
            }
            return greeting;
          });
    }
  }

  /** The page shown for every path until a build succeeds. */
  byte[] statusPage(SiteSnapshot snapshot) {
    return statusPages.computeIfAbsent(
        snapshot.hasErrors(),
        failed ->
            Resource.utf8(
                failed
                    ? StatusPage.failed(snapshot.diagnostics(), scriptTag)
                    : StatusPage.building(scriptTag)));
  }

  /** Stops watching, ends every event stream and stops the server. Safe to call twice. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (watcher != null) {
        watcher.close();
      }
    } catch (IOException e) {
      // stopping anyway
    }
    pinger.shutdownNow();
    builder.shutdownNow();
    liveReload.closeAll();
    try {
      server.stop();
    } catch (Exception e) {
      // stopping anyway
    }
    stopped.countDown();
  }

  /**
   * {@code /digest/} from {@code digest}, {@code /digest} or {@code /digest/}; {@code /} for blank.
   */
  static String normalizeBasePath(String path) {
    String p = path == null ? "" : path.strip();
    if (p.contains("://")) {
      p = URI.create(p).getPath();
    }
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    if (!p.endsWith("/")) {
      p = p + "/";
    }
    if (p.contains("//") || p.contains("/../") || p.contains("/./")) {
      throw new IllegalArgumentException("not a base path: " + path);
    }
    return p;
  }
}
