package gloss.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Marks an anchored passage in the rendered article with {@code <mark>} elements and puts a link to
 * its note right after it.
 *
 * <p>Only text nodes are ever wrapped: the range's text nodes are split at the range's ends and
 * each piece gets its own {@code <mark>}. So a passage that crosses a link, emphasis or a paragraph
 * break becomes several marks, each inside the element it was already in; marks never contain
 * elements, links keep their {@code href}, and block structure is untouched. White space between
 * blocks (for example between two {@code <li>}s) is left unmarked, since a {@code <mark>} there
 * would be invalid HTML.
 *
 * <p>Highlighting never changes the root's {@link TextContent}: marks add no text, and the note
 * link is empty (its visible marker must come from CSS, e.g. {@code .note-ref::after}). That is
 * what lets a caller anchor every annotation first and then highlight them one after another with
 * the offsets it computed, including overlapping and nested ranges: a later range splits the text
 * inside earlier marks and nests its own marks there.
 */
public final class PassageHighlighter {

  /** Elements whose text is not rendered as phrasing content, so a mark would not show. */
  private static final Set<String> TEXT_ONLY_PARENTS =
      Set.of(
          "textarea",
          "title",
          "option",
          "optgroup",
          "select",
          "script",
          "style",
          "template",
          "noscript");

  /** Elements in which bare text is not allowed: any text there is inter-element space. */
  private static final Set<String> STRUCTURAL_PARENTS =
      Set.of(
          "html",
          "head",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "colgroup",
          "ul",
          "ol",
          "dl",
          "menu",
          "hgroup",
          "picture",
          "video",
          "audio",
          "object");

  private static final Set<String> BLOCK_ELEMENTS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "menu");

  private PassageHighlighter() {}

  /**
   * Highlights {@code [start, end)} of {@code TextContent.of(root)}.
   *
   * <p>Each piece becomes {@code <mark class="hl" data-annotation="{annotationId}">}, the first one
   * also {@code id="passage-{annotationId}"}. After the last piece (or after the outermost link
   * containing it, so links never nest) comes {@code <a class="note-ref"
   * href="#note-{annotationId}" id="ref-{annotationId}" aria-label="{label}"></a>} (its href names
   * the annotation).
   *
   * @throws IllegalArgumentException if the range is empty or outside the text; both are bugs in
   *     the caller, since anchoring only produces non-empty ranges of this text
   */
  public static void highlight(
      Element root, int start, int end, String annotationId, String label) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(label, "label");
    if (annotationId == null || annotationId.isBlank()) {
      throw new IllegalArgumentException("annotation id must not be blank");
    }
    List<TextNode> nodes = TextContent.textNodesInOrder(root);
    int textLength = nodes.stream().mapToInt(node -> node.getWholeText().length()).sum();
    if (start < 0 || end > textLength || start >= end) {
      throw new IllegalArgumentException(
          "range [" + start + ", " + end + ") is empty or outside text of length " + textLength);
    }

    List<Element> marks = new ArrayList<>();
    int nodeStart = 0;
    for (TextNode node : nodes) {
      int length = node.getWholeText().length();
      int nodeEnd = nodeStart + length;
      if (nodeEnd > start && nodeStart < end && length > 0) {
        TextNode piece =
            isolate(
                node, Math.max(start, nodeStart) - nodeStart, Math.min(end, nodeEnd) - nodeStart);
        if (canMark(piece)) {
          marks.add(wrapInMark(piece, annotationId));
        }
      }
      if (nodeEnd >= end) {
        break;
      }
      nodeStart = nodeEnd;
    }
    if (marks.isEmpty()) {
      return;
    }
    marks.get(0).id("passage-" + annotationId);
    Element noteRef =
        new Element("a")
            .addClass("note-ref")
            .attr("href", "#note-" + annotationId)
            .id("ref-" + annotationId)
            .attr("aria-label", label);
    outermostLinkAround(marks.get(marks.size() - 1), root).after(noteRef);
  }

  /** Splits {@code node} so that its characters {@code [from, to)} are a text node of their own. */
  private static TextNode isolate(TextNode node, int from, int to) {
    TextNode piece = from > 0 ? node.splitText(from) : node;
    int pieceLength = to - from;
    if (pieceLength < piece.getWholeText().length()) {
      piece.splitText(pieceLength);
    }
    return piece;
  }

  private static boolean canMark(TextNode piece) {
    Element parent = piece.parent();
    if (parent == null || TEXT_ONLY_PARENTS.contains(parent.normalName())) {
      return false;
    }
    if (!piece.isBlank()) {
      return true;
    }
    return !STRUCTURAL_PARENTS.contains(parent.normalName())
        && !isBlock(piece.previousSibling())
        && !isBlock(piece.nextSibling());
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element element && BLOCK_ELEMENTS.contains(element.normalName());
  }

  private static Element wrapInMark(TextNode piece, String annotationId) {
    Element mark = new Element("mark").addClass("hl").attr("data-annotation", annotationId);
    piece.replaceWith(mark);
    mark.appendChild(piece);
    return mark;
  }

  /** The outermost {@code <a>} below {@code root} that contains {@code node}, else {@code node}. */
  private static Node outermostLinkAround(Element node, Element root) {
    Node insertAfter = node;
    for (Element ancestor = node.parent();
        ancestor != null && ancestor != root;
        ancestor = ancestor.parent()) {
      if (ancestor.normalName().equals("a")) {
        insertAfter = ancestor;
      }
    }
    return insertAfter;
  }
}
