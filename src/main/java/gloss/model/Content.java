package gloss.model;

import java.util.List;

/**
 * Everything loaded from {@code content/}, each list sorted by path.
 *
 * @param images the paths of the files under {@code content/images/} ({@code images/a.png})
 */
public record Content(
    SiteConfig config,
    List<Article> articles,
    List<Annotation> annotations,
    List<Entity> entities,
    List<Edition> editions,
    java.util.Set<String> images) {

  public Content {
    editions = List.copyOf(editions);
    images = java.util.Set.copyOf(images);
    articles = List.copyOf(articles);
    annotations = List.copyOf(annotations);
    entities = List.copyOf(entities);
  }
}
