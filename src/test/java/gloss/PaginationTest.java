package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists that grow with the digest are split into pages of a fixed size, linked with rel prev/next,
 * the next pages at {@code …/page/2/}: an entity's backlinks and a contributor's notes, so that no
 * page grows with the digest.
 */
class PaginationTest {
  static final int ARTICLES = 105;

  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void build() {
    StringBuilder txtar =
        new StringBuilder(
            """
            -- content/people/ada-lovelace.md --
            ---
            name: Ada Lovelace
            ---
            Mathematician.
            """);
    for (int i = 1; i <= ARTICLES; i++) {
      String day = String.format(java.util.Locale.ROOT, "2024-01-%02d", (i % 28) + 1);
      txtar.append(
          """
          -- content/articles/a%d.md --
          ---
          title: Article %d
          date: %s
          ---
          Ada Lovelace wrote article %d.
          -- content/annotations/a%d/note.md --
          ---
          author: Kim Lee
          github: kimlee
          date: %s
          ---
          A note on article %d.
          """
              .formatted(i, i, day, i, i, day, i));
    }
    site = TestSite.build(dir, txtar.toString());
    assertThat(site.diagnostics()).isEmpty();
  }

  @Test
  void entityBacklinksArePaginatedWithPrevAndNextLinks() {
    Document first = site.html("people/ada-lovelace/index.html");
    assertThat(first.select("ol.backlinks > li")).hasSize(50);
    assertThat(first.select("nav.pager a[rel=next]").attr("href"))
        .isEqualTo("../../people/ada-lovelace/page/2/index.html");
    assertThat(first.select("nav.pager a[rel=prev]")).isEmpty();
    assertThat(first.select(".facts").text())
        .contains("Mentioned " + ARTICLES + " times, in " + ARTICLES + " articles");

    Document last = site.html("people/ada-lovelace/page/3/index.html");
    assertThat(last.select("ol.backlinks > li")).hasSize(ARTICLES - 100);
    assertThat(last.select("nav.pager a[rel=prev]").attr("href"))
        .isEqualTo("../../../../people/ada-lovelace/page/2/index.html");
    assertThat(last.select("nav.pager a[rel=next]")).isEmpty();
    assertThat(last.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org/digest/people/ada-lovelace/page/3/");
  }

  @Test
  void contributorNotesArePaginatedAndTheIndexCountsThemAll() {
    Document first = site.html("authors/kimlee/index.html");
    assertThat(first.select(".note-list > li")).hasSize(100);
    assertThat(first.select(".page-header .meta").text())
        .startsWith(ARTICLES + " annotations, newest first");
    Document last = site.html("authors/kimlee/page/2/index.html");
    assertThat(last.select(".note-list > li")).hasSize(ARTICLES - 100);
    assertThat(last.select("nav.pager a[rel=prev]").attr("href"))
        .isEqualTo("../../../../authors/kimlee/index.html");
    assertThat(site.html("authors/index.html").select(".author-index li").text())
        .contains(ARTICLES + " annotations");
  }

  @Test
  void everyPageOfAListIsInTheSitemap() {
    assertThat(site.text("sitemap.xml"))
        .contains("https://example.org/digest/people/ada-lovelace/page/2/")
        .contains("https://example.org/digest/authors/kimlee/page/2/");
  }
}
