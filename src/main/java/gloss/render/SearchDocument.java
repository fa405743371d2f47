package gloss.render;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * One thing search can find: an article, a note or an entity, as the index writer ({@link
 * SearchIndex}) needs it. Every string is plain text; the reader's browser only ever sets it as
 * text.
 *
 * @param key what the document is, unique in the site ("article:slug", "note:slug#name",
 *     "entity:people/nate-fick")
 * @param kind what the result says it is: "article", "note" or the entity kind's singular in lower
 *     case ("person")
 * @param date the date as the site shows it, "" for an entity
 * @param text what snippets are cut from, and the body the words are counted in
 * @param anchors places in {@code text} a result can link to (mentions), in text order
 * @param fields the other words that find it, each with its weight (a title counts more)
 * @param names an entity's name and aliases: typing one exactly puts it first
 * @param mentions the keys of the entities it mentions, for the "mentioning" filter
 */
public record SearchDocument(
    String key,
    String kind,
    String title,
    String url,
    String date,
    String text,
    List<Anchor> anchors,
    List<Field> fields,
    List<String> names,
    List<String> mentions) {

  public SearchDocument {
    anchors = List.copyOf(anchors);
    fields = List.copyOf(fields);
    names = List.copyOf(names);
    mentions = List.copyOf(mentions);
  }

  /** Words that find a document without being its snippet text, counted {@code weight} times. */
  public record Field(String text, int weight) {}

  /** An element of the text with an id: {@code [start, end)} in {@link #text()}. */
  public record Anchor(int start, int end, String id) {}

  /** The weight of a title: a word in it counts as often as this many in the text. */
  static final int TITLE = 4;

  /** The weight of an entity's name and aliases. */
  static final int NAME = 6;

  /** The weight of a summary, source, authors or tags. */
  static final int META = 2;

  /** Text and mention anchors of sanitized HTML: blocks are separated, tags dropped. */
  record PlainText(String text, List<Anchor> anchors) {
    static PlainText of(String html) {
      StringBuilder out = new StringBuilder(html.length());
      List<Anchor> anchors = new java.util.ArrayList<>();
      int[] starts = new int[64];
      Jsoup.parseBodyFragment(html)
          .body()
          .traverse(
              new NodeVisitor() {
                @Override
                public void head(Node node, int d) {
                  if (node instanceof TextNode t) {
                    appendCollapsed(out, t.getWholeText());
                  } else if (node instanceof Element e) {
                    if (e.isBlock() || e.normalName().equals("br")) {
                      appendCollapsed(out, " ");
                    }
                    if (d < starts.length) {
                      starts[d] = out.length();
                    }
                  }
                }

                @Override
                public void tail(Node node, int d) {
                  if (node instanceof Element e) {
                    if (d < starts.length && e.hasClass("mention") && !e.id().isEmpty()) {
                      anchors.add(new Anchor(starts[d], out.length(), e.id()));
                    }
                    if (e.isBlock()) {
                      appendCollapsed(out, " ");
                    }
                  }
                }
              });
      anchors.sort(java.util.Comparator.comparingInt(Anchor::start));
      return new PlainText(out.toString().stripTrailing(), anchors);
    }

    /** Whitespace runs become one space, so offsets stay the same in the written text. */
    private static void appendCollapsed(StringBuilder out, String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean space = Character.isWhitespace(c) || c == '\u00a0';
        if (space) {
          if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
          }
        } else {
          out.append(c);
        }
      }
    }
  }
}
