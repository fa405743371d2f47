package gloss.markdown;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Caps how deeply elements nest in a parsed, still untrusted document.
 *
 * <p>Why: Jsoup's {@code Cleaner} asks every copied element for its base URI, which walks up all
 * its ancestors, so cleaning is quadratic in nesting depth: 20,000 nested {@code <div>}s take
 * seconds and the 400,000 that fit in a 2 MB file would take most of an hour. Parsing and traversal
 * are iterative and linear, so we measure the depth first and, only when it is too deep, copy the
 * body with every element below the cap dropped and its text moved up to the deepest kept ancestor.
 * Markdown output never comes near the cap (the Markdown tree is flattened at 100 levels), so only
 * hostile or broken raw HTML is affected.
 */
public final class HtmlNestingFlattener {

  /** Element levels below {@code <body>} that are kept as they are. */
  static final int MAX_DEPTH = 200;

  private HtmlNestingFlattener() {}

  /** Returns {@code dirty} itself when it is shallow enough, otherwise a flattened copy. */
  public static Document limitDepth(Document dirty) {
    Element body = dirty.body();
    if (elementDepthBelow(body) <= MAX_DEPTH) {
      return dirty;
    }
    Document shallow = Document.createShell(dirty.baseUri());
    NodeTraversor.traverse(new DepthCappedCopy(body, shallow.body()), body);
    return shallow;
  }

  /** How many levels of elements nest below {@code root}; iterative, so any depth is fine. */
  static int elementDepthBelow(Element root) {
    int[] deepest = {0};
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element && depth > deepest[0]) {
            deepest[0] = depth;
          }
        },
        root);
    return deepest[0];
  }

  /** Same shape as Jsoup's cleaning visitor: copies nodes, descending only into kept elements. */
  private static final class DepthCappedCopy implements NodeVisitor {
    private final Element sourceRoot;
    private Element destination;

    DepthCappedCopy(Element sourceRoot, Element destinationRoot) {
      this.sourceRoot = sourceRoot;
      this.destination = destinationRoot;
    }

    @Override
    public void head(Node source, int depth) {
      if (source == sourceRoot) {
        return;
      }
      if (source instanceof Element element) {
        if (depth <= MAX_DEPTH) {
          // No base URI here: asking the source for it is exactly the ancestor walk we avoid.
          Element copy = new Element(element.tag(), null, element.attributes().clone());
          destination.appendChild(copy);
          destination = copy;
        }
      } else if (source instanceof TextNode text) {
        destination.appendChild(new TextNode(text.getWholeText()));
      } else if (depth <= MAX_DEPTH + 1) {
        // Script and style bodies (DataNode) serialize unescaped, so they may only ever stay
        // under their own element; below the cap that element is gone and so are they.
        if (source instanceof DataNode data) {
          destination.appendChild(new DataNode(data.getWholeData()));
        } else if (source instanceof Comment comment) {
          destination.appendChild(new Comment(comment.getData()));
        }
      }
    }

    @Override
    public void tail(Node source, int depth) {
      if (source != sourceRoot && source instanceof Element && depth <= MAX_DEPTH) {
        destination = destination.parent();
      }
    }
  }
}
