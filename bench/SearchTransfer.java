import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * How many bytes a search transfers: serves a built site over HTTP on the loopback interface under
 * a base path ({@code /digest/}, as GitHub Pages serves a project site), opens its search page with
 * {@code ?q=QUERY} in headless Chromium (a fresh profile each time, so nothing is cached), lets it
 * run, and sums the bytes of every response the page caused: the page, stylesheet, scripts, index
 * fragments and documents (and the favicon request's 404). Reported as sent (uncompressed) and as
 * gzip would send it (GitHub Pages compresses text).
 *
 * <pre>
 * java bench/SearchTransfer.java SITE_OUTPUT "query one" "query two" ...
 * java bench/SearchTransfer.java --typed SITE_OUTPUT "query"   # every prefix, as typed
 * </pre>
 *
 * With {@code --typed} the query is loaded once per prefix (as the page searches while the reader
 * types) and the sum counts each distinct file once, as a browser's cache would. Needs
 * /usr/bin/chromium. No dependencies: run with the java source launcher.
 */
public class SearchTransfer {
  static final String BASE = "/digest/";
  static final Map<String, long[]> served = new TreeMap<>();

  public static void main(String[] args) throws Exception {
    boolean typed = args[0].equals("--typed");
    Path site = Path.of(args[typed ? 1 : 0]).toAbsolutePath();
    List<String> queries = List.of(args).subList(typed ? 2 : 1, args.length);
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
          synchronized (served) {
            served.put(path, new long[] {bytes.length, gzipped(bytes)});
          }
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
    String origin = "http://127.0.0.1:" + server.getAddress().getPort() + BASE;
    try {
      for (String query : queries) {
        List<String> loads = new ArrayList<>();
        if (typed) {
          for (int i = 1; i <= query.length(); i++) {
            if (query.charAt(i - 1) != ' ') {
              loads.add(query.substring(0, i));
            }
          }
        } else {
          loads.add(query);
        }
        synchronized (served) {
          served.clear();
        }
        String status = "";
        for (String q : loads) {
          status = load(origin + "search/index.html?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        long raw = 0;
        long gz = 0;
        int files;
        synchronized (served) {
          for (long[] s : served.values()) {
            raw += s[0];
            gz += s[1];
          }
          files = served.size();
        }
        System.out.printf(
            Locale.ROOT,
            "%-28s %3d requests %,9d bytes (%,9d gzip)  %s%n",
            (typed ? "typed " : "") + "\"" + query + "\"",
            files,
            raw,
            gz,
            status);
      }
    } finally {
      server.stop(0);
      System.exit(0);
    }
  }

  /** Opens the page in a fresh headless Chromium; returns the search status it ended with. */
  static String load(String url) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("search-transfer-");
    try {
      Process p =
          new ProcessBuilder(
                  "/usr/bin/chromium",
                  "--headless=new",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--no-first-run",
                  "--user-data-dir=" + profile,
                  "--virtual-time-budget=15000",
                  "--dump-dom",
                  url)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] dom = p.getInputStream().readAllBytes();
      p.waitFor(120, TimeUnit.SECONDS);
      Matcher m =
          Pattern.compile("id=\"search-status\"[^>]*>([^<]*)<")
              .matcher(new String(dom, StandardCharsets.UTF_8));
      return m.find() ? m.group(1) : "(no status)";
    } finally {
      try (Stream<Path> walk = Files.walk(profile)) {
        walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  static long gzipped(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.size();
  }
}
