package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editions: the editor's note and its articles, on the site and as an e-mail issue. */
class EditionsTest {
  static final String BASE = "https://example.org/digest/";

  static final String SITE =
      """
      -- content/people/ada.md --
      ---
      name: Ada Lovelace
      aliases: [Ada]
      ---
      A mathematician.
      -- content/articles/engine.md --
      ---
      title: The Engine
      date: 2024-01-02
      source: The Gazette
      summary: Notes on an engine.
      tags: [Computing]
      ---
      Ada wrote notes on the engine. The engine weaves algebraic patterns. It never ran.
      -- content/articles/loom.md --
      ---
      title: The Loom
      date: 2024-01-05
      summary: A loom with cards.
      ---
      The loom reads punched cards.
      -- content/annotations/engine/2024-01-03-b-patterns.md --
      ---
      author: Bea
      date: 2024-01-03
      quote: weaves algebraic patterns
      ---
      A famous image.
      -- content/annotations/engine/2024-01-04-c-patterns.md --
      ---
      author: Cy
      date: 2024-01-04
      quote: weaves algebraic patterns
      ---
      Quoted by everyone.
      -- content/annotations/engine/2024-01-05-b-ran.md --
      ---
      author: Bea
      date: 2024-01-05
      quote: It never ran
      ---
      It was never finished.
      -- content/annotations/engine/2024-01-06-c-reply.md --
      ---
      author: Cy
      date: 2024-01-06
      in_reply_to: 2024-01-05-b-ran
      ---
      Parts of it were built later.
      -- content/editions/first.md --
      ---
      title: The first week
      date: 2024-01-07
      summary: Engines and looms.
      articles: [loom, engine]
      ---
      Two machines this week. **Ada** saw what the [engine](https://example.com/e) could do.
      -- content/editions/second.md --
      ---
      title: The second week
      date: 2024-01-14
      articles: [engine]
      ---
      The engine again.
      """;

