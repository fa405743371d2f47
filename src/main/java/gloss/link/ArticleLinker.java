package gloss.link;

import gloss.diag.Diagnostics;
import gloss.markdown.MarkdownRenderer;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.Entity;
import gloss.model.LinkMode;
import gloss.model.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Runs the link stage for one article: renders its Markdown and its annotations', marks entity
 * mentions, and anchors the annotations on their passages. Thread-safe; articles are processed in
 * parallel.
 */
public final class ArticleLinker {
  private final MarkdownRenderer markdown;
  private final MentionLinker mentions;

  public ArticleLinker(MarkdownRenderer markdown, EntityIndex index, LinkMode mode) {
    this.markdown = markdown;
    // Every fragment appears on pages two folders deep (articles/x/, authors/x/), so entity
    // links are written relative to that depth.
    this.mentions =
        new MentionLinker(
            index, mode, (Entity e) -> "../../" + SitePaths.entity(e.kind(), e.slug()));
  }

  public LinkedArticle link(
      Article article, List<Annotation> annotations, Diagnostics diagnostics) {
    Document doc = markdown.render(article.body());
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    List<Mention> found = mentions.link(body, "");
    Map<String, Anchor> anchors =
        AnnotationAnchorer.anchor(body, article, annotations, diagnostics);
    List<LinkedAnnotation> linked = new ArrayList<>();
    for (Annotation a : annotations) {
      Document note = markdown.render(a.body());
      note.outputSettings().prettyPrint(false);
      List<Mention> noteMentions = mentions.link(note.body(), a.name() + "-");
      linked.add(
          new LinkedAnnotation(
              a, note.body().html(), noteMentions, Optional.ofNullable(anchors.get(a.name()))));
    }
    return new LinkedArticle(article, body.html(), found, linked);
  }

  /**
   * Renders and links Markdown shown on a page two folders deep that is neither an article nor an
   * entity: an edition's editor's note.
   */
  public String note(String markdown) {
    if (markdown.isBlank()) {
      return "";
    }
    Document doc = this.markdown.render(markdown);
    doc.outputSettings().prettyPrint(false);
    mentions.link(doc.body(), "e-");
    return doc.body().html();
  }

  /** Renders and links an entity's description (it appears on the entity's own page). */
  public String describe(Entity entity) {
    Document doc = markdown.render(entity.description());
    doc.outputSettings().prettyPrint(false);
    mentions.link(doc.body(), "d-");
    // A page does not link to itself: the entity's own name stays plain text.
    doc.body().select(".mention").stream()
        .filter(m -> m.attr("data-entity").equals(entity.key()))
        .forEach(org.jsoup.nodes.Element::unwrap);
    return doc.body().html();
  }
}
