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
  private final MentionRules rules;
  private final LinkMode mode;
  private final Function<Entity, String> hrefs;

  /**
   * @param hrefs the link to an entity's page, as seen from the page the fragment appears on
   */
  public MentionLinker(
      EntityIndex index, MentionRules rules, LinkMode mode, Function<Entity, String> hrefs) {
    this.index = index;
    this.rules = rules;
    this.mode = mode;
    this.hrefs = hrefs;
  }

  /** The mentions marked in a fragment, and its explicit links that name no entity. */
  public record Linked(List<Mention> mentions, List<Unresolved> unresolved) {}

  /** An explicit link ({@code [text](@target)}) that leads to no entity page, and why. */
  public record Unresolved(String target, String problem) {}

  /**
   * Marks the mentions under {@code root} in place and returns them in document order. Explicit
   * links ({@code <a href="@slug">}, from {@code [text](@slug)}) become mentions of that entity;
   * {@code @-} removes the link and keeps its text unlinked. Neither changes the text.
   *
   * @param idPrefix prepended to mention ids so that several documents can share a page
   * @param hidden names that must not link in this document ({@code no_link}), or null
   */
  public Linked link(Element root, String idPrefix, EntityIndex hidden) {
    List<Piece> pieces = new ArrayList<>();
    Map<Element, Block> blocks = new IdentityHashMap<>();
    collect(root, root, false, pieces, blocks);

    List<Mention> mentions = new ArrayList<>();
    List<Unresolved> unresolved = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Piece piece : pieces) {
      Block block = blocks.get(piece.block());
      if (piece.explicit() != null) {
        explicit(piece, block, idPrefix, counts, mentions, unresolved);
        continue;
      }
      TextNode node = piece.node();
      String text = node.getWholeText();
      int runEnd = piece.offset() + text.length();
      List<EntityIndex.Match> accepted = block.accepted(index, rules, hidden);
      int at = 0;
      boolean changed = false;
      while (block.cursor < accepted.size() && accepted.get(block.cursor).start() < runEnd) {
        EntityIndex.Match m = accepted.get(block.cursor++);
        if (piece.skipped() || m.start() < piece.offset() || m.end() > runEnd) {
          continue; // inside a link, code or heading, or across an element boundary
        }
        int start = m.start() - piece.offset();
        int end = m.end() - piece.offset();
        if (start > at) {
          node.before(new TextNode(text.substring(at, start)));
        }
        node.before(
            mark(m.entity(), text.substring(start, end), idPrefix, counts, new Element("a")));
        mentions.add(mention(m.entity(), idPrefix, counts, block.text(), m.start(), m.end()));
        at = end;
        changed = true;
      }
      if (changed) {
        if (at < text.length()) {
          node.before(new TextNode(text.substring(at)));
        }
        node.remove();
      }
    }
    return new Linked(mentions, unresolved);
  }

  private void explicit(
      Piece piece,
      Block block,
      String idPrefix,
      Map<String, Integer> counts,
      List<Mention> mentions,
      List<Unresolved> unresolved) {
    Element link = piece.explicit();
    String target = link.attr("href").substring(1).strip();
    if (target.equals("-")) {
      link.unwrap();
      return;
    }
    EntityIndex.Resolution r = index.resolve(target);
    if (r.entity() == null) {
      unresolved.add(new Unresolved(target, r.problem()));
      link.unwrap();
      return;
    }
    String written = link.wholeText();
    mark(r.entity(), null, idPrefix, counts, link);
    int start = piece.offset();
    mentions.add(
        mention(r.entity(), idPrefix, counts, block.text(), start, start + written.length()));
  }

  /**
   * Makes {@code mark} the n-th mention of the entity: a link or, when the site links first
   * mentions only and this is a later one, a span. Sets its text when {@code written} is given.
   */
  private Element mark(
      Entity entity, String written, String idPrefix, Map<String, Integer> counts, Element mark) {
    int n = counts.merge(entity.key(), 1, Integer::sum);
    boolean linked = mode == LinkMode.ALL || n == 1;
    mark.tagName(linked ? "a" : "span").clearAttributes();
    // The href names the entity and the id its kind and slug: no data attribute repeats them.
    // Only a link shows its kind (CSS colours its underline); a later mention is plain text.
    mark.attr("class", linked ? "mention mention-" + entity.kind().singular() : "mention")
        .attr("id", mentionId(entity, idPrefix, n));
    if (written != null) {
      mark.text(written);
    }
    if (linked) {
      mark.attr("href", hrefs.apply(entity));
      // The full name as a tooltip, where the text says less (an alias or a surname).
      if (!(written != null ? written : mark.text()).equals(entity.name())) {
        mark.attr("title", entity.name());
      }
    }
    return mark;
  }

  private static String mentionId(Entity entity, String idPrefix, int n) {
    return idPrefix + "m-" + entity.kind().key() + "-" + entity.slug() + "-" + n;
  }

  /** The mention just marked: its context, for the first few in a document. */
  private Mention mention(
      Entity entity,
      String idPrefix,
      Map<String, Integer> counts,
      String blockText,
      int start,
      int end) {
    int n = counts.get(entity.key());
    String id = mentionId(entity, idPrefix, n);
    boolean linked = mode == LinkMode.ALL || n == 1;
    // Backlinks show only the first few contexts per document; later mentions are counted
    // but their sentences are never shown, so they are not cut out.
    return n <= CrossReferences.CONTEXTS_PER_DOCUMENT
        ? context(entity.key(), id, linked, blockText, start, end)
        : new Mention(entity.key(), id, linked, "", blockText.substring(start, end), "");
  }

  /**
   * A text node (or an explicit entity link) in document order, with the block it belongs to and
   * its offset in that block's text.
   */
  private record Piece(
      TextNode node, Element explicit, Element block, int offset, boolean skipped) {}

  /** A block's text and, once asked, the matches in it that the rules accept. */
  private static final class Block {
    final StringBuilder builder = new StringBuilder();
    private String text;
    private List<EntityIndex.Match> accepted;
    int cursor;

    String text() {
      if (text == null) {
        text = builder.toString();
      }
      return text;
    }

    List<EntityIndex.Match> accepted(EntityIndex index, MentionRules rules, EntityIndex hidden) {
      if (accepted == null) {
        accepted = accept(text(), index, rules, hidden);
      }
      return accepted;
    }
  }

  /**
   * The matches in {@code text} that are mentions: those the rules accept, minus those inside a
   * hidden name. One automaton pass, and a look at the words next to each match.
   */
  static List<EntityIndex.Match> accept(
      String text, EntityIndex index, MentionRules rules, EntityIndex hidden) {
    List<EntityIndex.Match> matches = index.find(text);
    if (matches.isEmpty()) {
      return matches;
    }
    List<EntityIndex.Match> hiddenSpans = hidden == null ? List.of() : hidden.spans(text);
    List<EntityIndex.Match> accepted = new ArrayList<>(matches.size());
    int h = 0;
    for (int i = 0; i < matches.size(); i++) {
      EntityIndex.Match m = matches.get(i);
      while (h < hiddenSpans.size() && hiddenSpans.get(h).end() <= m.start()) {
        h++;
      }
      boolean isHidden =
          h < hiddenSpans.size()
              && hiddenSpans.get(h).start() <= m.start()
              && hiddenSpans.get(h).end() >= m.end();
      if (!isHidden && rules.judge(text, matches, i).mention()) {
        accepted.add(m);
      }
    }
    return accepted;
  }

  private static void collect(
      Element element,
      Element block,
      boolean skipped,
      List<Piece> pieces,
      Map<Element, Block> blocks) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        Block b = blocks.computeIfAbsent(block, k -> new Block());
        pieces.add(new Piece(text, null, block, b.builder.length(), skipped));
        b.builder.append(text.getWholeText());
      } else if (child instanceof Element el) {
        String tag = el.normalName();
        if (tag.equals("br")) {
          blocks.computeIfAbsent(block, k -> new Block()).builder.append('\n');
        } else if (tag.equals("a") && el.attr("href").startsWith("@")) {
          Block b = blocks.computeIfAbsent(block, k -> new Block());
          pieces.add(new Piece(null, el, block, b.builder.length(), true));
          b.builder.append(el.wholeText());
        } else {
          collect(
              el,
              BLOCKS.contains(tag) ? el : block,
              skipped || SKIPPED.contains(tag),
              pieces,
              blocks);
        }
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
