package gloss.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A built site served over HTTP on the loopback interface under a base path, as GitHub Pages serves
 * a project site: missing paths get {@code 404.html} with status 404.
 */
final class SiteServer implements AutoCloseable {
  private final HttpServer server;
  private final String base;

  private SiteServer(HttpServer server, String base) {
    this.server = server;
    this.base = base;
  }

  /**
   * @param basePath e.g. {@code /digest/}
   */
  static SiteServer start(Path output, String basePath) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          Path file = null;
          if (path.startsWith(basePath)) {
            String rel = path.substring(basePath.length());
            Path candidate =
                output
                    .resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel)
                    .normalize();
            if (candidate.startsWith(output) && Files.isRegularFile(candidate)) {
              file = candidate;
            }
          }
          Path body = file == null ? output.resolve("404.html") : file;
          String name = body.getFileName().toString();
          String type =
              name.endsWith(".css")
                  ? "text/css"
                  : name.endsWith(".js")
                      ? "text/javascript"
                      : name.endsWith(".xml") ? "application/xml" : "text/html; charset=utf-8";
          byte[] bytes = Files.readAllBytes(body);
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(file == null ? 404 : 200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    return new SiteServer(server, "http://127.0.0.1:" + server.getAddress().getPort() + basePath);
  }

  /** The site's address, ending in its base path: {@code http://127.0.0.1:PORT/digest/}. */
  String base() {
    return base;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
