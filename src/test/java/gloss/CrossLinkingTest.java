package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-linking as a reader sees it: mentions of people, places and organizations in articles and
 * annotations lead to entity pages, and entity pages lead back to the exact mention.
 */
class CrossLinkingTest {

  /** One digest shared by the tests below: two articles, an annotation, four entities. */
  static final String DIGEST =
      """
      -- content/people/nate-fick.md --
      ---
      name: Nate Fick
      aliases: [Fick]
      ---
      A diplomat.
      -- content/people/xi.md --
      ---
      name: Xi Jinping
      ---
      -- content/places/geneva.md --
      ---
      name: Geneva
      ---
      A city on its lake.
      -- content/places/beijing.md --
      ---
      name: Beijing
      ---
      -- content/places/united-states.md --
      ---
      name: United States
      aliases: [US]
      ---
      -- content/articles/a.md --
      ---
      title: Talks in Geneva
      date: 2024-01-02
      people: [xi]
      ---
      Nate Fick flew to Geneva on Monday. In Geneva, Fick met envoys.

      Beijing’s envoy and Beijing's press office spoke; beijing and BEIJING did not.

      The USB stick came from the US embassy.

      See [the Geneva office](https://example.org/geneva) and *talks in Geneva* or **Fick**.

      Use `Geneva` in code, and:

          Geneva in a code block

      ## Geneva in a heading

      A name wrapped in the source, Nate
      Fick, is one mention; so is the United
      States.
      -- content/annotations/a/note.md --
      ---
      author: Ann Author
      date: 2024-02-01
      ---
      Geneva hosts such talks often. Geneva again.
      -- content/articles/b.md --
      ---
      title: Later news
      date: 2024-03-01
      ---
      Nate Fick spoke about Geneva once more.
      """;

  static TestSite site;
  static Document article;

  @BeforeAll
  static void build(@TempDir Path dir) {
    site = TestSite.build(dir, DIGEST);
    assertThat(site.messages()).isEmpty();
    article = site.html("articles/a/index.html");
  }

  /** The site path an href on a page leads to, e.g. {@code places/geneva/index.html#x}. */
  static String target(String page, String href) {
    URI resolved = URI.create("https://site.invalid/" + page).resolve(href);
    return resolved.getPath().substring(1)
        + (resolved.getFragment() == null ? "" : "#" + resolved.getFragment());
  }

  static Elements mentions(Element scope, String entityKey) {
    return MentionMarkup.of(scope, entityKey);
  }

  static Element body() {
    return article.selectFirst(".article-body");
  }

  @Test
  void linksPlaceNameToItsPageWithARelativeLink() {
    Element geneva = mentions(body(), "places/geneva").first();
    assertThat(geneva).isNotNull();
    assertThat(geneva.tagName()).isEqualTo("a");
    assertThat(geneva.text()).isEqualTo("Geneva");
    assertThat(geneva.attr("href"))
        .endsWith("places/geneva/index.html")
        .doesNotStartWith("/")
        .doesNotContain("://");
    assertThat(target("articles/a/index.html", geneva.attr("href")))
        .isEqualTo("places/geneva/index.html");
  }

  @Test
  void longestNameWinsOverAShorterAlias() {
    Element first = body().selectFirst("p");
    Elements fick = mentions(first, "people/nate-fick");
    assertThat(fick.eachText()).containsExactly("Nate Fick", "Fick");
    assertThat(first.text()).startsWith("Nate Fick flew");
  }

  @Test
  void possessivesLinkTheNameWithoutTheirEnding() {
    Element p = body().select("p").get(1);
    Elements beijing = mentions(p, "places/beijing");
    assertThat(beijing.eachText()).containsExactly("Beijing", "Beijing");
    assertThat(beijing.get(0).nextSibling().toString()).startsWith("’s envoy");
    assertThat(beijing.get(1).nextSibling().toString()).startsWith("'s press office");
  }

