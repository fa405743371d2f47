package gloss.link;

import gloss.model.Annotation;
import java.util.List;
import java.util.Optional;

/**
 * An annotation with its commentary rendered and linked (as HTML and as the text read), and its
 * place in the article.
 */
public record LinkedAnnotation(
    Annotation annotation,
    String bodyHtml,
    BodyText text,
    List<Mention> mentions,
    Optional<Anchor> anchor) {

  public LinkedAnnotation {
    mentions = List.copyOf(mentions);
  }
}
