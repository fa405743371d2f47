package gloss.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An article of the digest.
 *
 * @param listedEntities entity keys ({@code places/geneva}) named in front matter for mentions the
 *     text does not spell out
 * @param fields every front-matter key, including unknown ones, for templates
 * @param redirectFrom former slugs of this article ({@code redirect_from}); each old URL gets a
 *     redirect page to the current one
 * @param noLink names that never link in this article and its annotations ({@code no_link})
 */
public record Article(
    String slug,
    String title,
    LocalDate date,
    String source,
    String url,
    List<String> authors,
    String summary,
    List<String> tags,
    List<String> listedEntities,
    String body,
    Map<String, Object> fields,
    SourceFile file,
    List<String> redirectFrom,
    List<String> noLink) {

  public Article {
    noLink = List.copyOf(noLink);
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    listedEntities = List.copyOf(listedEntities);
    redirectFrom = List.copyOf(redirectFrom);
  }
}