  @Test
  void matchesCaseAsWrittenInTheName() {
    Element p = body().select("p").get(1);
    assertThat(p.text()).contains("beijing and BEIJING did not");
    assertThat(mentions(p, "places/beijing")).hasSize(2);
  }

  @Test
  void matchesWholeWordsOnly() {
    Element p = body().select("p").get(2);
    assertThat(mentions(p, "places/united-states").eachText()).containsExactly("US");
    assertThat(p.text()).isEqualTo("The USB stick came from the US embassy.");
  }

  @Test
  void leavesNamesInsideExistingLinksAlone() {
    Element link = body().selectFirst("a[href=https://example.org/geneva]");
    assertThat(link).isNotNull();
    assertThat(link.text()).isEqualTo("the Geneva office");
    assertThat(link.select(".mention")).isEmpty();
    assertThat(link.children()).isEmpty();
  }

  @Test
  void leavesCodeAndHeadingsAlone() {
    assertThat(body().select("code")).hasSize(2);
    assertThat(body().select("code .mention, pre .mention")).isEmpty();
    Element heading = body().selectFirst("h2");
    assertThat(heading.text()).isEqualTo("Geneva in a heading");
    assertThat(heading.select(".mention")).isEmpty();
  }

  @Test
  void findsNamesWrappedAcrossLinesOfTheSource() {
    Element p = body().select("p").last();
    assertThat(mentions(p, "people/nate-fick").eachText()).containsExactly("Nate Fick");
    assertThat(mentions(p, "places/united-states").eachText()).containsExactly("United States");
  }

  @Test
  void keepsHtmlStructureAroundMentionsInEmphasis() {
    Element em = body().selectFirst("em");
    assertThat(em.text()).isEqualTo("talks in Geneva");
    assertThat(mentions(em, "places/geneva")).hasSize(1);
    Element strong = body().selectFirst("strong");
    assertThat(strong.text()).isEqualTo("Fick");
    assertThat(MentionMarkup.entityOf(strong.child(0))).isEqualTo("people/nate-fick");
    // Marking mentions adds elements, never text: the paragraph reads as it was written.
    assertThat(body().select("p").get(3).text())
        .isEqualTo("See the Geneva office and talks in Geneva or Fick.");
  }

  @Test
  void linksTheFirstMentionOfEachEntityAndMarksTheRest() {
    Elements geneva = mentions(body(), "places/geneva");
    assertThat(geneva).hasSizeGreaterThanOrEqualTo(3);
    assertThat(geneva.get(0).tagName()).isEqualTo("a");
    assertThat(geneva.get(0).id()).isEqualTo("m-places-geneva-1");
    for (Element later : geneva.subList(1, geneva.size())) {
      assertThat(later.tagName()).as(later.outerHtml()).isEqualTo("span");
      assertThat(later.hasAttr("href")).isFalse();
      assertThat(later.id()).isNotEmpty();
    }
    assertThat(geneva.get(1).id()).isEqualTo("m-places-geneva-2");
  }

