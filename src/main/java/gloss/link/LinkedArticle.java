package gloss.link;

import gloss.model.Article;
import java.util.List;

/**
 * An article after the link stage: its body as safe HTML with mentions marked and annotated
 * passages highlighted (and as the text read), and its annotations in the same state.
 */
public record LinkedArticle(
    Article article,
    String bodyHtml,
    BodyText text,
    List<Mention> mentions,
    List<LinkedAnnotation> annotations) {

  public LinkedArticle {
    mentions = List.copyOf(mentions);
    annotations = List.copyOf(annotations);
  }
}