  @Test
  void editionPageShowsTheNoteThenEachArticleWithItsMostDiscussedPassages(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE);
    assertThat(site.messages()).isEmpty();
    Document page = site.html("editions/first/index.html");
    assertThat(page.select("h1").text()).isEqualTo("The first week");
    Element note = page.selectFirst(".editors-note");
    assertThat(note.text()).contains("Two machines this week. Ada saw what the engine could do.");
    assertThat(note.selectFirst("a.mention").attr("href")).isEqualTo("../../people/ada/index.html");
    assertThat(page.select(".article-card h3").eachText())
        .containsExactly("The Loom", "The Engine");
    Element engine = page.select(".article-card").get(1);
    assertThat(engine.select(".article-card-summary").text()).isEqualTo("Notes on an engine.");
    assertThat(engine.select(".card-entities a").eachText()).containsExactly("Ada Lovelace");
    assertThat(engine.select(".discussed li").eachText())
        .containsExactly("“weaves algebraic patterns” 2 notes", "“It never ran” 2 notes");
    assertThat(engine.select(".discussed a").first().attr("href"))
        .isEqualTo("../../articles/engine/index.html#passage-2024-01-03-b-patterns");
    assertThat(page.select(".discussed")).hasSize(1);
  }

  @Test
  void editionsAreListedNewestFirstLinkedFromTheirArticlesAndInTheNavigation(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE);
    assertThat(site.html("editions/index.html").select(".edition-card h2").eachText())
        .containsExactly("The second week", "The first week");
    assertThat(site.html("articles/engine/index.html").select(".in-editions a").eachText())
        .containsExactly("The second week", "The first week");
    assertThat(site.html("articles/loom/index.html").select(".in-editions a").eachText())
        .containsExactly("The first week");
    assertThat(site.html("index.html").select(".site-nav a").eachText()).contains("Editions");
  }

  @Test
  void aDigestWithoutEditionsHasNoEditionPagesNorNavigationEntry(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE.substring(0, SITE.indexOf("-- content/editions")));
    assertThat(site.output().resolve("editions")).doesNotExist();
    assertThat(site.html("index.html").select(".site-nav a").eachText()).doesNotContain("Editions");
    assertThat(site.html("articles/engine/index.html").select(".in-editions")).isEmpty();
  }

  @Test
  void unknownAndRepeatedArticlesArePositionedErrors(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            """
            -- content/articles/the-engine.md --
            ---
            title: The Engine
            date: 2024-01-02
            ---
            Text.
            -- content/editions/one.md --
            ---
            title: One
            date: 2024-01-07
            articles: [the-engine, the-engien, the-engine]
            ---
            Note.
            -- content/editions/two.md --
            ---
            title: Two
            date: 2024-01-08
            ---
            Note.
            """);
    assertThat(site.messages())
        .containsExactly(
            "content/editions/one.md:4:24: error: unknown article 'the-engien' (no"
                + " articles/the-engien.md) (did you mean 'the-engine'?)",
            "content/editions/one.md:4:36: error: article 'the-engine' is listed twice in this"
                + " edition",
            "content/editions/two.md:1:1: error: missing required field 'articles': list the"
                + " slugs of the edition's articles");
  }

  @Test
  void explicitLinkToAnUnknownEntityInTheEditorsNoteIsAPositionedError(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            """
            -- content/people/ada.md --
            ---
            name: Ada Lovelace
            ---
            A mathematician.
            -- content/articles/engine.md --
            ---
            title: The Engine
            date: 2024-01-02
            ---
            Text.
            -- content/editions/one.md --
            ---
            title: One
            date: 2024-01-07
            articles: [engine]
            ---
            This week [the countess](@people/ad) wrote.
            """);
    assertThat(site.messages())
        .containsExactly(
            "content/editions/one.md:6:26: error: '@people/ad' is not an entity page; write @slug"
                + " or @kind/slug of a page, or @- for no link (did you mean '@people/ada'?)");
  }

  @Test
  void emailIssueIsOneTableColumnWithInlineStylesAndAbsoluteUrlsOnly(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE);
    String raw = site.text("editions/first/email.html");
    assertThat(raw.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(100_000);
    Document mail = Jsoup.parse(raw);
    assertThat(mail.select("script, style, link, iframe, form, object, embed")).isEmpty();
    assertThat(mail.select("img")).isEmpty();
    assertThat(raw).doesNotContain("@font-face", "@import", "url(");
    assertThat(mail.select("table.email-column")).hasSize(1);
    assertThat(mail.selectFirst("table.email-column").attr("style")).contains("max-width: 600px");
    for (Element e : mail.select("[href], [src]")) {
      String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
      assertThat(url).as(e.outerHtml()).matches("https://.+");
    }
    assertThat(mail.select("a[href]").eachAttr("href"))
        .contains(
            BASE + "editions/first/",
            BASE + "articles/loom/",
            BASE + "articles/engine/",
            BASE + "people/ada/index.html",
            "https://example.com/e",
            BASE + "articles/engine/index.html#passage-2024-01-03-b-patterns");
    assertThat(mail.select("meta[name=color-scheme]").attr("content")).isEqualTo("light dark");
  }

  @Test
  void emailIssueReadsInOrderWithEveryStyleStripped(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE);
    Document mail = Jsoup.parse(site.text("editions/first/email.html"));
    mail.select("[style]").removeAttr("style");
    List<String> headings = mail.select("h1, h2, h3").eachText();
    assertThat(headings)
        .containsExactly(
            "The first week", "Editor’s note", "In this edition", "The Loom", "The Engine");
    String text = mail.body().text();
    assertThat(text)
        .containsSubsequence(
            "Engines and looms.",
            "Two machines this week. Ada saw what the engine could do.",
            "The Loom",
            "A loom with cards.",
            "The Engine",
            "Notes on an engine.",
            "“weaves algebraic patterns” (2 notes)",
            "Read this edition on the web");
  }

  @Test
  void emailTextIsThePlainAlternative(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE);
    assertThat(site.text("editions/first/email.txt"))
        .startsWith("The first week\n==============\n")
        .containsSubsequence(
            "Engines and looms.",
            "EDITOR’S NOTE",
            "Two machines this week. **Ada** saw what the [engine](https://example.com/e)",
            "1. The Loom",
            "   " + BASE + "articles/loom/",
            "2. The Engine",
            "   - “weaves algebraic patterns” (2 notes): "
                + BASE
                + "articles/engine/index.html#passage-2024-01-03-b-patterns",
            "Read on the web: " + BASE + "editions/first/")
        .doesNotContain("<");
  }

  @Test
  void emailIssuesAreNotInTheSitemap(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE);
    assertThat(site.text("sitemap.xml"))
        .contains(BASE + "editions/first/")
        .doesNotContain("email.html");
  }
}
