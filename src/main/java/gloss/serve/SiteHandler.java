package gloss.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers requests from the current snapshot the way GitHub Pages answers them for a project site:
 * the site lives under the base path, a folder serves its {@code index.html}, {@code /dir}
 * redirects to {@code /dir/}, a missing file gets the site's {@code 404.html} with status 404. Adds
 * ETag and Last-Modified and answers conditional requests with 304; HEAD gets the headers alone.
 * Requests that try to leave the site get 404 (see {@link RequestPath}); requests for a host name
 * the preview does not answer to get 421 (see {@link AllowedHosts}).
 */
final class SiteHandler extends Handler.Abstract {
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  private final DevServer server;
  private final String basePath;
  private final AllowedHosts hosts;
  private final byte[] script = ReloadScript.source();

  SiteHandler(DevServer server, String basePath, AllowedHosts hosts) {
    this.server = server;
    this.basePath = basePath;
    this.hosts = hosts;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    boolean head = HttpMethod.HEAD.is(method);
    if (!hosts.allows(request.getHeaders().get(HttpHeader.HOST))) {
      return misdirected(response, callback, head);
    }
    if (!head && !HttpMethod.GET.is(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      return text(response, callback, 405, "method not allowed\n", false);
    }
    SiteSnapshot snapshot = server.snapshot();
    Optional<String> decoded = RequestPath.decode(request.getHttpURI().getPath());
    if (decoded.isEmpty()) {
      return notFound(snapshot, response, callback, head);
    }
    String path = decoded.get();
    String query = request.getHttpURI().getQuery();
    String suffix = query == null ? "" : "?" + query;
    if (!path.startsWith(basePath)) {
      if ((path + "/").equals(basePath) || path.equals("/")) {
        return redirect(response, callback, basePath + suffix);
      }
      return notFound(snapshot, response, callback, head);
    }
    String rel = path.substring(basePath.length());
    if (rel.equals(ReloadScript.PREFIX + "livereload.js")) {
      return send(
          request,
          response,
          callback,
          head,
          200,
          Resource.plain(script, ContentTypes.of("livereload.js"), server.startedAt()));
    }
    if (rel.equals(ReloadScript.PREFIX + "events")) {
      if (head) {
        return text(response, callback, 200, "", true);
      }
      server.openEvents(request, response, callback);
      return true;
    }
    if (!snapshot.ready()) {
      byte[] page = server.statusPage(snapshot);
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
      if (snapshot.hasErrors()) {
        return bytes(response, callback, 500, "text/html; charset=utf-8", page, head);
      }
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
      return bytes(response, callback, 503, "text/html; charset=utf-8", page, head);
    }
    String file = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
    Resource found = snapshot.files().get(file);
    if (found != null) {
      return send(request, response, callback, head, 200, found);
    }
    if (!rel.isEmpty() && !rel.endsWith("/") && snapshot.files().containsKey(rel + "/index.html")) {
      return redirect(response, callback, path + "/" + suffix);
    }
    Resource html = snapshot.files().get(rel + ".html");
    if (html != null && !rel.endsWith("/")) {
      return send(request, response, callback, head, 200, html);
    }
    return notFound(snapshot, response, callback, head);
  }

  /**
   * Jetty refuses some paths before any handler sees them (a {@code ..} that climbs above the root,
   * encoded or not) with 400; those get the same 404 as every other path outside the site.
   */
  ErrorHandler errorHandler() {
    return new ErrorHandler() {
      @Override
      protected void generateResponse(
          Request request,
          Response response,
          int code,
          String message,
          Throwable cause,
          Callback callback)
          throws java.io.IOException {
        if (code == 400) {
          notFound(server.snapshot(), response, callback, HttpMethod.HEAD.is(request.getMethod()));
        } else {
          super.generateResponse(request, response, code, message, cause, callback);
        }
      }
    };
  }

  private static boolean misdirected(Response response, Callback callback, boolean head) {
    return text(
        response,
        callback,
        421,
        "misdirected request: this preview answers to localhost and the address it listens on,"
            + " not to other host names\n",
        head);
  }

  private boolean notFound(
      SiteSnapshot snapshot, Response response, Callback callback, boolean head) {
    Resource page = snapshot.files().get("404.html");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    if (page == null) {
      return text(response, callback, 404, "404 not found\n", head);
    }
    return bytes(response, callback, 404, page.contentType(), page.body(), head);
  }

  private boolean send(
      Request request, Response response, Callback callback, boolean head, int status, Resource r) {
    var headers = response.getHeaders();
    String etag = r.etag().value();
    headers.put(HttpHeader.ETAG, etag);
    headers.put(HttpHeader.LAST_MODIFIED, httpDate(r.lastModified()));
    // A preview must show the latest build: caches may keep a copy but must ask every time.
    headers.put(HttpHeader.CACHE_CONTROL, "no-cache");
    if (notModified(request, etag, r.lastModified())) {
      response.setStatus(304);
      response.write(true, null, callback);
      return true;
    }
    return bytes(response, callback, status, r.contentType(), r.body(), head);
  }

  /** If-None-Match wins over If-Modified-Since, as RFC 9110 says. */
  private static boolean notModified(Request request, String etag, long lastModified) {
    String inm = request.getHeaders().get(HttpHeader.IF_NONE_MATCH);
    if (inm != null) {
      for (String tag : inm.split(",")) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
          t = t.substring(2);
        }
        if (t.equals("*") || t.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    String ims = request.getHeaders().get(HttpHeader.IF_MODIFIED_SINCE);
    if (ims != null) {
      try {
        long since = ZonedDateTime.parse(ims.strip(), HTTP_DATE).toInstant().getEpochSecond();
        return lastModified / 1000 <= since;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  private static String httpDate(long millis) {
    return HTTP_DATE.format(Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC));
  }

  private static boolean redirect(Response response, Callback callback, String location) {
    response.getHeaders().put(HttpHeader.LOCATION, location);
    return text(response, callback, 301, "moved to " + location + "\n", false);
  }

  private static boolean text(
      Response response, Callback callback, int status, String text, boolean head) {
    return bytes(
        response,
        callback,
        status,
        "text/plain; charset=utf-8",
        text.getBytes(StandardCharsets.UTF_8),
        head);
  }

  private static boolean bytes(
      Response response, Callback callback, int status, String type, byte[] body, boolean head) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    if (head) {
      response.write(true, null, callback);
    } else {
      response.write(true, ByteBuffer.wrap(body), callback);
    }
    return true;
  }
}
