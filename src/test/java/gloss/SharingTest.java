package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a page shows when it is shared: Open Graph, Twitter cards, its image, its icon. */
class SharingTest {
  static final String BASE = "https://example.org/digest/";

  static final String SITE =
      """
      -- content/site.yml --
      title: Test Digest
      description: A digest for tests.
      base_url: https://example.org/digest/
      image: images/site.png
      logo: https://example.org/logo.png
      -- content/images/site.png --
      not really a png
      -- content/images/engine.png --
      not really a png either
      -- content/articles/engine.md --
      ---
      title: The Engine
      date: 2024-01-02
      authors: [Dionysius Lardner]
      summary: Notes on an engine.
      tags: [computing, history]
      image: images/engine.png
      ---
      Text.
      -- content/articles/loom.md --
      ---
      title: The Loom
      date: 2024-01-05
      image: https://example.com/loom.jpg
      ---
      Text.
      -- content/annotations/loom/2024-02-01-bea.md --
      ---
      author: Bea
      date: 2024-02-01
      ---
      A note.
      -- content/people/ada.md --
      ---
      name: Ada Lovelace
      ---
      A mathematician.
      """;

  private static String meta(Document page, String property) {
    return page.select("meta[property=" + property + "], meta[name=" + property + "]")
        .attr("content");
  }

  @Test
  void everyPageHasCompleteOpenGraphMetadataATwitterCardAndTheFavicon(@TempDir Path dir)
      throws IOException {
    TestSite site = TestSite.build(dir, SITE);
    assertThat(site.messages()).isEmpty();
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site.output())) {
      pages =
          walk.filter(p -> p.toString().endsWith(".html"))
              .filter(p -> !p.getFileName().toString().equals("email.html"))
              .toList();
    }
    for (Path p : pages) {
      String path = site.output().relativize(p).toString();
      Document page = site.html(path);
      if (!page.select("meta[http-equiv=refresh]").isEmpty()) {
        continue;
      }
      for (String property :
          List.of(
              "og:site_name",
              "og:title",
              "og:type",
              "og:url",
              "og:description",
              "og:image",
              "twitter:card")) {
        assertThat(meta(page, property)).as(path + " " + property).isNotBlank();
      }
      // X reads a card's title, description and image from og: when its own tags are missing,
      // so the page does not say them a second time.
      for (String repeat : List.of("twitter:title", "twitter:description", "twitter:image")) {
        assertThat(page.select("meta[name=" + repeat + "]")).as(path + " " + repeat).isEmpty();
      }
      assertThat(meta(page, "og:url"))
          .as(path)
          .isEqualTo(page.select("link[rel=canonical]").attr("href"));
      assertThat(page.select("link[rel=icon]").attr("href"))
          .as(path)
          .endsWith("assets/favicon.svg");
    }
    assertThat(site.output().resolve("assets/favicon.svg")).isRegularFile();
  }

  @Test
  void articlePagesNameTheirDateAuthorsTagsAndImage(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SITE);
    Document engine = site.html("articles/engine/index.html");
    assertThat(meta(engine, "og:type")).isEqualTo("article");
    assertThat(meta(engine, "og:description")).isEqualTo("Notes on an engine.");
    assertThat(meta(engine, "article:published_time")).isEqualTo("2024-01-02");
    assertThat(meta(engine, "article:author")).isEqualTo("Dionysius Lardner");
    assertThat(engine.select("meta[property=article:tag]").eachAttr("content"))
        .containsExactly("computing", "history");
    assertThat(meta(engine, "og:image")).isEqualTo(BASE + "images/engine.png");
    assertThat(meta(engine, "twitter:card")).isEqualTo("summary_large_image");
    assertThat(site.text("images/engine.png")).isEqualTo("not really a png either\n");
    assertThat(meta(site.html("articles/loom/index.html"), "og:image"))
        .isEqualTo("https://example.com/loom.jpg");
    assertThat(meta(site.html("people/ada/index.html"), "og:image"))
        .isEqualTo(BASE + "images/site.png");
    assertThat(meta(site.html("people/ada/index.html"), "og:description"))
        .isEqualTo("A mathematician.");
    assertThat(meta(site.html("authors/index.html"), "og:description"))
        .isEqualTo("A digest for tests.");
  }

  @Test
  void newsArticleCarriesImageDateModifiedAndTheDigestAsPublisher(@TempDir Path dir)
      throws IOException {
    TestSite site = TestSite.build(dir, SITE);
    JsonNode loom =
        new ObjectMapper()
            .readTree(
                site.html("articles/loom/index.html")
                    .selectFirst("script[type=application/ld+json]")
                    .data());
    assertThat(loom.get("image").asText()).isEqualTo("https://example.com/loom.jpg");
    assertThat(loom.get("datePublished").asText()).isEqualTo("2024-01-05T00:00:00Z");
    assertThat(loom.get("dateModified").asText()).isEqualTo("2024-02-01T00:00:00Z");
    assertThat(loom.get("publisher").get("name").asText()).isEqualTo("Test Digest");
    assertThat(loom.get("publisher").get("url").asText()).isEqualTo(BASE);
    assertThat(loom.get("publisher").get("logo").get("url").asText())
        .isEqualTo("https://example.org/logo.png");
  }

  @Test
  void anImageThatIsNeitherHttpsNorAFileUnderImagesIsAPositionedError(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            """
            -- content/images/engine.png --
            x
            -- content/articles/a.md --
            ---
            title: A
            date: 2024-01-02
            image: http://example.com/a.png
            ---
            Text.
            -- content/articles/b.md --
            ---
            title: B
            date: 2024-01-02
            image: images/engin.png
            ---
            Text.
            """);
    assertThat(site.messages())
        .containsExactly(
            "content/articles/a.md:4:8: error: 'image' is 'http://example.com/a.png'; use an"
                + " https:// address or a file under content/images/ (images/x.png)",
            "content/articles/b.md:4:8: error: image 'images/engin.png' is not a file under"
                + " content/images/ (did you mean 'images/engine.png'?)");
  }
}
