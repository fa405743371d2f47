package gloss.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * The open pages, each listening on a Server-Sent Events stream, and what is sent to them. Clients
 * are kept in a concurrent queue and dropped when a write to them fails or when they go away; a
 * comment line every few seconds keeps idle connections open and finds dead ones.
 */
final class LiveReload {
  /** An event as sent: its name and its one-line JSON data. */
  record Event(String name, String data) {
    byte[] wire() {
      return ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
  }

  private static final long WRITE_TIMEOUT_MS = 2000;

  private final Queue<Client> clients = new ConcurrentLinkedQueue<>();

  /** One open page: its response stays open until the page goes away or the server stops. */
  private final class Client {
    private final Response response;
    private final Callback done;
    private boolean closed;

    Client(Response response, Callback done) {
      this.response = response;
      this.done = done;
    }

    /** Writes one chunk, waiting for it so that writes never overlap; false once gone. */
    synchronized boolean send(byte[] bytes) {
      if (closed) {
        return false;
      }
      FutureCallback written = new FutureCallback();
      response.write(false, ByteBuffer.wrap(bytes), written);
      try {
        written.get(WRITE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        return true;
      } catch (Exception e) {
        close(e);
        return false;
      }
    }

    synchronized void close(Throwable failure) {
      if (closed) {
        return;
      }
      closed = true;
      clients.remove(this);
      if (failure == null) {
        response.write(true, null, done);
      } else {
        done.failed(failure);
      }
    }
  }

  /**
   * Opens an event stream for a page and sends it the events that describe the current state (a
   * greeting and, if the last build failed, its errors).
   */
  void open(
      Request request, Response response, Callback callback, Supplier<Iterable<Event>> greeting) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache, no-store");
    response.getHeaders().put("X-Accel-Buffering", "no");
    Client client = new Client(response, callback);
    request.addFailureListener(client::close);
    clients.add(client);
    StringBuilder first = new StringBuilder("retry: 1000\n\n");
    for (Event e : greeting.get()) {
      first.append(new String(e.wire(), StandardCharsets.UTF_8));
    }
    client.send(first.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Sends an event to every open page. */
  void broadcast(Event event) {
    byte[] bytes = event.wire();
    for (Client c : clients) {
      c.send(bytes);
    }
  }

  /** A comment line, which pages ignore: keeps connections open and drops dead ones. */
  void ping() {
    byte[] bytes = ": ping\n\n".getBytes(StandardCharsets.UTF_8);
    for (Client c : clients) {
      c.send(bytes);
    }
  }

  int size() {
    return clients.size();
  }

  /** Ends every stream, for shutdown. */
  void closeAll() {
    for (Client c : clients) {
      c.close(null);
    }
  }
}
