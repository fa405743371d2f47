package gloss.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, "Network": URL input against a local Jetty on 127.0.0.1 serving fixtures (redirect
 * chains, a 404, a slow answer, a huge body, charsets declared right and wrong). Nothing here
 * touches the internet.
 */
class PageFetcherTest {
  private static final String ARTICLE_TEXT =
      "The café on Zürich’s Bahnhofstrasse reopened on Monday after a renovation that took most of the "
          + "winter, and the queue of regulars reached the corner before the doors opened at seven. ";
  private static final List<String> userAgents = new CopyOnWriteArrayList<>();
  private static Server server;
  private static String base;
  private static byte[] wordpress;

  /** 1 MB, so that "huge" is cheap to serve. */
  private static final PageFetcher FETCHER =
      new PageFetcher(Duration.ofSeconds(2), Duration.ofSeconds(10), 1024 * 1024);

  @BeforeAll
  static void start() throws Exception {
    wordpress = Files.readAllBytes(Fixtures.ROOT.resolve("wordpress/page.html"));
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(new LocalPages());
    server.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  static String page(String charsetInMeta) {
    return "<!DOCTYPE html><html><head>"
        + charsetInMeta
        + "<title>Café reopens</title></head><body><article>"
        + "<h1>Café reopens</h1>"
        + ("<p>" + ARTICLE_TEXT + ARTICLE_TEXT + "</p>").repeat(3)
        + "</article></body></html>";
  }

  /** The pages the local server answers with, by path. */
  static final class LocalPages extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      String path = Request.getPathInContext(request);
      userAgents.add(request.getHeaders().get(HttpHeader.USER_AGENT));
      if (path.startsWith("/hop/")) {
        int left = Integer.parseInt(path.substring(5));
        response.setStatus(302);
        response
            .getHeaders()
            .put(
                HttpHeader.LOCATION, left == 0 ? "/article?utm_source=feed" : "/hop/" + (left - 1));
        response.write(true, ByteBuffer.allocate(0), callback);
        return true;
      }
      switch (path) {
        case "/article" -> send(response, callback, "text/html; charset=utf-8", wordpress);
        case "/slow" -> {
          Thread.sleep(1500);
          send(response, callback, "text/html", wordpress);
        }
        case "/huge" -> send(response, callback, "text/html", new byte[2 * 1024 * 1024]);
        case "/huge-chunked" -> {
          response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html");
          byte[] chunk = new byte[64 * 1024];
          java.util.Arrays.fill(chunk, (byte) 'a');
          try (var out = Response.asBufferedOutputStream(request, response)) {
            for (int i = 0; i < 40; i++) out.write(chunk);
          } catch (java.io.IOException closedByTheClient) {
            // The fetcher stops reading past its limit; that is the point.
          }
          callback.succeeded();
        }
        case "/latin1-header" ->
            send(
                response,
                callback,
                "text/html; charset=ISO-8859-1",
                page("<meta charset=\"utf-8\">").getBytes(StandardCharsets.ISO_8859_1));
        case "/meta-charset" ->
            send(
                response,
                callback,
                "text/html",
                page("<meta charset=\"windows-1252\">").getBytes(Charset.forName("windows-1252")));
        case "/report.pdf" ->
            send(
                response,
                callback,
                "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        default -> {
          response.setStatus(404);
          send(
              response,
              callback,
              "text/html",
              "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
        }
      }
      return true;
    }

    private static void send(Response response, Callback callback, String type, byte[] body) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(true, ByteBuffer.wrap(body), callback);
    }
  }

  @Test
  void followsFiveRedirectsAndImportsTheArticleWithItsCanonicalUrl() throws Exception {
    PageFetcher.Fetched fetched = FETCHER.fetch(URI.create(base + "/hop/4"));
    assertThat(fetched.finalUrl()).hasToString(base + "/article?utm_source=feed");
    ImportedArticle article =
        new Importer(false).html(fetched.page(), fetched.finalUrl().toString());
    assertThat(article.title())
        .isEqualTo("Harbour town votes to keep its last ferry running through winter");
    assertThat(article.metadata().url().orElseThrow().value())
        .isEqualTo("https://coastalledger.example/2025/02/14/harbour-ferry-winter/");
  }

  @Test
  void refusesASixthRedirect() {
    assertThatThrownBy(() -> FETCHER.fetch(URI.create(base + "/hop/5")))
        .isInstanceOf(ImportException.class)
        .hasMessage("more than 5 redirects, the last to /article?utm_source=feed");
  }

  @Test
  void reportsA404InPlainWords() {
    assertThatThrownBy(() -> FETCHER.fetch(URI.create(base + "/gone")))
        .hasMessage("the server answered 404 Not Found");
  }

  @Test
  void givesUpOnASlowAnswerAtTheTotalTimeout() {
    PageFetcher impatient =
        new PageFetcher(Duration.ofSeconds(2), Duration.ofMillis(300), 1024 * 1024);
    assertThatThrownBy(() -> impatient.fetch(URI.create(base + "/slow")))
        .hasMessage("no complete answer within 300 ms (the time limit for one page)");
  }

  @Test
  void refusesABodyOverTheLimitByItsDeclaredLength() {
    assertThatThrownBy(() -> FETCHER.fetch(URI.create(base + "/huge")))
        .hasMessage("the page is larger than 1 MB (2097152 bytes); refusing it");
  }

  @Test
  void refusesABodyOverTheLimitWhileReadingIt() {
    assertThatThrownBy(() -> FETCHER.fetch(URI.create(base + "/huge-chunked")))
        .hasMessage("the page is larger than 1 MB; refusing it");
  }

  @Test
  void refusesContentThatIsNotHtml() {
    assertThatThrownBy(() -> FETCHER.fetch(URI.create(base + "/report.pdf")))
        .hasMessage("the server sent application/pdf, not an HTML page");
  }

  @Test
  void theServersDeclaredCharsetWinsOverAWrongMetaCharset() throws Exception {
    var fetched = FETCHER.fetch(URI.create(base + "/latin1-header"));
    assertThat(new Importer(false).html(fetched.page(), fetched.finalUrl().toString()).body())
        .contains("The café on Zürich’s Bahnhofstrasse".replace('’', '?'));
  }

  @Test
  void theMetaCharsetIsHonouredWhenTheServerDeclaresNone() throws Exception {
    var fetched = FETCHER.fetch(URI.create(base + "/meta-charset"));
    assertThat(new Importer(false).html(fetched.page(), fetched.finalUrl().toString()).body())
        .contains("The café on Zürich’s Bahnhofstrasse");
  }

  @Test
  void saysWhoItIsInTheUserAgent() throws Exception {
    FETCHER.fetch(URI.create(base + "/article"));
    assertThat(userAgents).contains(PageFetcher.USER_AGENT);
    assertThat(PageFetcher.USER_AGENT).startsWith("Gloss-Importer/");
  }

  @Test
  void refusesAddressesThatAreNotHttp() {
    assertThatThrownBy(() -> FETCHER.fetch(URI.create("file:///etc/passwd")))
        .hasMessage("not an http(s) address: file:///etc/passwd");
  }
}