  @Test
  void everyMentionHasAUniqueId() {
    Elements all = article.select(".mention");
    assertThat(all).hasSizeGreaterThan(10);
    Set<String> ids = new HashSet<>();
    for (Element m : all) {
      assertThat(m.id()).as(m.outerHtml()).isNotEmpty();
      assertThat(ids.add(m.id())).as("duplicate id %s", m.id()).isTrue();
    }
    assertThat(article.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
  }

  @Test
  void annotationMentionsAreLinkedToo() {
    Element note = article.getElementById("note-note");
    assertThat(note).isNotNull();
    Elements geneva = mentions(note, "places/geneva");
    assertThat(geneva).hasSize(2);
    assertThat(geneva.get(0).tagName()).isEqualTo("a");
    assertThat(target("articles/a/index.html", geneva.get(0).attr("href")))
        .isEqualTo("places/geneva/index.html");
    assertThat(geneva.get(1).tagName()).isEqualTo("span");
  }

  @Test
  void entityPageLinksBackToTheExactMentionWithItsSentence() {
    Document fick = site.html("people/nate-fick/index.html");
    Element backlink = backlink(fick, "articles/a/index.html");
    String href = target("people/nate-fick/index.html", backlink.selectFirst("h4 a").attr("href"));
    assertThat(href).isEqualTo("articles/a/index.html#m-people-nate-fick-1");
    Element mention = article.getElementById("m-people-nate-fick-1");
    assertThat(mention).isNotNull();
    assertThat(mention.text()).isEqualTo("Nate Fick");
    Element context = backlink.selectFirst("blockquote.context");
    assertThat(context.text()).contains("Nate Fick").contains("flew to Geneva on Monday.");
    assertThat(context.text()).doesNotContain("envoys");
    assertThat(context.selectFirst("strong").text()).isEqualTo("Nate Fick");
  }

  @Test
  void aBacklinkQuotesOneSentenceAndSaysHowManyMoreMentionsThereAre() {
    Document geneva = site.html("places/geneva/index.html");
    Element a = backlink(geneva, "articles/a/index.html");
    assertThat(a.select("> blockquote.context")).hasSize(1);
    assertThat(a.select("> blockquote.context").text()).startsWith("Nate Fick flew to Geneva");
    assertThat(a.select("> .context-more").text()).isEqualTo("and 2 more mentions");
    Element note = a.selectFirst(".backlink-note");
    assertThat(note.select("blockquote.context")).hasSize(1);
    assertThat(note.select("blockquote.context").text())
        .isEqualTo("Geneva hosts such talks often.");
    assertThat(note.select(".context-more").text()).isEqualTo("and 1 more mention");
    Element b = backlink(geneva, "articles/b/index.html");
    assertThat(b.select("> blockquote.context")).hasSize(1);
    assertThat(b.select(".context-more")).as("b mentions Geneva once").isEmpty();
  }

  @Test
  void eachDocumentOnAnEntityPageHasOneLinkAndItLeadsToAnExistingMention() {
    Document geneva = site.html("places/geneva/index.html");
    Elements documents = geneva.select("ol.backlinks > li, .backlink-note");
    assertThat(documents).hasSize(3);
    for (Element d : documents) {
      Element own = d.clone();
      own.select(".backlink-notes").remove();
      assertThat(own.select("a")).as(d.text()).hasSize(1);
      String href = target("places/geneva/index.html", own.selectFirst("a").attr("href"));
      String page = href.substring(0, href.indexOf('#'));
      String id = href.substring(href.indexOf('#') + 1);
      Element mention = site.html(page).getElementById(id);
      assertThat(mention).as(href).isNotNull();
      assertThat(MentionMarkup.entityOf(mention)).isEqualTo("places/geneva");
    }
  }

  @Test
  void backlinksAreNewestFirstWithNotesUnderTheirArticle() {
    Document geneva = site.html("places/geneva/index.html");
    List<String> targets =
        geneva.select("ol.backlinks > li > h4 > a").stream()
            .map(a -> target("places/geneva/index.html", a.attr("href")))
            .toList();
    assertThat(targets)
        .containsExactly(
            "articles/b/index.html#m-places-geneva-1", "articles/a/index.html#m-places-geneva-1");
    Elements notes = backlink(geneva, "articles/a/index.html").select(".backlink-notes > li");
    assertThat(notes.eachText()).hasSize(1).allMatch(t -> t.startsWith("Note by Ann Author"));
    assertThat(target("places/geneva/index.html", notes.select("a").first().attr("href")))
        .isEqualTo("articles/a/index.html#note-m-places-geneva-1");
  }

  /** The item of {@code page}'s backlinks for the article at {@code articlePath}. */
  static Element backlink(Document page, String articlePath) {
    return page.select("ol.backlinks > li").stream()
        .filter(li -> li.selectFirst("h4 a").attr("href").contains(articlePath))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no backlink from " + articlePath));
  }

  @Test
  void countsAreInPlainWords() {
    assertThat(site.html("places/geneva/index.html").select(".facts dd").eachText())
        .contains("Mentioned 6 times, in 2 articles and 1 note");
  }

  @Test
  void anEntityListedButNotNamedIsListedNotQuoted() {
    Document xi = site.html("people/xi/index.html");
    assertThat(xi.select(".facts dd").eachText()).contains("Listed in 1 article, not quoted");
    assertThat(xi.select("ol.backlinks .meta").text()).contains("listed, not quoted");
  }

  @Test
  void entityPageCountsTheEntitiesItAppearsWith() {
    Document geneva = site.html("places/geneva/index.html");
    Element fick = companion(geneva, "people/nate-fick/index.html");
    assertThat(fick.parent().selectFirst(".count").ownText()).isEqualTo("2");
    Element xi = companion(geneva, "people/xi/index.html");
    assertThat(xi.parent().selectFirst(".count").ownText()).isEqualTo("1");
  }

  static Element companion(Document page, String entityPath) {
    return page.select("#with-heading ~ ul.entity-list a").stream()
        .filter(a -> a.attr("href").endsWith(entityPath))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no companion " + entityPath));
  }

  @Test
  void entityIndexListsEntitiesWithMentionCounts() {
    Document places = site.html("places/index.html");
    Element geneva =
        places.select("ul.entity-list a").stream()
            .filter(a -> a.text().equals("Geneva"))
            .findFirst()
            .orElseThrow();
    assertThat(target("places/index.html", geneva.attr("href")))
        .isEqualTo("places/geneva/index.html");
    // Article a: 3 in the text (not in links, code or headings), 2 in the note; article b: 1.
    assertThat(geneva.parent().selectFirst(".count").text()).isEqualTo("6");
    assertThat(places.select("ul.entity-list a").eachText())
        .containsExactly("Beijing", "Geneva", "United States");
  }

  @Test
  void entitiesListedInFrontMatterAppearInTheArticlePanel() {
    Element panel = article.selectFirst("section.entity-panel");
    assertThat(panel).isNotNull();
    assertThat(panel.select("a").eachAttr("href"))
        .anyMatch(h -> target("articles/a/index.html", h).equals("people/xi/index.html"))
        .anyMatch(h -> target("articles/a/index.html", h).equals("places/geneva/index.html"));
    assertThat(body().text()).doesNotContain("Xi");
    Document xi = site.html("people/xi/index.html");
    assertThat(xi.select("ol.backlinks > li > h4 a").eachAttr("href"))
        .containsExactly("../../articles/a/index.html");
  }

  @Nested
  class WhenTheSiteLinksEveryMention {
    @Test
    void everyMentionIsALink(@TempDir Path dir) {
      TestSite all =
          TestSite.build(
              dir,
              """
              -- content/site.yml --
              title: All
              base_url: https://example.org/
              link_mentions: all
              -- content/places/geneva.md --
              ---
              name: Geneva
              ---
              -- content/articles/a.md --
              ---
              title: A
              date: 2024-01-02
              ---
              Geneva, Geneva and Geneva.
              """);
      assertThat(all.messages()).isEmpty();
      Elements geneva =
          mentions(all.html("articles/a/index.html").selectFirst(".article-body"), "places/geneva");
      assertThat(geneva).hasSize(3);
      assertThat(geneva.eachAttr("id"))
          .containsExactly("m-places-geneva-1", "m-places-geneva-2", "m-places-geneva-3");
      for (Element m : geneva) {
        assertThat(m.tagName()).isEqualTo("a");
        assertThat(m.attr("href")).isEqualTo("../../places/geneva/index.html");
      }
    }
  }
}
