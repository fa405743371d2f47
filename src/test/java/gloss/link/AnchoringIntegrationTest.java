package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gloss.MentionMarkup;
import gloss.TestSite;
import gloss.conformance.PublishedSelectors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations meet the text: built sites, asserted on what a reader sees. */
class AnchoringIntegrationTest {
  @TempDir Path dir;

  private static final String ENTITIES =
      """
      -- content/people/nate-fick.md --
      ---
      name: Nate Fick
      aliases: [Fick]
      ---
      The first US ambassador for cyberspace.
      -- content/places/geneva.md --
      ---
      name: Geneva
      ---
      A Swiss city.
      """;

  private static String article(String body) {
    return "-- content/articles/a.md --\n---\ntitle: A\ndate: 2025-04-10\nurl: https://news.example/a\n---\n"
        + body
        + "\n";
  }

  private static String note(String name, String frontMatter, String body) {
    return "-- content/annotations/a/"
        + name
        + ".md --\n---\nauthor: Ann Author\ngithub: ann\ndate: 2025-04-11\n"
        + frontMatter
        + "\n---\n"
        + body
        + "\n";
  }

  private Document page(TestSite site) {
    assertThat(site.messages()).noneMatch(m -> m.contains("error"));
    return site.html("articles/a/index.html");
  }

  private static String marked(Document page, String id) {
    StringBuilder text = new StringBuilder();
    for (Element mark : page.select("mark[data-annotation=" + id + "]")) {
      text.append(mark.wholeText());
    }
    return text.toString();
  }

