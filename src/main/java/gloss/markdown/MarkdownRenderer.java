package gloss.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;

/**
 * Markdown to safe HTML: CommonMark with GFM tables, strikethrough, autolinks and heading
 * anchors, then {@link HtmlSanitizer}. Raw HTML in Markdown is allowed through the renderer so
 * that editors can use {@code <abbr>} or {@code <sup>}, and the sanitizer decides what stays.
 * Built once; thread-safe.
 */
public final class MarkdownRenderer {
  /**
   * Deeper nesting than this is flattened before rendering: the renderer and later tree walks
   * recurse, and no real commentary nests a hundred levels deep.
   */
  static final int MAX_NESTING = 100;

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(),
          StrikethroughExtension.create(),
          AutolinkExtension.create(),
          HeadingAnchorExtension.create());

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final HtmlSanitizer sanitizer;

  private MarkdownRenderer(HtmlSanitizer sanitizer) {
    this.parser = Parser.builder().extensions(EXTENSIONS).build();
    this.renderer =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(false)
            .sanitizeUrls(true)
            .softbreak("\n")
            .build();
    this.sanitizer = sanitizer;
  }

  public static MarkdownRenderer create(HtmlSanitizer sanitizer) {
    return new MarkdownRenderer(sanitizer);
  }

  /**
   * Parsing runs on threads with a large stack: commonmark's post-processors walk the tree
   * recursively before we can flatten it, and hostile input nests ten thousand levels deep.
   * The stack is reserved address space, committed only when a document needs it.
   */
  private static final ExecutorService PARSING =
      Executors.newFixedThreadPool(
          Runtime.getRuntime().availableProcessors(),
          task -> {
            Thread thread = new Thread(null, task, "gloss-markdown-parser", 512L * 1024 * 1024);
            thread.setDaemon(true);
            return thread;
          });

  /** Renders Markdown to a sanitized document; the fragment is the document's body. */
  public Document render(String markdown) {
    Node document;
    try {
      document = PARSING.submit(() -> parser.parse(markdown)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing Markdown", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Markdown parser failed", e.getCause());
    }
    flattenDeepNesting(document);
    return sanitizer.clean(renderer.render(document));
  }

  /**
   * Unwraps every node deeper than {@link #MAX_NESTING}, moving its children up in its place,
   * so that the text survives and the tree stays shallow. Iterative, so it cannot itself
   * overflow the stack.
   */
  static void flattenDeepNesting(Node root) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      Node child = node.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        if (depth + 1 > MAX_NESTING && child.getFirstChild() != null) {
          Node first = child.getFirstChild();
          for (Node moved = first; moved != null; ) {
            Node after = moved.getNext();
            child.insertBefore(moved);
            moved = after;
          }
          child.unlink();
          next = first;
        } else if (!(child instanceof Text)) {
          nodes.push(child);
          depths.push(depth + 1);
        }
        child = next;
      }
    }
  }
}
