package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tag pages: one per tag however it is spelled, linked from the pills. */
class TagPagesTest {
  static final String SITE =
      """
      -- content/articles/a.md --
      ---
      title: First
      date: 2024-01-01
      tags: [Café Society, cyber]
      ---
      Text.
      -- content/articles/b.md --
      ---
      title: Second
      date: 2024-01-03
      tags: [cafe society]
      ---
      Text.
      -- content/articles/c.md --
      ---
      title: Third
      date: 2024-01-02
      tags: [Cyber]
      ---
      Text.
      """;

  @Test
  void tagIndexListsEveryTagWithItsArticleCount(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE);
    Document index = site.html("tags/index.html");
    assertThat(index.select(".tag-index li").eachText())
        .containsExactly("Café Society 2", "cyber 2");
    assertThat(index.select(".tag-index a").eachAttr("href"))
        .containsExactly("../tags/cafe-society/index.html", "../tags/cyber/index.html");
  }

  @Test
  void spellingsThatDifferInCaseSpacesOrDiacriticsAreOneTagPageNewestFirst(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE);
    Document page = site.html("tags/cafe-society/index.html");
    assertThat(page.select("h1").text()).isEqualTo("Café Society");
    assertThat(page.select(".article-rows > li > a").eachText()).containsExactly("Second", "First");
    assertThat(site.html("tags/cyber/index.html").select(".article-rows > li > a").eachText())
        .containsExactly("Third", "First");
  }

  @Test
  void aTagPageListsEachArticleInARowWithItsDateSourceAndNotesButNotItsCard(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            SITE.replace("title: Second\n", "title: Second\nsource: The Gazette\nsummary: S.\n")
                + """
                -- content/annotations/b/2024-01-04-kim-note.md --
                ---
                author: Kim
                date: 2024-01-04
                ---
                A note.
                """);
    Document page = site.html("tags/cafe-society/index.html");
    assertThat(page.select(".article-rows > li").eachText())
        .containsExactly(
            "Second 3 January 2024 · The Gazette · 1 annotation",
            "First 1 January 2024 · 0 annotations");
    assertThat(page.select(".article-rows a").eachAttr("href"))
        .containsExactly("../../articles/b/index.html", "../../articles/a/index.html");
    assertThat(page.select(".article-card, .article-card-summary, .card-entities")).isEmpty();
  }

  @Test
  void twoSpellingsOfOneTagAreAWarningNamingBoth(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE);
    assertThat(site.messages())
        .containsExactly(
            "content/articles/b.md:4:8: warning: tag 'cafe society' is also spelled 'Café"
                + " Society' (in content/articles/a.md); both are the tag page"
                + " tags/cafe-society/: use one spelling",
            "content/articles/c.md:4:8: warning: tag 'Cyber' is also spelled 'cyber' (in"
                + " content/articles/a.md); both are the tag page tags/cyber/: use one spelling");
  }

  @Test
  void pillsOnArticlePagesAndCardsLinkToTheTagPages(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE);
    assertThat(site.html("articles/a/index.html").select(".tag-list a").eachAttr("href"))
        .containsExactly("../../tags/cafe-society/index.html", "../../tags/cyber/index.html");
    assertThat(site.html("index.html").select(".article-card .tag-list a").eachText())
        .contains("cafe society", "Café Society", "cyber", "Cyber");
  }

  @Test
  void tagPagesListAHundredArticlesAPageWithPrevAndNextLinks(@TempDir Path dir) {
    StringBuilder txtar = new StringBuilder();
    for (int i = 1; i <= 205; i++) {
      txtar.append(
          "-- content/articles/a%d.md --\n---\ntitle: A%d\ndate: %s\ntags: [x]\n---\nText.\n"
              .formatted(i, i, LocalDate.of(2024, 1, 1).plusDays(i)));
    }
    TestSite site = TestSite.build(dir, txtar.toString());
    assertThat(site.html("tags/x/index.html").select(".article-rows > li")).hasSize(100);
    assertThat(site.html("tags/x/index.html").select(".article-rows > li > a").first().text())
        .isEqualTo("A205");
    Document last = site.html("tags/x/page/3/index.html");
    assertThat(last.select(".article-rows > li > a").eachText())
        .containsExactly("A5", "A4", "A3", "A2", "A1");
    assertThat(last.select("a[rel=prev]").attr("href"))
        .isEqualTo("../../../../tags/x/page/2/index.html");
    assertThat(last.select(".page-header .meta").text())
        .startsWith("205 articles, newest first (page 3 of 3)");
  }
}
