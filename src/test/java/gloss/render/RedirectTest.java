package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedirectTest {

  @Test
  void formerSlugsGetRedirectPagesToTheCurrentOnes(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/people/ada.md --
        ---
        name: Ada Lovelace
        redirect_from: [ada-byron, countess-of-lovelace]
        ---
        A mathematician.
        -- content/articles/engine.md --
        ---
        title: The Engine
        date: 2024-01-02
        redirect_from: [analytical-engine]
        ---
        Ada Lovelace wrote notes.
        """);
    assertThat(site.messages()).isEmpty();
    Document article = site.html("articles/analytical-engine/index.html");
    assertThat(article.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org/digest/articles/engine/");
    assertThat(article.select("meta[http-equiv=refresh]").attr("content"))
        .isEqualTo("0; url=../../articles/engine/index.html");
    assertThat(article.select("a").attr("href")).isEqualTo("../../articles/engine/index.html");
    assertThat(article.select("meta[name=robots]").attr("content")).isEqualTo("noindex");

    for (String old : new String[] {"ada-byron", "countess-of-lovelace"}) {
      Document person = site.html("people/" + old + "/index.html");
      assertThat(person.select("meta[http-equiv=refresh]").attr("content"))
          .isEqualTo("0; url=../../people/ada/index.html");
      assertThat(person.select("link[rel=canonical]").attr("href"))
          .isEqualTo("https://example.org/digest/people/ada/");
    }
    assertThat(site.text("sitemap.xml"))
        .contains("articles/engine/")
        .doesNotContain("analytical-engine", "ada-byron");
    assertThat(site.html("people/index.html").select("a[href*=ada-byron]")).isEmpty();
  }

  @Test
  void aFormerSlugCannotReplaceAnExistingPage(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/articles/engine.md --
        ---
        title: The Engine
        date: 2024-01-02
        redirect_from: [loom, Old Engine, engine]
        ---
        Text.
        -- content/articles/loom.md --
        ---
        title: The Loom
        date: 2024-01-03
        redirect_from: [mill]
        ---
        Text.
        -- content/articles/mill.md --
        ---
        title: The Mill
        date: 2024-01-04
        ---
        Text.
        """);
    assertThat(site.messages())
        .containsExactly(
            "content/articles/engine.md:4:17: error: redirect_from 'loom' collides with the existing page of content/articles/loom.md; a redirect cannot replace a page",
            "content/articles/engine.md:4:23: error: redirect_from 'Old Engine' is not a slug: use the old file name without .md (e.g. 'old-engine')",
            "content/articles/engine.md:4:35: error: redirect_from 'engine' is this article's own slug",
            "content/articles/loom.md:4:17: error: redirect_from 'mill' collides with the existing page of content/articles/mill.md; a redirect cannot replace a page");
    assertThat(site.result().published()).isFalse();
  }

  @Test
  void twoPagesCannotClaimTheSameFormerSlug(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/places/geneva.md --
        ---
        name: Geneva
        redirect_from: [geneve]
        ---
        A city.
        -- content/places/lake-geneva.md --
        ---
        name: Lake Geneva
        redirect_from: [geneve]
        ---
        A lake.
        """);
    assertThat(site.messages())
        .containsExactly(
            "content/places/lake-geneva.md:3:17: error: redirect_from 'geneve' is already claimed by content/places/geneva.md; an old URL can lead to one page only");
  }
}
