package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample digest built for a GitHub Pages URL, served under that URL's path the way Pages serves
 * a project site (or a user site at /), and crawled from its home page: no broken links.
 */
class PublishedSiteCrawlIT {

  @ParameterizedTest
  @ValueSource(strings = {"/digest/", "/"})
  void crawlFromTheHomePageFindsNoBrokenLinks(String basePath) throws Exception {
    Path out = Files.createTempDirectory("gloss-crawl");
    String baseUrl = "https://example.github.io" + basePath;
    BuildResult result =
        SiteBuild.build(
            new SiteLayout(
                Path.of("").toAbsolutePath(),
                Path.of("content"),
                Path.of("templates"),
                out,
                baseUrl));
    assertThat(result.hasErrors()).isFalse();

    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          Path file = null;
          if (path.startsWith(basePath) && !path.contains("..")) {
            file = out.resolve(path.substring(basePath.length()));
            if (Files.isDirectory(file)) file = file.resolve("index.html");
          }
          boolean found = file != null && Files.isRegularFile(file);
          byte[] body = Files.readAllBytes(found ? file : out.resolve("404.html"));
          exchange.sendResponseHeaders(found ? 200 : 404, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String origin = "http://127.0.0.1:" + server.getAddress().getPort();
      Set<String> visited = new HashSet<>();
      List<String> broken = crawl(URI.create(origin + basePath + "index.html"), origin, visited);
      assertThat(broken).isEmpty();
      // Every article, entity, contributor and index page of the sample was reached.
      assertThat(visited).hasSizeGreaterThan(35);

      String feed = Files.readString(out.resolve("feed.xml"));
      assertThat(Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser()).select("entry > id"))
          .allSatisfy(id -> assertThat(id.text()).startsWith(baseUrl + "articles/"));
      assertThat(
              Jsoup.parse(
                      Files.readString(out.resolve("sitemap.xml")),
                      "",
                      org.jsoup.parser.Parser.xmlParser())
                  .select("loc"))
          .isNotEmpty()
          .allSatisfy(loc -> assertThat(loc.text()).startsWith(baseUrl));
    } finally {
      server.stop(0);
    }
  }

  /** Follows every same-origin href and src; returns the ones that do not answer 200. */
  private static List<String> crawl(URI start, String origin, Set<String> seen)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Deque<URI> queue = new ArrayDeque<>(List.of(start));
    seen.add(start.toString());
    List<String> broken = new ArrayList<>();
    while (!queue.isEmpty()) {
      URI uri = queue.poll();
      HttpResponse<String> response =
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        broken.add(uri + " → " + response.statusCode());
        continue;
      }
      if (!uri.getPath().endsWith(".html") && !uri.getPath().endsWith("/")) {
        continue;
      }
      Document page = Jsoup.parse(response.body(), uri.toString());
      for (Element el : page.select("[href], [src]")) {
        String target = el.hasAttr("href") ? el.absUrl("href") : el.absUrl("src");
        int hash = target.indexOf('#');
        if (hash >= 0) target = target.substring(0, hash);
        if (target.startsWith(origin) && seen.add(target)) {
          queue.add(URI.create(target));
        }
      }
    }
    return broken;
  }
}
