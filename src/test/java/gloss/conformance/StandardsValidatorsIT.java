package gloss.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gloss.SiteBuild;
import gloss.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published site checked by the standards' own validators, not by tests this project wrote: the
 * W3C Nu HTML checker on every page, the W3C Web Annotation test suite's schemas on every
 * annotation, the sitemaps.org XSD on the sitemap, and each annotation's selectors applied to its
 * page. Over the sample digest and over a generated corpus of 210 articles made to break them.
 */
class StandardsValidatorsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path sample;
  @TempDir static Path corpus;

  private static NuHtmlChecker checker;

  @BeforeAll
  static void buildBothSites() throws Exception {
    checker = new NuHtmlChecker();
    TestSite.copyTree(Path.of("content"), sample.resolve("content"));
    SiteBuild.build(TestSite.layout(sample));
    StandardsCorpus.write(corpus, 210);
    SiteBuild.build(TestSite.layout(corpus));
  }

  private static List<Path> files(Path site, String suffix) throws IOException {
    try (Stream<Path> all = Files.walk(site.resolve("site-output"))) {
      return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static List<Path> bothSites(String suffix) throws IOException {
    List<Path> found = new ArrayList<>(files(sample, suffix));
    found.addAll(files(corpus, suffix));
    return found;
  }

  @Test
  void theCorpusIsAsLargeAsPromised() throws IOException {
    assertThat(files(corpus, "annotations.jsonld")).hasSizeGreaterThanOrEqualTo(200);
  }

  @Test
  void theNuHtmlCheckerFindsNoErrorOnAnyPage() throws Exception {
    // Pages are given with their encoding and without language detection, so the checker has
    // none of the warnings it gives for local files (no HTTP charset, a guessed language) to
    // filter; its other warnings are advice, not errors.
    List<NuHtmlChecker.Message> errors = new ArrayList<>();
    List<Path> pages = bothSites(".html");
    // An edition's email.html is mail, not a web page: mail clients need the table attributes
    // that HTML calls obsolete.
    pages = pages.stream().filter(p -> !p.getFileName().toString().equals("email.html")).toList();
    for (Path page : pages) {
      for (NuHtmlChecker.Message m : checker.check(page.toString(), Files.readAllBytes(page))) {
        // ARIA in HTML allows any role on svg; this 2020 checker still refused "group".
        boolean outdated =
            m.text().equals("Bad value “group” for attribute “role” on element “svg”.");
        if (m.severity().equals("error") && !outdated) {
          errors.add(m);
        }
      }
    }
    // Every page of both sites, which are no toy: with 50 backlinks and 100 rows a page since
    // the output was cut down, still 295 pages.
    assertThat(pages).hasSizeGreaterThan(250);
    assertThat(errors).isEmpty();
  }

  @Test
  void theNuHtmlCheckerReportsAPlantedError() throws Exception {
    byte[] page =
        "<!DOCTYPE html><html lang=en><title>t</title><p id=a>x</p><p id=a>y</p>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(checker.check("planted.html", page))
        .anyMatch(m -> m.severity().equals("error") && m.text().contains("Duplicate ID"));
  }

  @Test
  void everyAnnotationPassesTheW3cWebAnnotationSchemas() throws IOException {
    WebAnnotationSchemas schemas = new WebAnnotationSchemas();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Path file : bothSites("annotations.jsonld")) {
      JsonNode collection = JSON.readTree(file.toFile());
      for (JsonNode item : collection.at("/first/items")) {
        // An embedded annotation is in the collection's JSON-LD context.
        ObjectNode annotation = ((ObjectNode) item.deepCopy());
        annotation.set("@context", collection.get("@context"));
        schemas.failuresOf(annotation.toString()).forEach(f -> failures.add(file + " " + f));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(400);
    assertThat(failures).isEmpty();
  }

  @Test
  void aPlantedInvalidAnnotationFailsTheW3cWebAnnotationSchemas() {
    String invalid =
        "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": 7, \"type\": \"Note\"}";
    assertThat(new WebAnnotationSchemas().failuresOf(invalid))
        .anyMatch(f -> f.startsWith("annotations/3.1-annotationIdValidated.json"))
        .anyMatch(f -> f.startsWith("annotations/3.1-annotationTypeValidated.json"))
        .anyMatch(f -> f.startsWith("annotations/3.1-targetKeyFound.json"));
  }

  @Test
  void theSitemapsPassTheSitemapsOrgSchema() throws Exception {
    javax.xml.validation.Validator validator =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(getClass().getClassLoader().getResource("sitemaps-org/sitemap.xsd"))
            .newValidator();
    List<Path> sitemaps = bothSites("sitemap.xml");
    assertThat(sitemaps).hasSize(2);
    for (Path sitemap : sitemaps) {
      validator.validate(new StreamSource(sitemap.toFile()));
    }
  }

  @Test
  void everySelectorAppliedToThePublishedPageGivesTheQuotedText() throws IOException {
    int anchored = 0;
    for (Path file : bothSites("annotations.jsonld")) {
      Document page = Jsoup.parse(file.resolveSibling("index.html").toFile());
      for (JsonNode item : JSON.readTree(file.toFile()).at("/first/items")) {
        JsonNode target = item.get("target");
        if (!target.isObject()) {
          continue; // a reply or a note on the whole article
        }
        List<PublishedSelectors.Selection> selections = PublishedSelectors.apply(page, target);
        assertThat(selections).as(item.get("id").asText()).hasSize(2);
        assertThat(selections.get(1)).as(item.get("id").asText()).isEqualTo(selections.get(0));
        anchored++;
      }
    }
    assertThat(anchored).isGreaterThan(400);
  }
}
