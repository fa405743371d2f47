package gloss.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What commentary needs survives sanitizing; pathological Markdown renders without crashing. */
class MarkdownRendererTest {
  private static final MarkdownRenderer MARKDOWN =
      MarkdownRenderer.create(HtmlSanitizer.forSite("https://example.org/digest/"));

  @Test
  void keepsTablesQuotesCodeAbbreviationsAndImages() {
    Document doc = MARKDOWN.render("""
        | a | b |
        |---|---|
        | 1 | 2 |

        > quoted *words*

        ```java
        int x = 1;
        ```

        <abbr title="Cybersecurity and Infrastructure Security Agency">CISA</abbr> H<sub>2</sub>O x<sup>2</sup>

        ![chart](https://example.org/chart.png "Chart")
        """);
    assertThat(doc.select("table td")).hasSize(2);
    assertThat(doc.select("blockquote em").text()).isEqualTo("words");
    assertThat(doc.select("pre code.language-java").text()).isEqualTo("int x = 1;");
    assertThat(doc.select("abbr[title]").text()).isEqualTo("CISA");
    assertThat(doc.select("sub, sup")).hasSize(2);
    assertThat(doc.select("img[src=https://example.org/chart.png][alt=chart]")).hasSize(1);
  }

  @Test
  void offSiteLinksGetUgcRelAndOwnLinksDoNot() {
    Document doc = MARKDOWN.render(
        "[away](https://cisa.gov/) [home](https://example.org/digest/people/) [rel](../x/) [frag](#note-1)");
    assertThat(doc.select("a[href=https://cisa.gov/]").attr("rel")).isEqualTo("nofollow ugc noopener noreferrer");
    assertThat(doc.select("a[href=https://example.org/digest/people/]").hasAttr("rel")).isFalse();
    assertThat(doc.select("a[href=../x/]")).hasSize(1);
    assertThat(doc.select("a[href=#note-1]")).hasSize(1);
  }

  @Test
  void headingsKeepTheirAnchors() {
    assertThat(MARKDOWN.render("## Who is Nate Fick?").select("h2[id]").attr("id")).isEqualTo("who-is-nate-fick");
  }

  @Test
  void disallowedMarkupIsDroppedButItsTextKept() {
    Document doc = MARKDOWN.render("<font color=red>plain <b onclick=x()>bold</b></font>");
    assertThat(doc.body().text()).isEqualTo("plain bold");
    assertThat(doc.select("font, [onclick]")).isEmpty();
  }

  @Test
  void tenThousandNestedBlockQuotesRenderFlattened() {
    Document doc = MARKDOWN.render(">".repeat(10_000) + " deep");
    assertThat(doc.body().text()).isEqualTo("deep");
    assertThat(doc.select("blockquote").size()).isLessThanOrEqualTo(MarkdownRenderer.MAX_NESTING);
  }

  @Test
  void tenThousandNestedListLevelsRender() {
    // "- - - x" opens one list inside another per marker.
    Document doc = MARKDOWN.render("- ".repeat(10_000) + "item");
    assertThat(doc.body().text()).isEqualTo("item");
    assertThat(doc.select("ul").size()).isLessThanOrEqualTo(MarkdownRenderer.MAX_NESTING);
  }

  @Test
  void hugeBacktickRunsAndStarsRender() {
    assertThat(MARKDOWN.render("a " + "`".repeat(100_000) + " x").body().text()).endsWith("x");
    assertThat(MARKDOWN.render("*".repeat(1_000_000)).body()).isNotNull();
    assertThat(MARKDOWN.render("*a ".repeat(50_000)).body().text()).startsWith("*a");
  }
}
