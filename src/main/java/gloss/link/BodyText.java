package gloss.link;

import java.util.ArrayList;
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
    StringBuilder out = new StringBuilder();
    List<Anchor> anchors = new ArrayList<>();
    int[] starts = new int[64];
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              appendCollapsed(out, t.getWholeText());
            } else if (node instanceof Element e) {
              if (e.isBlock() || e.normalName().equals("br")) {
                appendCollapsed(out, " ");
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
                appendCollapsed(out, " ");
              }
            }
          }
        });
    anchors.sort(Comparator.comparingInt(Anchor::start));
    return new BodyText(out.toString().stripTrailing(), anchors);
  }

  /** White-space runs become one space, so offsets stay the same in the written text. */
  private static void appendCollapsed(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }
}
