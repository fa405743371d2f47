package gloss.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.PostProcessor;

/**
 * Flattens Markdown nesting deeper than {@value #MAX_DEPTH} levels, without recursion.
 *
 * <p>Why: commonmark-java 0.24 walks the tree recursively (the autolink post-processor, the HTML
 * renderer, every {@code AbstractVisitor}), so 10,000 nested block quotes or list items end in a
 * {@link StackOverflowError}. No reader needs more than a hundred levels, so a node deeper than
 * that is replaced by its children, which keeps all text. Paragraphs and headings stay, so deep
 * text is still split into paragraphs; their inline children are flattened in turn. The result is
 * at most {@code MAX_DEPTH + 2} levels deep.
 *
 * <p>Must be registered before any other post-processor, which would otherwise recurse first.
 */
final class MarkdownNestingFlattener implements PostProcessor {

  static final int MAX_DEPTH = 100;

  private record Pending(Node node, int depth) {}

  @Override
  public Node process(Node document) {
    Deque<Pending> pending = new ArrayDeque<>();
    pending.push(new Pending(document, 0));
    while (!pending.isEmpty()) {
      Pending current = pending.pop();
      Node node = current.node();
      if (current.depth() > MAX_DEPTH && node.getFirstChild() != null && !keepsText(node)) {
        // The children take the node's place (and depth) and are looked at again.
        for (Node child = node.getFirstChild(); child != null; ) {
          Node next = child.getNext();
          node.insertBefore(child);
          pending.push(new Pending(child, current.depth()));
          child = next;
        }
        node.unlink();
      } else {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
          pending.push(new Pending(child, current.depth() + 1));
        }
      }
    }
    return document;
  }

  private static boolean keepsText(Node node) {
    return node instanceof Paragraph || node instanceof Heading;
  }
}
