package gloss.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client-side search index: articles, entities and notes with their titles and urls. It is a
 * script ({@code search-index.js} setting {@code window.GLOSS_SEARCH}) rather than JSON, because
 * browsers refuse {@code fetch} from {@code file://} but load a script from it.
 */
public final class SearchIndex {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final byte[] PREFIX = "window.GLOSS_SEARCH = [".getBytes(StandardCharsets.UTF_8);
  private static final byte[] SUFFIX = "];\n".getBytes(StandardCharsets.UTF_8);

  private SearchIndex() {}

  /**
   * The index of the given items, joined in order: each is an item's JSON object (or several,
   * comma-separated) as {@link #article}, {@link #entity} and {@link #notes} make them.
   */
  public static byte[] of(List<byte[]> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(PREFIX);
    boolean first = true;
    for (byte[] item : items) {
      if (item.length == 0) {
        continue;
      }
      if (!first) {
        out.write(',');
      }
      out.writeBytes(item);
      first = false;
    }
    out.writeBytes(SUFFIX);
    return out.toByteArray();
  }

  /** An article's entry. */
  public static byte[] article(Views.ArticleCard a) {
    return json(
        List.of(
            item(
                "article",
                a.title(),
                a.url(),
                a.dateDisplay() + (a.source().isEmpty() ? "" : " · " + a.source()),
                a.summary())));
  }

  /** An entity's entry. */
  public static byte[] entity(Views.EntityLink e) {
    return json(List.of(item(e.kind(), e.name(), e.url(), e.kindLabel(), "")));
  }

  /** The entries of a contributor's notes, comma-separated; none for a contributor without. */
  public static byte[] notes(AuthorIndex.Contributor author) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Views.Note n : author.notes()) {
      String quote = n.exact().isEmpty() ? "" : "“" + n.exact() + "” ";
      items.add(
          item(
              "note",
              n.author() + " on " + n.articleTitle(),
              n.articleUrl() + "#" + n.noteId(),
              n.dateDisplay(),
              quote));
    }
    return json(items);
  }

  /** The items as JSON objects, comma-separated, without the array's brackets. */
  private static byte[] json(List<Map<String, Object>> items) {
    if (items.isEmpty()) {
      return new byte[0];
    }
    try {
      // Escaping "<" keeps a hostile title from closing a script element if the index is inlined.
      String array = PublishableText.of(JSON.writeValueAsString(items)).replace("<", "\\u003c");
      return array.substring(1, array.length() - 1).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps always serialize", e);
    }
  }

  private static Map<String, Object> item(
      String type, String title, String url, String meta, String text) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", type);
    item.put("title", title);
    item.put("url", url);
    item.put("meta", meta);
    item.put("text", text);
    return item;
  }
}
