package gloss.serve;

import gloss.TestSite;
import gloss.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A fixture site served by a {@link DevServer} on a free port, with an HTTP client. */
final class ServedSite implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(30);

  final Path dir;
  final DevServer server;
  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  final List<String> notes = new CopyOnWriteArrayList<>();
  final List<List<Diagnostic>> reported = new CopyOnWriteArrayList<>();

  private ServedSite(Path dir, DevServer.Options options) throws IOException {
    this.dir = dir;
    this.server =
        DevServer.start(
            TestSite.layout(dir),
            options,
            new DevServer.Reporter() {
              @Override
              public void diagnostics(List<Diagnostic> diagnostics) {
                reported.add(diagnostics);
              }

              @Override
              public void note(String line) {
                notes.add(line);
              }
            });
  }

  /** Writes the fixture, serves it and waits for the first build. */
  static ServedSite serve(Path dir, String txtar, String basePath, boolean navigate)
      throws IOException {
    return serve(dir, txtar, new DevServer.Options("127.0.0.1", 0, basePath, navigate, 50));
  }

  /** The same, listening on {@code host} (as given to {@code --host}). */
  static ServedSite serveOn(Path dir, String txtar, String host) throws IOException {
    return serve(dir, txtar, new DevServer.Options(host, 0, "/", false, 50));
  }

  private static ServedSite serve(Path dir, String txtar, DevServer.Options options)
      throws IOException {
    TestSite.write(dir, txtar);
    ServedSite site = new ServedSite(dir, options);
    site.awaitBuilds(1);
    return site;
  }

  void awaitBuilds(long n) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (server.builds() < n) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no build " + n + " within " + WAIT + "; notes: " + notes);
      }
      sleep(20);
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String rawPath, String... headers) {
    return send("GET", rawPath, headers);
  }

  HttpResponse<String> send(String method, String rawPath, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + rawPath))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(WAIT);
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * The status line of a request sent byte for byte over a socket, for paths that URI classes
   * refuse to carry (back slashes, raw dot segments).
   */
  String rawStatusLine(String rawPath) {
    return rawStatusLine(rawPath, "127.0.0.1");
  }

  /**
   * The same with the {@code Host} header given, which the JDK client will not let a caller set;
   * the request goes to 127.0.0.1 whatever the header says, as after DNS rebinding.
   */
  String rawStatusLine(String rawPath, String host) {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout((int) WAIT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return response.lines().findFirst().orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Edits a file the way an editor saves it. */
  void write(String path, String text) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String path) {
    try {
      return Files.readString(dir.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An open event stream: each event as "name: data". */
  EventStream events(String path) {
    return new EventStream(path);
  }

  final class EventStream implements AutoCloseable {
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    EventStream(String path) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base() + path))
              .header("Accept", "text/event-stream")
              .build();
      response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
      Thread reader =
          new Thread(
              () -> {
                try {
                  String[] name = {"message"};
                  response
                      .join()
                      .body()
                      .forEach(
                          line -> {
                            if (line.startsWith("event: ")) {
                              name[0] = line.substring(7);
                            } else if (line.startsWith("data: ")) {
                              events.add(name[0] + ": " + line.substring(6));
                              name[0] = "message";
                            }
                          });
                } catch (RuntimeException e) {
                  // the stream was closed
                }
              },
              "sse-reader");
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits for the next event of this name, skipping others. */
    String next(String name) {
      long deadline = System.nanoTime() + WAIT.toNanos();
      try {
        while (true) {
          long left = deadline - System.nanoTime();
          String e = events.poll(Math.max(1, left), TimeUnit.NANOSECONDS);
          if (e == null) {
            throw new AssertionError(
                "no '" + name + "' event within " + WAIT + "; notes: " + notes);
          }
          if (e.startsWith(name + ": ")) {
            return e.substring(name.length() + 2);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }

    @Override
    public void close() {
      response.cancel(true);
      response.thenAccept(r -> r.body().close());
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
