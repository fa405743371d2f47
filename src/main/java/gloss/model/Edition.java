package gloss.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An edition of the digest ({@code content/editions/<slug>.md}): a dated selection of articles with
 * the editor's note that introduces them.
 *
 * @param articles the slugs of its articles, in the editor's order
 * @param note the editor's note, Markdown (the file's body)
 * @param fields every front-matter key, including unknown ones, for templates
 */
public record Edition(
    String slug,
    String title,
    LocalDate date,
    List<String> articles,
    String summary,
    String note,
    Map<String, Object> fields,
    SourceFile file) {

  public Edition {
    articles = List.copyOf(articles);
  }
}
