package gloss.link;

import gloss.diag.Diagnostics;
import gloss.model.Annotation;
import gloss.model.Article;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Temporary: anchoring lands with the quote matcher. */
final class AnnotationAnchorer {
  private AnnotationAnchorer() {}

  static Map<String, Anchor> anchor(
      Element body, Article article, List<Annotation> annotations, Diagnostics diagnostics) {
    return Map.of();
  }
}
