package gloss.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  private SearchIndex() {}

  public static byte[] of(
      List<Views.ArticleCard> articles,
      List<Views.EntityLink> entities,
      List<AuthorIndex.Contributor> authors) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Views.ArticleCard a : articles) {
      items.add(
          item(
              "article",
              a.title(),
              a.url(),
              a.dateDisplay() + (a.source().isEmpty() ? "" : " · " + a.source()),
              a.summary()));
    }
    for (Views.EntityLink e : entities) {
      items.add(item(e.kind(), e.name(), e.url(), e.kindLabel(), ""));
    }
    for (AuthorIndex.Contributor author : authors) {
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
    }
    try {
      // Escaping "<" keeps a hostile title from closing a script element if the index is inlined.
      String json = PublishableText.of(JSON.writeValueAsString(items)).replace("<", "\\u003c");
      return ("window.GLOSS_SEARCH = " + json + ";\n").getBytes(StandardCharsets.UTF_8);
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
