package gloss.link;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The article's text: the DOM {@code textContent} of an element.
 *
 * <p>Every offset in Gloss (anchors, highlights) counts UTF-16 units in this string, so it must be
 * computed exactly one way; {@code TextPositionSelector}s in the JSON-LD give the same offsets in
 * code points ({@link Anchor}). It is the concatenation of every {@link TextNode}'s {@link
 * TextNode#getWholeText() whole text} in document order, without white-space normalisation. {@link
 * Element#text()} is not used because it collapses white space and would shift offsets. Script and
 * style contents are jsoup {@code DataNode}s, not text nodes, so they are not part of the text.
 */
public final class TextContent {

  private TextContent() {}

  /** Returns the text content of {@code root}, in document order. */
  public static String of(Element root) {
    StringBuilder text = new StringBuilder();
    for (TextNode node : textNodesInOrder(root)) {
      text.append(node.getWholeText());
    }
    return text.toString();
  }

  /**
   * The text nodes under {@code root} in document order: the same nodes, in the same order, that
   * {@link #of} concatenates, so offsets computed from one apply to the other.
   */
  static List<TextNode> textNodesInOrder(Element root) {
    List<TextNode> nodes = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode textNode) {
            nodes.add(textNode);
          }
        },
        root);
    return nodes;
  }
}
