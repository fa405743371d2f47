import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A reader typing a query into the search page, letter by letter, in headless Chromium: how many
 * bytes that transfers in total (the page, stylesheet, scripts, every index fragment and document
 * loaded on the way, each response counted as the local server sent it, and as gzip would) and how
 * long after the last keystroke the results are all shown (the status line set for the final
 * query). The built site is served over HTTP on the loopback interface under {@code /digest/}, as
 * GitHub Pages serves a project site, with no cache headers; each query gets a fresh browser
 * profile, so nothing is cached from the one before.
 *
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/gloss-cp.txt
 * java -cp "$(cat /tmp/gloss-cp.txt)" bench/SearchTyping.java SITE_OUTPUT [--delay-ms 150] "query" ...
 * </pre>
 *
 * Each query is typed {@code --rounds} times (default 3), one key every {@code --delay-ms}
 * (default 150: a brisk typist); the figures of each round are printed, with {@code --list}
 * every request too. Needs /usr/bin/chromium and
 * /usr/bin/chromedriver; Selenium (a test dependency of the project) from the class path.
 */
public class SearchTyping {
  static final String BASE = "/digest/";
  static final AtomicLong rawBytes = new AtomicLong();
  static final AtomicLong gzipBytes = new AtomicLong();
  static final AtomicInteger requests = new AtomicInteger();
  static final AtomicLong lastRequest = new AtomicLong();
  static final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
  static boolean list;

  /** Set in the page once it has loaded: when a key was last typed and the status last changed. */
  static final String PROBE =
      "window.__lastKey = 0; window.__statusAt = 0;"
          + "document.getElementById('search-query').addEventListener('keydown',"
          + "  () => { window.__lastKey = performance.now(); }, true);"
          + "new MutationObserver(() => { window.__statusAt = performance.now(); })"
          + "  .observe(document.getElementById('search-status'),"
          + "    {childList: true, characterData: true, subtree: true});";

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]).toAbsolutePath();
    long delay = 150;
    int rounds = 3;
    List<String> queries = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--delay-ms" -> delay = Long.parseLong(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--list" -> list = true;
        default -> queries.add(args[i]);
      }
    }
    HttpServer server = serve(site);
    String origin = "http://127.0.0.1:" + server.getAddress().getPort() + BASE;
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    System.setProperty("SE_AVOID_STATS", "true");
    System.setProperty("SE_OFFLINE", "true");
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.OFF);
    try {
      for (String query : queries) {
        for (int r = 0; r < rounds; r++) {
          type(origin, query, delay);
        }
      }
    } finally {
      server.stop(0);
      System.exit(0);
    }
  }

  static void type(String origin, String query, long delay) throws Exception {
    Path profile = Files.createTempDirectory("search-typing-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--user-data-dir=" + profile);
    ChromeDriver driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build(),
            options);
    try {
      rawBytes.set(0);
      gzipBytes.set(0);
      requests.set(0);
      log.clear();
      driver.get(origin + "search/index.html");
      driver.executeScript(PROBE);
      WebElement box = driver.findElement(By.id("search-query"));
      for (int i = 0; i < query.length(); i++) {
        box.sendKeys(String.valueOf(query.charAt(i)));
        Thread.sleep(delay);
      }
      // Done when nothing was requested for a second and the status has been set since.
      long quietSince;
      do {
        Thread.sleep(200);
        quietSince = System.nanoTime() - lastRequest.get();
      } while (quietSince < 1_000_000_000L
          || ((Number) driver.executeScript("return window.__statusAt")).doubleValue()
              < ((Number) driver.executeScript("return window.__lastKey")).doubleValue());
      double latency =
          ((Number) driver.executeScript("return window.__statusAt - window.__lastKey"))
              .doubleValue();
      String status = driver.findElement(By.id("search-status")).getText();
      System.out.printf(
          Locale.ROOT,
          "typed %-24s %3d requests %,9d bytes (%,9d gzip)  %4.0f ms after the last key  %s%n",
          "\"" + query + "\"",
          requests.get(),
          rawBytes.get(),
          gzipBytes.get(),
          latency,
          status);
      if (list) {
        log.forEach(line -> System.out.println("  " + line));
      }
    } finally {
      driver.quit();
      try (Stream<Path> walk = Files.walk(profile)) {
        walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  static HttpServer serve(Path site) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          Path file = null;
          if (path.startsWith(BASE)) {
            String rel = path.substring(BASE.length());
            Path candidate =
                site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel)
                    .normalize();
            if (candidate.startsWith(site) && Files.isRegularFile(candidate)) {
              file = candidate;
            }
          }
          byte[] bytes = Files.readAllBytes(file == null ? site.resolve("404.html") : file);
          rawBytes.addAndGet(bytes.length);
          gzipBytes.addAndGet(gzipped(bytes));
          requests.incrementAndGet();
          log.add(bytes.length + " " + path);
          lastRequest.set(System.nanoTime());
          String name = path.endsWith("/") ? "index.html" : path;
          exchange
              .getResponseHeaders()
              .set(
                  "Content-Type",
                  name.endsWith(".js")
                      ? "text/javascript"
                      : name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
          exchange.sendResponseHeaders(file == null ? 404 : 200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    return server;
  }

  static long gzipped(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.size();
  }
}
