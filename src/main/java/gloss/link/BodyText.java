package gloss.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a linked body as a reader reads it, with where its mentions are: what search indexes
 * and cuts snippets from. The link stage takes it from the tree it has just built, so that no later
 * stage parses the HTML again.
 *
 * @param text the words, blocks separated by a space, white space collapsed
 * @param anchors the mentions with an id, in text order
 */
public record BodyText(String text, List<Anchor> anchors) {
  /** A mention: {@code [start, end)} in {@link #text()}, and its id on the page. */
  public record Anchor(int start, int end, String id) {}

  public BodyText {
    anchors = List.copyOf(anchors);
  }

  /** The text of sanitized HTML (an entity description, an edition's note). */
  public static BodyText of(String html) {
    return of(Jsoup.parseBodyFragment(html).body());
  }

  /** The text under {@code body}: tags dropped, block boundaries and line breaks as spaces. */
  public static BodyText of(Element body) {
    CollapsedText out = new CollapsedText();
    List<Anchor> anchors = new ArrayList<>();
    int[] starts = new int[64];
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText());
            } else if (node instanceof Element e) {
              if (e.isBlock() || e.normalName().equals("br")) {
                out.space();
              }
              if (depth < starts.length) {
                starts[depth] = out.length();
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (depth < starts.length && e.hasClass("mention") && !e.id().isEmpty()) {
                anchors.add(new Anchor(starts[depth], out.length(), e.id()));
              }
              if (e.isBlock()) {
                out.space();
              }
            }
          }
        });
    anchors.sort(Comparator.comparingInt(Anchor::start));
    return new BodyText(out.withoutTrailingSpace(), anchors);
  }

  /**
   * Text with every white-space run (no-break spaces too) written as one space, so that offsets
   * stay the same in the written text. A char array rather than a StringBuilder: this reads every
   * character of every article (66 million at 10,000 articles), and a builder's per-character
   * appends and checks were 4 % of a build.
   */
  private static final class CollapsedText {
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
      for (char c = 0; c < 128; c++) {
        ASCII_SPACE[c] = Character.isWhitespace(c);
      }
    }

    /**
     * The buffer each thread collapses into, kept for its next text: growing a new one for every
     * article allocated three times the text (380 MB at 10,000 articles). A thread's buffer is as
     * big as the longest text it has collapsed.
     */
    private static final ThreadLocal<char[]> BUFFERS =
        ThreadLocal.withInitial(() -> new char[4096]);

    private char[] chars = BUFFERS.get();
    private int length;

    int length() {
      return length;
    }

    void append(String s) {
      int end = length + s.length();
      if (end > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
      }
      s.getChars(0, s.length(), chars, length);
      // Collapsed in place: the write position never passes the read one.
      int w = length;
      for (int r = length; r < end; r++) {
        char c = chars[r];
        // No character from 128 to U+1680 is white space to Java but the no-break space.
        if (c < 128
            ? ASCII_SPACE[c]
            : c == '\u00a0' || c >= '\u1680' && Character.isWhitespace(c)) {
          if (w > 0 && chars[w - 1] != ' ') {
            chars[w++] = ' ';
          }
        } else {
          chars[w++] = c;
        }
      }
      length = w;
    }

    /** A block's edge or a line break: a space, unless one came last. */
    void space() {
      if (length > 0 && chars[length - 1] != ' ') {
        if (length == chars.length) {
          chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = ' ';
      }
    }

    /** The text, any space at its end dropped (the only white space it can end with). */
    String withoutTrailingSpace() {
      int n = length;
      while (n > 0 && chars[n - 1] == ' ') {
        n--;
      }
      BUFFERS.set(chars);
      return new String(chars, 0, n);
    }
  }
}
