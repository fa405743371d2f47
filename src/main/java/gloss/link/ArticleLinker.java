package gloss.link;

import gloss.diag.Diagnostics;
import gloss.markdown.MarkdownRenderer;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.Entity;
import gloss.model.LinkMode;
import gloss.model.SitePaths;
import gloss.model.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * @param titles words that may stand next to a name without being part of it (site.yml's {@code
   *     titles})
   */
  public ArticleLinker(
      MarkdownRenderer markdown, EntityIndex index, List<String> titles, LinkMode mode) {
    this.markdown = markdown;
    // Every fragment appears on pages two folders deep (articles/x/, authors/x/), so entity
    // links are written relative to that depth.
    this.mentions =
        new MentionLinker(
            index,
            new MentionRules(titles),
            mode,
            (Entity e) -> "../../" + SitePaths.entity(e.kind(), e.slug()));
  }

  public LinkedArticle link(
      Article article, List<Annotation> annotations, Diagnostics diagnostics) {
    Document doc = markdown.render(article.body());
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    // The article's no_link names hold for its notes too: they appear on its page.
    EntityIndex hidden = article.noLink().isEmpty() ? null : EntityIndex.ignoring(article.noLink());
    MentionLinker.Linked found = mentions.link(body, "", hidden);
    report(found, article.body(), article.file(), diagnostics);
    Map<String, Anchor> anchors =
        AnnotationAnchorer.anchor(body, article, annotations, diagnostics);
    List<LinkedAnnotation> linked = new ArrayList<>();
    for (Annotation a : annotations) {
      Document note = markdown.render(a.body());
      note.outputSettings().prettyPrint(false);
      // Ids inside a note (its headings, then its mentions) carry its name, so that they cannot
      // collide with the article's, another note's or the theme's.
      FragmentIds.prefix(note.body(), a.name() + "-");
      MentionLinker.Linked noteMentions = mentions.link(note.body(), a.name() + "-", hidden);
      report(noteMentions, a.body(), a.file(), diagnostics);
      linked.add(
          new LinkedAnnotation(
              a,
              note.body().html(),
              BodyText.of(note.body()),
              noteMentions.mentions(),
              Optional.ofNullable(anchors.get(a.name()))));
    }
    return new LinkedArticle(article, body.html(), BodyText.of(body), found.mentions(), linked);
  }

  /**
   * Reports each explicit link to no entity at its place in the Markdown source: the n-th
   * unresolved {@code @target} of a document is the n-th {@code ](@target} written in it.
   */
  private static void report(
      MentionLinker.Linked linked, String markdown, SourceFile file, Diagnostics diagnostics) {
    Map<String, Integer> seen = new HashMap<>();
    for (MentionLinker.Unresolved u : linked.unresolved()) {
      int nth = seen.merge(u.target(), 1, Integer::sum);
      Matcher m =
          Pattern.compile("\\]\\(\\s*<?(@\\s*" + Pattern.quote(u.target()) + ")[\\s>)]")
              .matcher(markdown);
      int at = -1;
      for (int i = 0; i < nth && m.find(); i++) {
        at = m.start(1);
      }
      diagnostics.error(at < 0 ? file.bodyLine(1, 1) : file.bodyOffset(markdown, at), u.problem());
    }
  }

  /**
   * Renders and links Markdown shown on a page two folders deep that is neither an article nor an
   * entity: an edition's editor's note.
   */
  public String note(String markdown, SourceFile file, Diagnostics diagnostics) {
    if (markdown.isBlank()) {
      return "";
    }
    Document doc = this.markdown.render(markdown);
    doc.outputSettings().prettyPrint(false);
    report(mentions.link(doc.body(), "e-", null), markdown, file, diagnostics);
    return doc.body().html();
  }

  /** Renders and links an entity's description (it appears on the entity's own page). */
  public String describe(Entity entity, Diagnostics diagnostics) {
    Document doc = markdown.render(entity.description());
    doc.outputSettings().prettyPrint(false);
    MentionLinker.Linked linked = mentions.link(doc.body(), "d-", null);
    report(linked, entity.description(), entity.source(), diagnostics);
    // A page does not link to itself: the entity's own name stays plain text.
    for (Mention m : linked.mentions()) {
      if (m.entityKey().equals(entity.key())) {
        doc.body().getElementById(m.id()).unwrap();
      }
    }
    return doc.body().html();
  }
}