  @Test
  void quoteSpanningLinkAndEmphasisIsHighlightedPieceByPiece() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article(
                    "They met in [the old hall](https://example.org/hall) with *great care* that winter.")
                + note("n1", "quote: \"the old hall with great care\"", "Nice."));
    Document page = page(site);
    assertThat(marked(page, "n1")).isEqualTo("the old hall with great care");
    assertThat(page.select("a[href=https://example.org/hall] mark.hl")).hasSize(1);
    assertThat(page.select("em mark.hl")).hasSize(1);
    assertThat(page.select("#passage-n1")).hasSize(1);
    assertThat(page.select("a.note-ref[href=#note-n1]")).hasSize(1);
    assertThat(page.select("#note-n1 a[href=#passage-n1]")).hasSize(1);
  }

  @Test
  void quoteContainingAMentionKeepsBothHighlightAndLink() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article("The talks were led by Nate Fick in Geneva last year.")
                + note("n1", "quote: \"led by Nate Fick in Geneva\"", "Context."));
    Document page = page(site);
    assertThat(marked(page, "n1")).isEqualTo("led by Nate Fick in Geneva");
    Elements fick =
        MentionMarkup.of(page.selectFirst(".article-body"), "people/nate-fick").select("a");
    assertThat(fick).hasSize(1);
    assertThat(fick.attr("href")).endsWith("people/nate-fick/index.html");
    assertThat(fick.select("mark.hl")).hasSize(1);
  }

  @Test
  void typographicQuotesAndLineBreaksInTheQuoteStillMatch() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article(
                    "The department said it will “take actions in response”\nto the attacks, officials’ notes show.")
                + note(
                    "n1",
                    "quote: |\n  said it will \"take actions\n  in response\" to the attacks, officials' notes",
                    "Hm."));
    Document page = page(site);
    assertThat(marked(page, "n1").replaceAll("\\s+", " "))
        .isEqualTo("said it will “take actions in response” to the attacks, officials’ notes");
    assertThat(site.messages()).isEmpty();
  }

  @Test
  void prefixAndSuffixPickOneOfIdenticalPassages() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article("First the red door opened. Later the red door closed again.")
                + note("by-prefix", "quote: the red door\nprefix: Later", "Second one.")
                + note("by-suffix", "quote: the red door\nsuffix: opened", "First one."));
    Document page = page(site);
    String text = TextContent.of(page.selectFirst(".article-body"));
    int first = text.indexOf("the red door");
    int second = text.indexOf("the red door", first + 1);
    assertThat(page.selectFirst("#passage-by-suffix").wholeText()).isEqualTo("the red door");
    assertThat(offsetOf(page, "passage-by-suffix")).isEqualTo(first);
    assertThat(offsetOf(page, "passage-by-prefix")).isEqualTo(second);
  }

  @Test
  void ambiguousQuoteFailsAndListsEveryCandidateWithAPrefixThatPicksIt() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article("First the red door opened.\n\nLater the red door closed again.")
                + note("n1", "quote: the red door", "Which?"));
    assertThat(site.result().published()).isFalse();
    assertThat(site.messages())
        .singleElement()
        .asString()
        .startsWith(
            "content/annotations/a/n1.md:5:8: error: quote occurs 2 times in content/articles/a.md")
        .contains("line 6:", "line 8:", "prefix: \"First\"", "prefix: \"Later\"");
  }

  @Test
  void oneCharacterTypoAnchorsWithAWarningShowingTheAnchoredText() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article("The delegation met in secret last December.")
                + note("n1", "quote: met in secert last December", "Typo."));
    assertThat(site.result().published()).isTrue();
    assertThat(marked(site.html("articles/a/index.html"), "n1"))
        .isEqualTo("met in secret last December");
    assertThat(site.messages())
        .containsExactly(
            "content/annotations/a/n1.md:5:8: warning: quote does not match content/articles/a.md exactly"
                + " (2 differences); anchored on \"met in secret last December\"; copy that passage into quote: to silence this");
  }

  @Test
  void quoteMatchingNothingIsAnErrorWithTheClosestPassage() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article("The delegation met in secret last December in Geneva.")
                + note("n1", "quote: an entirely different sentence about ports", "Orphan."));
    assertThat(site.result().published()).isFalse();
    assertThat(site.messages())
        .singleElement()
        .asString()
        .startsWith(
            "content/annotations/a/n1.md:5:8: error: quote is not in content/articles/a.md; the closest passage is \"");
  }

  @Test
  void overlappingAnnotationsBothStayReachable() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article("One two three four five six seven.")
                + note("left", "quote: two three four", "L")
                + note("right", "quote: four five six", "R"));
    Document page = page(site);
    assertThat(marked(page, "left")).isEqualTo("two three four");
    assertThat(marked(page, "right")).isEqualTo("four five six");
    assertThat(page.select("#passage-left")).hasSize(1);
    assertThat(page.select("#passage-right")).hasSize(1);
    assertThat(page.select("#note-left")).hasSize(1);
    assertThat(page.select("#note-right")).hasSize(1);
    assertThat(TextContent.of(page.selectFirst(".article-body")).strip())
        .isEqualTo("One two three four five six seven.");
  }

  @Test
  void repliesAppearUnderTheirParentInDateOrder() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article("A short article about Geneva.")
                + note("root", "quote: about Geneva", "Root note.")
                + "-- content/annotations/a/late.md --\n---\nauthor: Bea\ndate: 2025-04-20\nin_reply_to: root\n---\nLate reply.\n"
                + "-- content/annotations/a/early.md --\n---\nauthor: Cid\ndate: 2025-04-12\nin_reply_to: root\n---\nEarly reply.\n");
    Document page = page(site);
    Elements replies = page.select("#note-root .replies > .note");
    assertThat(replies.eachAttr("id")).containsExactly("note-early", "note-late");
  }

  @Test
  void unquotedAnnotationsGoToTheCommentarySection() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article("Some text.")
                + note("general", "summary: about all of it", "General remark."));
    assertThat(page(site).select(".commentary #note-general")).hasSize(1);
  }

  @Test
  void webAnnotationSelectorsSliceTheExactTextOutOfThePublishedArticleBody() throws Exception {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article(
                    "Officials 🙂 met in *Geneva* (𠀀) last December, led by Nate Fick.\n\n"
                        + "A second paragraph follows here.")
                + note("n1", "quote: led by Nate Fick", "One.")
                + note("n2", "quote: second paragraph", "Two."));
    Document page = page(site);
    assertThat(page.select("link[type=application/ld+json], a[type=application/ld+json]"))
        .isNotEmpty();
    JsonNode collection = new ObjectMapper().readTree(site.text("articles/a/annotations.jsonld"));
    assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
    assertThat(collection.get("total").asInt()).isEqualTo(2);
    List<String> exacts = new ArrayList<>();
    for (JsonNode item : collection.get("first").get("items")) {
      JsonNode target = item.get("target");
      assertThat(target.get("source").asText()).isEqualTo("https://example.org/digest/articles/a/");
      // Both text selectors count within the article body, which a CssSelector names.
      for (JsonNode selector : target.get("selector")) {
        assertThat(selector.get("type").asText()).isEqualTo("CssSelector");
        assertThat(selector.get("value").asText()).isEqualTo(".article-body");
      }
      List<PublishedSelectors.Selection> selections = PublishedSelectors.apply(page, target);
      assertThat(selections).hasSize(2);
      assertThat(selections.get(1)).isEqualTo(selections.get(0));
      exacts.add(selections.get(0).text());
    }
    assertThat(exacts).containsExactlyInAnyOrder("led by Nate Fick", "second paragraph");
  }

  @Test
  void anAnnotationBodyCarriesItsMentionsAsPlainLinksAndTextWithoutThePagesIds() throws Exception {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article("Some text.")
                + note("n1", "quote: text", "Nate Fick went to Geneva; Fick came back."));
    Document page = page(site);
    assertThat(page.select("#note-n1 .mention")).hasSize(3);
    JsonNode item =
        new ObjectMapper()
            .readTree(site.text("articles/a/annotations.jsonld"))
            .get("first")
            .get("items")
            .get(0);
    String body = item.get("body").get("value").asText();
    assertThat(body)
        .isEqualTo(
            "<p><a href=\"../../people/nate-fick/index.html\">Nate Fick</a> went to"
                + " <a href=\"../../places/geneva/index.html\">Geneva</a>; Fick came back.</p>\n");
    assertThat(item.get("body").get("format").asText()).isEqualTo("text/html");
    // The reader of the collection gets the words of the note on the page.
    assertThat(Jsoup.parseBodyFragment(body).text())
        .isEqualTo(page.selectFirst("#note-n1 .note-body").text());
  }

  @Test
  void theCollectionNamesItsLastPageThePageItsCollectionAndEachCreatorHasAnId() throws Exception {
    TestSite site =
        TestSite.build(dir, ENTITIES + article("Some text.") + note("n1", "quote: text", "One."));
    JsonNode collection = new ObjectMapper().readTree(site.text("articles/a/annotations.jsonld"));
    String id = "https://example.org/digest/articles/a/annotations.jsonld";
    assertThat(collection.get("id").asText()).isEqualTo(id);
    assertThat(collection.get("last").asText()).isEqualTo(id + "#page1");
    assertThat(collection.at("/first/id").asText()).isEqualTo(id + "#page1");
    assertThat(collection.at("/first/partOf").asText()).isEqualTo(id);
    assertThat(collection.at("/first/items/0/creator/id").asText())
        .isEqualTo("https://example.org/digest/authors/ann/");
  }

  @Test
  void textPositionsCountCodePointsNotUtf16Units() throws Exception {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES + article("🙂𠀀 then the quote.") + note("n1", "quote: the quote", "One."));
    JsonNode position =
        new ObjectMapper()
            .readTree(site.text("articles/a/annotations.jsonld"))
            .at("/first/items/0/target/selector/1/refinedBy");
    // "🙂𠀀 then " is 8 code points (10 UTF-16 units).
    assertThat(position.get("start").asInt()).isEqualTo(8);
    assertThat(position.get("end").asInt()).isEqualTo(17);
  }

  @Test
  void seeInTheOriginalOpensTheSourceAtThePassage() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article("The delegation met in secret last December.")
                + note("n1", "quote: met in secret", "x"));
    assertThat(page(site).select("#note-n1 .note-original a").attr("href"))
        .startsWith("https://news.example/a#:~:text=")
        .contains("met%20in%20secret");
  }

  @Test
  void authorPageListsTheirNotesWithThePassageAndALinkToTheNote() {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + article("The delegation met in secret last December.")
                + note("n1", "quote: met in secret", "x"));
    Document author = site.html("authors/ann/index.html");
    assertThat(author.select("a[href$='articles/a/index.html#note-n1']")).hasSize(1);
    assertThat(author.select(".note-quote").text()).isEqualTo("met in secret");
    assertThat(site.html("authors/index.html").select("a[href$=authors/ann/index.html]"))
        .hasSize(1);
  }

  /** Offset of an element's text within the article body's text content. */
  private static int offsetOf(Document page, String id) {
    Element body = page.selectFirst(".article-body");
    Element target = page.getElementById(id);
    StringBuilder before = new StringBuilder();
    for (org.jsoup.nodes.TextNode t : TextContent.textNodesInOrder(body)) {
      if (t.hasParent() && target.textNodes().contains(t)) {
        return before.length();
      }
      before.append(t.getWholeText());
    }
    return -1;
  }
}
