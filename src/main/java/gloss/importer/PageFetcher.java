package gloss.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches a page for {@code gloss import URL}: follows at most {@value #MAX_REDIRECTS} redirects,
 * gives up after the connect and total timeouts, refuses bodies over the size limit and anything
 * that is not HTML, sends a User-Agent that says what it is, and decodes the page in the charset
 * the server declares, else the one the page declares in {@code <meta charset>}. The page is
 * parsed, never run: no script is executed.
 */
public final class PageFetcher {
  static final int MAX_REDIRECTS = 5;
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(30);
  public static final long MAX_BYTES = 10L * 1024 * 1024;
  static final String USER_AGENT =
      "Gloss-Importer/1.0 (gloss import: saves one article for an annotated digest)";
  private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

  private final HttpClient client;
  private final Duration total;
  private final long maxBytes;

  public PageFetcher(Duration connect, Duration total, long maxBytes) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connect)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.total = total;
    this.maxBytes = maxBytes;
  }

  /** The defaults: 10 s to connect, 30 s in all, 10 MB. */
  public static PageFetcher standard() {
    return new PageFetcher(CONNECT_TIMEOUT, TOTAL_TIMEOUT, MAX_BYTES);
  }

  /** A fetched page, parsed, and the address it was finally served from. */
  public record Fetched(Document page, URI finalUrl) {}

  public Fetched fetch(URI url) throws ImportException {
    long deadline = System.nanoTime() + total.toNanos();
    URI current = url;
    for (int hop = 0; ; hop++) {
      check(current);
      HttpRequest request =
          HttpRequest.newBuilder(current)
              .timeout(remaining(deadline))
              .header("User-Agent", USER_AGENT)
              .header("Accept", "text/html,application/xhtml+xml;q=0.9")
              .GET()
              .build();
      HttpResponse<Body> response = send(request, deadline);
      Body body = response.body();
      if (body instanceof Body.Redirect redirect) {
        if (hop == MAX_REDIRECTS) {
          throw new ImportException(
              "more than " + MAX_REDIRECTS + " redirects, the last to " + redirect.location());
        }
        current = current.resolve(redirect.location());
        continue;
      }
      if (body instanceof Body.Refused refused) {
        throw new ImportException(refused.reason());
      }
      Body.Page page = (Body.Page) body;
      try {
        Document doc =
            Jsoup.parse(
                new ByteArrayInputStream(page.bytes()),
                page.charset().orElse(null),
                current.toString());
        return new Fetched(doc, current);
      } catch (IOException e) {
        throw new ImportException("could not read the page: " + e.getMessage());
      }
    }
  }

  private static void check(URI url) throws ImportException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new ImportException("not an http(s) address: " + url);
    }
  }

  private Duration remaining(long deadline) throws ImportException {
    long left = deadline - System.nanoTime();
    if (left <= 0) throw timedOut();
    return Duration.ofNanos(left);
  }

  private ImportException timedOut() {
    return new ImportException(
        "no complete answer within " + seconds(total) + " (the time limit for one page)");
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private HttpResponse<Body> send(HttpRequest request, long deadline) throws ImportException {
    CompletableFuture<HttpResponse<Body>> future = client.sendAsync(request, this::handle);
    try {
      return future.get(remaining(deadline).toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportException("interrupted while fetching the page");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TooLarge) {
        throw new ImportException(
            "the page is larger than " + megabytes(maxBytes) + "; refusing it");
      }
      if (cause instanceof HttpConnectTimeoutException) {
        throw new ImportException(
            "could not connect to " + request.uri().getHost() + " within the connect timeout");
      }
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw timedOut();
      }
      if (cause instanceof ConnectException) {
        throw new ImportException(
            "could not connect to " + request.uri().getHost() + ":" + port(request.uri()));
      }
      throw new ImportException(
          "could not fetch the page: " + (cause.getMessage() != null ? cause.getMessage() : cause));
    }
  }

  private static int port(URI uri) {
    return uri.getPort() > 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }

  /** What one response amounts to: a page, a redirect, or a refusal with its reason. */
  private sealed interface Body {
    record Page(byte[] bytes, Optional<String> charset) implements Body {}

    record Redirect(String location) implements Body {}

    record Refused(String reason) implements Body {}
  }

  private BodySubscriber<Body> handle(ResponseInfo info) {
    int status = info.statusCode();
    Optional<String> location = info.headers().firstValue("Location");
    if (status >= 300 && status < 400 && location.isPresent()) {
      return BodySubscribers.replacing(new Body.Redirect(location.get()));
    }
    if (status != 200) {
      return BodySubscribers.replacing(
          new Body.Refused("the server answered " + status + reasonPhrase(status)));
    }
    String type = info.headers().firstValue("Content-Type").orElse("");
    String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!HTML_TYPES.contains(mediaType)) {
      return BodySubscribers.replacing(
          new Body.Refused(
              "the server sent "
                  + (mediaType.isEmpty() ? "no content type" : mediaType)
                  + ", not an HTML page"));
    }
    long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (length > maxBytes) {
      return BodySubscribers.replacing(
          new Body.Refused(
              "the page is larger than "
                  + megabytes(maxBytes)
                  + " ("
                  + length
                  + " bytes); refusing it"));
    }
    Optional<String> charset = charset(type);
    return BodySubscribers.mapping(new Limited(maxBytes), bytes -> new Body.Page(bytes, charset));
  }

  private static String reasonPhrase(int status) {
    return switch (status) {
      case 401 -> " Unauthorized";
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 410 -> " Gone";
      case 429 -> " Too Many Requests";
      case 500 -> " Internal Server Error";
      case 502 -> " Bad Gateway";
      case 503 -> " Service Unavailable";
      default -> "";
    };
  }

  /** The charset the Content-Type header declares, when Java knows it. */
  static Optional<String> charset(String contentType) {
    for (String param : contentType.split(";")) {
      String[] kv = param.strip().split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        String name = kv[1].strip().replace("\"", "").replace("'", "");
        try {
          return Optional.of(Charset.forName(name).name());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super("body over the size limit");
    }
  }

  /** Collects the body, cancelling the download as soon as it passes the limit. */
  private static final class Limited implements BodySubscriber<byte[]> {
    private final long max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Limited(long max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer b : buffers) {
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
      if (bytes.size() > max) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge());
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }
}
