package gloss.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file as served: its bytes (for HTML pages, with the live-reload script added), content type,
 * when these bytes were first served, and an ETag computed from them on first use. Immutable apart
 * from that memoized ETag.
 *
 * @param source the bytes the build produced, kept to recognize an unchanged file
 */
record Resource(byte[] source, byte[] body, String contentType, long lastModified, Etag etag) {

  static Resource of(String path, byte[] source, String reloadScriptTag, long now) {
    String type = ContentTypes.of(path);
    byte[] body =
        reloadScriptTag != null && ContentTypes.isHtml(path)
            ? ReloadScript.inject(source, reloadScriptTag)
            : source;
    return new Resource(source, body, type, now, new Etag(body));
  }

  /** A strong validator: a hash of the bytes, computed once. */
  static final class Etag {
    private final byte[] body;
    private volatile String value;

    Etag(byte[] body) {
      this.body = body;
    }

    String value() {
      String v = value;
      if (v == null) {
        try {
          byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
          v = "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
        value = v;
      }
      return v;
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
