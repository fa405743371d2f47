package gloss.link;

import gloss.model.Annotation;
import java.util.List;
import java.util.Optional;

/** An annotation with its commentary rendered and linked, and its place in the article. */
public record LinkedAnnotation(
    Annotation annotation, String bodyHtml, List<Mention> mentions, Optional<Anchor> anchor) {

  public LinkedAnnotation {
    mentions = List.copyOf(mentions);
  }
}
