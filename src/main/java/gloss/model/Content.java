package gloss.model;

import java.util.List;

/** Everything loaded from {@code content/}, each list sorted by path. */
public record Content(
    SiteConfig config,
    List<Article> articles,
    List<Annotation> annotations,
    List<Entity> entities) {

  public Content {
    articles = List.copyOf(articles);
    annotations = List.copyOf(annotations);
    entities = List.copyOf(entities);
  }
}
