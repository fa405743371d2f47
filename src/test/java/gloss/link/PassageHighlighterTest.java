package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gloss.link.QuoteMatch.Exact;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class PassageHighlighterTest {

  private static Element body(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.ownerDocument().outputSettings().prettyPrint(false);
    return body;
  }

  /** Anchors {@code quote} exactly and highlights it, as the build does. */
  private static void highlightQuote(Element root, String quote, String id) {
    QuoteMatch match = TextQuoteMatcher.of(TextContent.of(root)).find(quote, null, null);
    assertThat(match).isInstanceOf(Exact.class);
    Exact exact = (Exact) match;
    PassageHighlighter.highlight(root, exact.start(), exact.end(), id, "Note " + id);
  }

  private static String mark(String id, boolean first, String text) {
    return "<mark class=\"hl\" data-annotation=\""
        + id
        + "\""
        + (first ? " id=\"passage-" + id + "\"" : "")
        + ">"
        + text
        + "</mark>";
  }

  private static String ref(String id) {
    return "<a class=\"note-ref\" href=\"#note-"
        + id
        + "\" id=\"ref-"
        + id
        + "\" aria-label=\"Note "
        + id
        + "\"></a>";
  }

  @Test
  void marksEachPieceOfAPassageThatSpansALinkAndEmphasis() {
    Element root =
        body(
            "<p>The <a href=\"/people/ada/\">Countess of <em>Lovelace</em></a> wrote the"
                + " <em>first</em> program.</p>");

    highlightQuote(root, "of Lovelace wrote the first", "a1");

    assertThat(root.html())
        .isEqualTo(
            "<p>The <a href=\"/people/ada/\">Countess "
                + mark("a1", true, "of ")
                + "<em>"
                + mark("a1", false, "Lovelace")
                + "</em></a>"
                + mark("a1", false, " wrote the ")
                + "<em>"
                + mark("a1", false, "first")
                + ref("a1")
                + "</em> program.</p>");
  }

  @Test
  void keepsAnEntityLinkInsideThePassageWorking() {
    Element root =
        body(
            "<p>Yesterday <a class=\"mention\" href=\"/people/ada/\">Ada Lovelace</a> spoke"
                + " to the press.</p>");

    highlightQuote(root, "Yesterday Ada Lovelace spoke", "n2");

    Element link = root.selectFirst("a.mention");
    assertThat(link.attr("href")).isEqualTo("/people/ada/");
    assertThat(link.select("mark.hl")).extracting(Element::text).containsExactly("Ada Lovelace");
    assertThat(link.parent().tagName()).isEqualTo("p");
    assertThat(root.select("mark.hl[data-annotation=n2]"))
        .extracting(Element::text)
        .containsExactly("Yesterday", "Ada Lovelace", "spoke");
    assertThat(root.select("mark.hl:not(a mark)")).hasSize(2);
  }

  @Test
  void putsTheNoteLinkAfterTheLinkThatThePassageEndsIn() {
    Element root =
        body(
            "<p>Yesterday <a class=\"mention\" href=\"/people/ada/\">Ada <b>Lovelace</b></a>"
                + " spoke.</p>");

    highlightQuote(root, "Yesterday Ada", "n3");

    assertThat(root.html())
        .isEqualTo(
            "<p>"
                + mark("n3", true, "Yesterday ")
                + "<a class=\"mention\" href=\"/people/ada/\">"
                + mark("n3", false, "Ada")
                + " <b>Lovelace</b></a>"
                + ref("n3")
                + " spoke.</p>");
    assertThat(root.select("a a")).isEmpty();
  }

  @Test
  void marksEachParagraphSeparatelyAndNeverTheSpaceBetweenBlocks() {
    Element root = body("<p>one two</p>\n<ul>\n<li>three</li>\n<li>four five</li>\n</ul>");

    highlightQuote(root, "two three four", "n4");

    assertThat(root.html())
        .isEqualTo(
            "<p>one "
                + mark("n4", true, "two")
                + "</p>\n<ul>\n<li>"
                + mark("n4", false, "three")
                + "</li>\n<li>"
                + mark("n4", false, "four")
                + ref("n4")
                + " five</li>\n</ul>");
    assertThat(root.select("mark").stream().allMatch(m -> m.children().isEmpty())).isTrue();
  }

  @Test
  void leavesTheTextContentUnchanged() {
    Element root =
        body("<p>The <a href=\"/x\">quick <em>brown</em></a> fox</p>\n<p>jumps over.</p>");
    String before = TextContent.of(root);

    highlightQuote(root, "quick brown fox jumps", "n5");

    assertThat(TextContent.of(root)).isEqualTo(before);
  }

  @Test
  void highlightsOverlappingAnnotationsWithNestedMarksAndKeepsBothReachable() {
    Element root = body("<p>alpha beta <a href=\"/g\">gamma</a> delta epsilon</p>");
    String text = TextContent.of(root);
    TextQuoteMatcher matcher = TextQuoteMatcher.of(text);
    Exact first = (Exact) matcher.find("alpha beta gamma", null, null);
    Exact second = (Exact) matcher.find("beta gamma delta", null, null);

    PassageHighlighter.highlight(root, first.start(), first.end(), "a", "Note a");
    PassageHighlighter.highlight(root, second.start(), second.end(), "b", "Note b");

    assertThat(TextContent.of(root)).isEqualTo(text);
    assertThat(root.html())
        .isEqualTo(
            "<p>"
                + mark("a", true, "alpha " + mark("b", true, "beta "))
                + "<a href=\"/g\">"
                + mark("a", false, mark("b", false, "gamma"))
                + "</a>"
                + ref("a")
                + mark("b", false, " delta")
                + ref("b")
                + " epsilon</p>");
    assertThat(root.getElementById("passage-a")).isNotNull();
    assertThat(root.getElementById("passage-b")).isNotNull();
    assertThat(root.select("mark[data-annotation=a]"))
        .extracting(Element::text)
        .containsExactly("alpha beta", "gamma");
    assertThat(root.select("mark[data-annotation=b]"))
        .extracting(Element::text)
        .containsExactly("beta", "gamma", "delta");
  }

  @Test
  void highlightsAPassageNestedInsideAnotherInEitherOrder() {
    for (List<String> order : List.of(List.of("outer", "inner"), List.of("inner", "outer"))) {
      Element root = body("<p>We <em>never</em> said the plan was final.</p>");
      String text = TextContent.of(root);
      TextQuoteMatcher matcher = TextQuoteMatcher.of(text);
      Exact outer = (Exact) matcher.find("We never said the plan was final", null, null);
      Exact inner = (Exact) matcher.find("the plan", null, null);

      for (String id : order) {
        Exact range = id.equals("outer") ? outer : inner;
        PassageHighlighter.highlight(root, range.start(), range.end(), id, "Note " + id);
      }

      assertThat(TextContent.of(root)).isEqualTo(text);
      assertThat(root.select("mark[data-annotation=inner]"))
          .extracting(Element::text)
          .containsExactly("the plan");
      assertThat(
              String.join("", root.select("mark[data-annotation=outer]").eachText())
                  .replace(" ", ""))
          .isEqualTo("Weneversaidtheplanwasfinal");
      assertThat(root.select("#passage-outer, #passage-inner, #ref-outer, #ref-inner")).hasSize(4);
    }
  }

  @Test
  void rejectsAnEmptyOrOutOfRangeRange() {
    Element root = body("<p>short</p>");

    assertThatThrownBy(() -> PassageHighlighter.highlight(root, 2, 2, "x", "Note"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PassageHighlighter.highlight(root, 3, 99, "x", "Note"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PassageHighlighter.highlight(root, -1, 2, "x", "Note"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final String ARTICLE =
      "<h2>Budget <em>vote</em></h2>\n"
          + "<p>The <a class=\"mention\" href=\"/people/ada/\">mayor, <b>Ada</b> Diaz</a>, said the"
          + " <em>budget</em> was <strong>final &amp; <em>binding</em></strong>.</p>\n"
          + "<blockquote>\n<p>We will not reopen it.</p>\n</blockquote>\n"
          + "<ul>\n<li>Parks: <a href=\"/p\">cut</a></li>\n<li>Roads — up</li>\n</ul>\n"
          + "<p>Critics\u00A0disagreed.<br>Loudly.</p>";

  @Provide
  Arbitrary<List<int[]>> ranges() {
    int length = TextContent.of(body(ARTICLE)).length();
    Arbitrary<int[]> range =
        Combinators.combine(
                Arbitraries.integers().between(0, length - 1),
                Arbitraries.integers().between(1, 60))
            .as((start, span) -> new int[] {start, Math.min(length, start + span)});
    return range.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 300)
  void anySequenceOfHighlightsKeepsTextAndStructureIntact(@ForAll("ranges") List<int[]> ranges) {
    Element root = body(ARTICLE);
    String text = TextContent.of(root);
    int links = root.select("a[href]").size();

    for (int i = 0; i < ranges.size(); i++) {
      int[] range = ranges.get(i);
      PassageHighlighter.highlight(root, range[0], range[1], "r" + i, "Note " + i);
    }

    assertThat(TextContent.of(root)).isEqualTo(text);
    assertThat(root.select("a[href]:not(.note-ref)")).hasSize(links);
    assertThat(root.select("a a")).isEmpty();
    for (Element mark : root.select("mark")) {
      assertThat(mark.parent().normalName()).isNotIn("ul", "ol", "blockquote", "body");
      for (Node child : mark.childNodes()) {
        assertThat(
                child instanceof TextNode
                    || child.nodeName().equals("mark")
                    || (child instanceof Element element && element.hasClass("note-ref")))
            .as(mark.outerHtml())
            .isTrue();
      }
    }
    for (int i = 0; i < ranges.size(); i++) {
      String id = "r" + i;
      Element passage = root.getElementById("passage-" + id);
      Element ref = root.getElementById("ref-" + id);
      if (!text.substring(ranges.get(i)[0], ranges.get(i)[1]).isBlank()) {
        assertThat(passage).as(id).isNotNull();
        assertThat(ref).as(id).isNotNull();
        assertThat(ref.attr("href")).isEqualTo("#note-" + id);
      }
      String marked =
          String.join(
              "",
              root.select("mark[data-annotation=" + id + "]").stream()
                  .map(TextContent::of)
                  .toList());
      assertThat(marked.strip()).isEqualTo(stripInterBlockSpace(text, ranges.get(i)).strip());
    }
  }

  /** The range's text without the white space between blocks, which is never marked. */
  private static String stripInterBlockSpace(String text, int[] range) {
    Element root = body(ARTICLE);
    StringBuilder kept = new StringBuilder();
    int offset = 0;
    for (TextNode node : TextContent.textNodesInOrder(root)) {
      String whole = node.getWholeText();
      int from = Math.max(range[0], offset);
      int to = Math.min(range[1], offset + whole.length());
      if (from < to) {
        String piece = whole.substring(from - offset, to - offset);
        boolean interBlock =
            node.isBlank()
                && (node.parent().normalName().matches("ul|blockquote|body")
                    || (node.previousSibling() != null
                        && node.previousSibling().nodeName().matches("p|h2|ul|li|blockquote"))
                    || (node.nextSibling() != null
                        && node.nextSibling().nodeName().matches("p|h2|ul|li|blockquote")));
        if (!(piece.isBlank() && interBlock)) {
          kept.append(piece);
        }
      }
      offset += whole.length();
    }
    return kept.toString();
  }
}
