package gloss.link;

import gloss.model.Entity;
import gloss.model.LinkMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Marks every mention of a known entity in a rendered fragment, working on the parsed tree so that
 * HTML structure is never broken. Text inside links, code and headings is left alone. Each mention
 * gets a stable id; which ones become links follows the site's {@link LinkMode}.
 */
public final class MentionLinker {
  private static final Set<String> SKIPPED =
      Set.of(
          "a", "code", "pre", "kbd", "samp", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "li",
          "td",
          "th",
          "dd",
          "dt",
          "blockquote",
          "figcaption",
          "caption",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6");

  /** Longest context kept on either side of a mention in a backlink. */
  private static final int CONTEXT_CHARS = 160;

  private final EntityIndex index;
  private final LinkMode mode;
  private final Function<Entity, String> hrefs;

  /**
   * @param hrefs the link to an entity's page, as seen from the page the fragment appears on
   */
  public MentionLinker(EntityIndex index, LinkMode mode, Function<Entity, String> hrefs) {
    this.index = index;
    this.mode = mode;
    this.hrefs = hrefs;
  }

  /**
   * Marks the mentions under {@code root} in place and returns them in document order.
   *
   * @param idPrefix prepended to mention ids so that several documents can share a page
   */
  public List<Mention> link(Element root, String idPrefix) {
    List<TextRun> runs = new ArrayList<>();
    Map<Element, StringBuilder> blockTexts = new IdentityHashMap<>();
    collect(root, root, false, runs, blockTexts);

    List<Mention> mentions = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    Map<Element, String> blockStrings = new IdentityHashMap<>();
    for (TextRun run : runs) {
      if (run.skipped) {
        continue;
      }
      String text = run.node.getWholeText();
      List<EntityIndex.Match> matches = index.find(text);
      if (matches.isEmpty()) {
        continue;
      }
      // A block's text is needed once per text node with mentions: build the String once.
      String blockText = blockStrings.computeIfAbsent(run.block, b -> blockTexts.get(b).toString());
      int at = 0;
      for (EntityIndex.Match m : matches) {
        if (m.start() > at) {
          run.node.before(new TextNode(text.substring(at, m.start())));
        }
        Entity entity = m.entity();
        int n = counts.merge(entity.key(), 1, Integer::sum);
        boolean linked = mode == LinkMode.ALL || n == 1;
        String id = idPrefix + "m-" + entity.kind().key() + "-" + entity.slug() + "-" + n;
        String written = text.substring(m.start(), m.end());
        Element mark =
            new Element(linked ? "a" : "span")
                .attr("class", "mention mention-" + entity.kind().singular())
                .attr("id", id)
                .attr("data-entity", entity.key())
                .text(written);
        if (linked) {
          mark.attr("href", hrefs.apply(entity));
          // The full name as a tooltip, where the text says less (an alias or a surname).
          if (!written.equals(entity.name())) {
            mark.attr("title", entity.name());
          }
        }
        run.node.before(mark);
        // Backlinks show only the first few contexts per document; later mentions are counted
        // but their sentences are never shown, so they are not cut out.
        mentions.add(
            n <= CrossReferences.CONTEXTS_PER_DOCUMENT
                ? context(
                    entity.key(),
                    id,
                    linked,
                    blockText,
                    run.offset + m.start(),
                    run.offset + m.end())
                : new Mention(entity.key(), id, linked, "", written, ""));
        at = m.end();
      }
      if (at < text.length()) {
        run.node.before(new TextNode(text.substring(at)));
      }
      run.node.remove();
    }
    return mentions;
  }

  /** A text node with the block it belongs to and its offset in that block's text. */
  private record TextRun(TextNode node, Element block, int offset, boolean skipped) {}

  private static void collect(
      Element element,
      Element block,
      boolean skipped,
      List<TextRun> runs,
      Map<Element, StringBuilder> blockTexts) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        StringBuilder sb = blockTexts.computeIfAbsent(block, b -> new StringBuilder());
        runs.add(new TextRun(text, block, sb.length(), skipped));
        sb.append(text.getWholeText());
      } else if (child instanceof Element el) {
        String tag = el.normalName();
        collect(
            el,
            BLOCKS.contains(tag) ? el : block,
            skipped || SKIPPED.contains(tag),
            runs,
            blockTexts);
      }
    }
  }

  private static Mention context(
      String key, String id, boolean linked, String block, int start, int end) {
    int from = sentenceStart(block, start);
    int to = sentenceEnd(block, end);
    String before = collapse(block.substring(from, start));
    String after = collapse(block.substring(end, to));
    if (before.length() > CONTEXT_CHARS) {
      before = "…" + before.substring(before.indexOf(' ', before.length() - CONTEXT_CHARS) + 1);
    }
    if (after.length() > CONTEXT_CHARS) {
      int cut = after.lastIndexOf(' ', CONTEXT_CHARS);
      after = after.substring(0, cut > 0 ? cut : CONTEXT_CHARS) + "…";
    }
    return new Mention(
        key, id, linked, before.stripLeading(), block.substring(start, end), after.stripTrailing());
  }

  /** The start of the sentence holding {@code at}: just after the last sentence end before it. */
  private static int sentenceStart(String text, int at) {
    for (int i = at - 1; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i)) && endsSentence(text, i)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int sentenceEnd(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) && endsSentence(text, i)) {
        return i;
      }
    }
    return text.length();
  }

  /**
   * Whether the text before white space at {@code ws} ends a sentence: a stop, possibly followed by
   * closing quotes, after a lowercase letter or digit (so "U.S. officials" is one sentence), and
   * followed by something that can start one.
   */
  private static boolean endsSentence(String text, int ws) {
    int p = ws - 1;
    while (p >= 0 && "\"'”’)".indexOf(text.charAt(p)) >= 0) {
      p--;
    }
    if (p < 1 || ".!?".indexOf(text.charAt(p)) < 0) {
      return false;
    }
    char beforeStop = text.charAt(p - 1);
    if (!(Character.isLowerCase(beforeStop)
        || Character.isDigit(beforeStop)
        || beforeStop == ')')) {
      return false;
    }
    int n = ws;
    while (n < text.length() && Character.isWhitespace(text.charAt(n))) {
      n++;
    }
    return n >= text.length() || !Character.isLowerCase(text.charAt(n));
  }

  /** White space runs become one space; a loop, since this runs for every mention. */
  private static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space) out.append(' ');
        space = false;
        out.append(c);
      }
    }
    if (space) out.append(' ');
    return out.toString();
  }
}
