package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gloss.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLdTest {
  private static final String BASE = "https://example.org/digest/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SITE =
      """
      -- content/places/geneva.md --
      ---
      name: Geneva
      coordinates: [46.2044, 6.1432]
      wikidata: Q71
      wikipedia: "https://en.wikipedia.org/wiki/Geneva"
      ---
      A city on Lake Geneva. It hosts talks.
      -- content/people/ada.md --
      ---
      name: Ada Lovelace
      aliases: [Ada]
      role: Mathematician
      wikidata: "https://www.wikidata.org/wiki/Q7259"
      ---
      A mathematician.
      -- content/organizations/society.md --
      ---
      name: Royal Society
      ---
      A learned society.
      -- content/articles/engine.md --
      ---
      title: "The Engine </script><script>alert(1)</script> & more"
      date: 2024-01-02
      source: Royal Society
      url: https://example.com/original
      summary: Notes on an engine.
      organizations: [society]
      ---
      Ada wrote notes on the engine in Geneva.
      """;

  private static JsonNode jsonLd(Document page) throws Exception {
    List<Element> scripts = page.select("head script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    return JSON.readTree(scripts.get(0).data());
  }

  private static void collectUrls(JsonNode node, List<String> out) {
    if (node.isTextual() && node.asText().startsWith(BASE)) {
      out.add(node.asText());
    }
    node.forEach(child -> collectUrls(child, out));
  }

  @Test
  void articlePagesCarryNewsArticleWithMentionsAndSameAs(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.build(dir, SITE);
    assertThat(site.messages()).isEmpty();
    JsonNode article = jsonLd(site.html("articles/engine/index.html"));
    assertThat(article.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(article.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(article.get("headline").asText())
        .isEqualTo("The Engine </script><script>alert(1)</script> & more");
    assertThat(article.get("datePublished").asText()).isEqualTo("2024-01-02T00:00:00Z");
    // No byline: the source is the author.
    assertThat(article.get("author").get(0).get("@type").asText()).isEqualTo("Organization");
    assertThat(article.get("author").get(0).get("url").asText())
        .isEqualTo(BASE + "organizations/society/");
    assertThat(article.get("url").asText()).isEqualTo(BASE + "articles/engine/");
    assertThat(article.get("isBasedOn").asText()).isEqualTo("https://example.com/original");
    assertThat(article.get("publisher").get("url").asText())
        .isEqualTo(BASE + "organizations/society/");
    List<String> mentioned = new ArrayList<>();
    article
        .get("mentions")
        .forEach(m -> mentioned.add(m.get("@type").asText() + " " + m.get("name").asText()));
    assertThat(mentioned)
        .containsExactly("Person Ada Lovelace", "Place Geneva", "Organization Royal Society");
    JsonNode geneva = article.get("mentions").get(1);
    assertThat(geneva.get("url").asText()).isEqualTo(BASE + "places/geneva/");
    assertThat(JSON.convertValue(geneva.get("sameAs"), List.class))
        .containsExactly(
            "https://www.wikidata.org/wiki/Q71", "https://en.wikipedia.org/wiki/Geneva");

    String raw = Files.readString(site.output().resolve("articles/engine/index.html"));
    String script = raw.substring(raw.indexOf("application/ld+json"), raw.indexOf("</head>"));
    assertThat(script.substring(0, script.lastIndexOf("</script>")))
        .doesNotContain("</script", "<script");
    assertThat(script).contains("\\u003C/script\\u003E");
  }

  @Test
  void bylinesNameTheAuthorsPageWhenTheDigestHasOne(@TempDir Path dir) throws Exception {
    TestSite site =
        TestSite.build(
            dir,
            SITE
                + """
                -- content/articles/second.md --
                ---
                title: Second
                date: 2024-01-03
                authors: [Ada Lovelace, Someone Else, Geneva]
                source: A Paper
                ---
                Text.
                """);
    JsonNode authors = jsonLd(site.html("articles/second/index.html")).get("author");
    assertThat(authors.get(0).get("url").asText()).isEqualTo(BASE + "people/ada/");
    assertThat(authors.get(1).has("url")).isFalse();
    // A byline that names a place is still a person, not the place.
    assertThat(authors.get(2).get("@type").asText()).isEqualTo("Person");
    assertThat(authors.get(2).has("url")).isFalse();
  }

  @Test
  void entityPagesCarryPersonPlaceAndOrganization(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.build(dir, SITE);
    JsonNode place = jsonLd(site.html("places/geneva/index.html"));
    assertThat(place.get("@type").asText()).isEqualTo("Place");
    assertThat(place.get("geo").get("@type").asText()).isEqualTo("GeoCoordinates");
    assertThat(place.get("geo").get("latitude").asDouble()).isEqualTo(46.2044);
    assertThat(place.get("geo").get("longitude").asDouble()).isEqualTo(6.1432);
    JsonNode person = jsonLd(site.html("people/ada/index.html"));
    assertThat(person.get("@type").asText()).isEqualTo("Person");
    assertThat(person.get("jobTitle").asText()).isEqualTo("Mathematician");
    assertThat(person.get("alternateName").get(0).asText()).isEqualTo("Ada");
    assertThat(person.get("sameAs").get(0).asText())
        .isEqualTo("https://www.wikidata.org/wiki/Q7259");
    assertThat(jsonLd(site.html("organizations/society/index.html")).get("@type").asText())
        .isEqualTo("Organization");
  }

  @Test
  void namesOnlyRealUrlsOfTheSite(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.build(dir, SITE);
    List<String> urls = new ArrayList<>();
    for (String page :
        List.of(
            "articles/engine/index.html",
            "places/geneva/index.html",
            "people/ada/index.html",
            "organizations/society/index.html")) {
      collectUrls(jsonLd(site.html(page)), urls);
    }
    assertThat(urls).hasSizeGreaterThan(8);
    for (String url : urls) {
      String path = url.substring(BASE.length());
      assertThat(
              site.output()
                  .resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path))
          .as(url)
          .isRegularFile();
    }
  }

  @Test
  void malformedLinkedDataFieldsAreReportedAtTheirLine(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            """
        -- content/places/nowhere.md --
        ---
        name: Nowhere
        coordinates: [north, 200]
        wikidata: Geneva
        wikipedia: en.wikipedia.org/wiki/Nowhere
        ---
        No place.
        """);
    assertThat(site.messages())
        .contains(
            "content/places/nowhere.md:3:14: error: coordinates must be [latitude, longitude] in decimal degrees, like [46.2044, 6.1432]",
            "content/places/nowhere.md:4:11: error: wikidata is 'Geneva'; use a Wikidata item id like Q71 (or https://www.wikidata.org/wiki/Q71)",
            "content/places/nowhere.md:5:12: error: 'wikipedia' must be an http:// or https:// address");
  }
}
