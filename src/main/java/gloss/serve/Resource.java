package gloss.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file as served: the bytes the build produced, content type, when these bytes were first
 * served, and an ETag computed on first use. An HTML page is served with the live-reload tag
 * inserted, made when it is asked for: the server holds each build's bytes once, not a tagged copy
 * of every page beside them. Immutable apart from the memoized ETag.
 *
 * @param source the bytes the build produced, kept to recognize an unchanged file
 * @param tag what is inserted, with its line break
 * @param at where the tag goes, or -1 for a file served as it is
 */
record Resource(
    byte[] source, byte[] tag, int at, String contentType, long lastModified, Etag etag) {

  private static final byte[] NOTHING = new byte[0];

  static Resource of(String path, byte[] source, String reloadScriptTag, long now) {
    String type = ContentTypes.of(path);
    if (reloadScriptTag == null || !ContentTypes.isHtml(path)) {
      return plain(source, type, now);
    }
    byte[] tag = utf8(reloadScriptTag + "\n");
    int at = ReloadScript.position(source);
    return new Resource(source, tag, at, type, now, new Etag(source, tag, at));
  }

  /** A file served as it is. */
  static Resource plain(byte[] source, String contentType, long now) {
    return new Resource(source, NOTHING, -1, contentType, now, new Etag(source, NOTHING, -1));
  }

  /** The bytes as served. */
  byte[] body() {
    return at < 0 ? source : spliced(source, tag, at);
  }

  private static byte[] spliced(byte[] source, byte[] tag, int at) {
    byte[] body = new byte[source.length + tag.length];
    System.arraycopy(source, 0, body, 0, at);
    System.arraycopy(tag, 0, body, at, tag.length);
    System.arraycopy(source, at, body, at + tag.length, source.length - at);
    return body;
  }

  /** A strong validator: a hash of the bytes as served, computed once. */
  static final class Etag {
    private final byte[] source;
    private final byte[] tag;
    private final int at;
    private volatile String value;

    Etag(byte[] source, byte[] tag, int at) {
      this.source = source;
      this.tag = tag;
      this.at = at;
    }

    String value() {
      String v = value;
      if (v == null) {
        try {
          MessageDigest sha = MessageDigest.getInstance("SHA-256");
          if (at < 0) {
            sha.update(source);
          } else {
            sha.update(source, 0, at);
            sha.update(tag);
            sha.update(source, at, source.length - at);
          }
          v = "\"" + HexFormat.of().formatHex(sha.digest(), 0, 12) + "\"";
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
