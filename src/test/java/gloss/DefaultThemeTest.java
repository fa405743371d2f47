package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default theme's markup, on the sample digest in {@code content/}: what the strict CSP and "no
 * external requests" promise, navigation state, and what a reader without JavaScript can reach.
 * (Layout and scripted behaviour are tested in a browser, in {@code gloss.browser}.)
 */
class DefaultThemeTest {
  static final String ARTICLE = "articles/china-acknowledges-cyberattacks-over-taiwan/index.html";

  @TempDir static Path dir;
  static Path output;
  static List<Path> pages;

  @BeforeAll
  static void buildSample() throws IOException {
    Path project = Path.of("").toAbsolutePath();
    output = dir.resolve("site-output");
    BuildResult result =
        SiteBuild.build(
            new SiteLayout(
                project, project.resolve("content"), project.resolve("templates"), output, null));
    assertThat(result.diagnostics()).isEmpty();
    try (Stream<Path> walk = Files.walk(output)) {
      // An edition's e-mail issue is no page of the site: it has to inline its styles
      // (EditionsTest checks it).
      pages =
          walk.filter(p -> p.toString().endsWith(".html"))
              .filter(p -> !p.getFileName().toString().equals("email.html"))
              .sorted()
              .toList();
    }
    assertThat(pages).hasSizeGreaterThan(20);
  }

  static Document page(String path) {
    Path file = output.resolve(path);
    try {
      return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String rel(Path page) {
    return output.relativize(page).toString().replace('\\', '/');
  }

  @Test
  void nothingInlineThatTheContentSecurityPolicyWouldBlock() {
    for (Path p : pages) {
      Document doc = page(rel(p));
      if (!doc.select("meta[http-equiv=refresh]").isEmpty()) {
        continue; // a redirect stub (redirect.ftlh), not a themed page
      }
      assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
          .as(rel(p))
          .contains("script-src 'self'")
          .contains("style-src 'self'");
      // JSON-LD is a data block, never run, so script-src does not apply to it.
      assertThat(doc.select("script:not([src]):not([type=application/ld+json])"))
          .as("inline scripts in %s", rel(p))
          .isEmpty();
      assertThat(doc.select("style")).as("style elements in %s", rel(p)).isEmpty();
      assertThat(doc.select("[style]")).as("style attributes in %s", rel(p)).isEmpty();
      for (Element e : doc.getAllElements()) {
        e.attributes()
            .forEach(
                a ->
                    assertThat(a.getKey())
                        .as("event handler on <%s> in %s", e.tagName(), rel(p))
                        .doesNotStartWith("on"));
      }
    }
  }

  @Test
  void idsAreUniqueAndInPageLinksLandOnThem() {
    for (Path p : pages) {
      Document doc = page(rel(p));
      List<String> ids = doc.select("[id]").eachAttr("id");
      assertThat(ids).as("ids in %s", rel(p)).doesNotHaveDuplicates();
      for (Element a : doc.select("a[href^=#], [aria-labelledby], [aria-controls]")) {
        String target =
            a.hasAttr("href")
                ? a.attr("href").substring(1)
                : a.hasAttr("aria-labelledby")
                    ? a.attr("aria-labelledby")
                    : a.attr("aria-controls");
        assertThat(ids)
            .as("target of %s in %s", a.outerHtml().lines().findFirst().orElse(""), rel(p))
            .contains(target);
      }
    }
  }

  @Test
  void pagesLoadNothingFromOtherSites() {
    for (Path p : pages) {
      Document doc = page(rel(p));
      for (Element e :
          doc.select(
              "link[rel=stylesheet], link[rel=preload], link[rel=icon], script[src], img[src], iframe, video, audio, source, object, embed")) {
        String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
        assertThat(url)
            .as("<%s> in %s", e.tagName(), rel(p))
            .doesNotContain("//")
            .doesNotStartWith("data:");
      }
    }
    try (Stream<Path> assets = Files.list(output.resolve("assets"))) {
      for (Path asset : assets.toList()) {
        String text = Files.readString(asset);
        assertThat(text)
            .as("%s", asset.getFileName())
            .doesNotContain("@import")
            .doesNotContain("url(http")
            .doesNotContain("fetch(")
            .doesNotContain("XMLHttpRequest");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void navigationMarksTheCurrentPageAndSection() {
    assertThat(current("index.html")).containsExactly("Articles=page");
    assertThat(current(ARTICLE)).containsExactly("Articles=true");
    assertThat(current("people/index.html")).containsExactly("People=page");
    assertThat(current("people/nate-fick/index.html")).containsExactly("People=true");
    assertThat(current("places/geneva/index.html")).containsExactly("Places=true");
    assertThat(current("authors/index.html")).containsExactly("Contributors=page");
    assertThat(current("authors/tkamau/index.html")).containsExactly("Contributors=true");
    assertThat(current("search/index.html")).containsExactly("Search=page");
    assertThat(current("404.html")).isEmpty();
  }

  static List<String> current(String path) {
    return page(path).select(".site-nav a[aria-current]").stream()
        .map(a -> a.text() + "=" + a.attr("aria-current"))
        .toList();
  }

  @Test
  void breadcrumbsLeadHomeThroughTheSection() {
    Document fick = page("people/nate-fick/index.html");
    assertThat(fick.select(".breadcrumbs li").eachText())
        .containsExactly("Home", "People", "Nate Fick");
    assertThat(fick.select(".breadcrumbs a").eachAttr("href"))
        .containsExactly("../../index.html", "../../people/index.html");
    assertThat(fick.select(".breadcrumbs [aria-current=page]").text()).isEqualTo("Nate Fick");
    assertThat(page("authors/rpatel/index.html").select(".breadcrumbs li").eachText())
        .containsExactly("Home", "Contributors", "Ravi Patel");
  }

  @Test
  void withoutJavaScriptEveryHighlightLinksToItsNoteAndBack() {
    Document doc = page(ARTICLE);
    List<Element> refs = doc.select(".article-body a.note-ref");
    assertThat(refs).hasSizeGreaterThanOrEqualTo(5);
    for (Element ref : refs) {
      String noteId = ref.attr("href").substring(1);
      Element note = doc.getElementById(noteId);
      assertThat(note).as("note for %s", ref.attr("href")).isNotNull();
      assertThat(note.parent().hasClass("notes"))
          .as("%s is listed in the notes aside", noteId)
          .isTrue();
      assertThat(note.attr("tabindex")).isEqualTo("-1");
      String passage = note.attr("data-passage");
      assertThat(doc.getElementById(passage)).as("passage of %s", noteId).isNotNull();
      assertThat(note.select("a[href=#" + passage + "]"))
          .as("%s links back to its passage", noteId)
          .isNotEmpty();
      assertThat(ref.attr("aria-label")).startsWith("Note by ");
    }
    // Notes on the whole article are in the commentary section; replies under their note.
    assertThat(doc.select("section.commentary > .note")).isNotEmpty();
    assertThat(doc.select(".note > .replies > .note.reply")).isNotEmpty();
  }

  @Test
  void aMentionSaysItsEntityOnceLinkedMentionsByHrefLaterOnesByIdOnly() {
    Document doc = page(ARTICLE);
    List<Element> mentions = doc.select(".article-body .mention, .note-body .mention");
    assertThat(mentions).hasSizeGreaterThan(10);
    assertThat(doc.select("a.mention")).isNotEmpty();
    assertThat(doc.select("span.mention")).isNotEmpty();
    for (Element m : mentions) {
      String entity = MentionMarkup.entityOf(m);
      assertThat(entity).as(m.outerHtml()).isNotEmpty();
      assertThat(m.attributes().asList())
          .as(m.outerHtml())
          .noneMatch(a -> a.getKey().startsWith("data-"));
      if (m.is("a")) {
        // The link names the entity; its kind class colours the underline.
        assertThat(m.attr("href")).as(m.outerHtml()).endsWith("../" + entity + "/index.html");
        assertThat(m.classNames())
            .as(m.outerHtml())
            .hasSize(2)
            .anyMatch(c -> c.startsWith("mention-"));
      } else {
        assertThat(m.classNames()).as(m.outerHtml()).containsExactly("mention");
      }
    }
  }

  @Test
  void theEntityPanelShowsEachCountOnceAndSaysWhatItCounts() {
    Document doc = page(ARTICLE);
    List<Element> counts = doc.select(".entity-panel .entity-list .count");
    assertThat(counts).hasSizeGreaterThan(5);
    // Each group says its kind once (its class gives the links their marker), not every link.
    assertThat(doc.select(".entity-panel .entity-group .entity-list a"))
        .hasSizeGreaterThanOrEqualTo(counts.size())
        .allMatch(a -> a.attributes().size() == 1 && a.hasAttr("href"));
    for (Element count : counts) {
      int n = Integer.parseInt(count.ownText());
      String said = n + (n == 1 ? " mention" : " mentions");
      assertThat(count.text()).isEqualTo(said);
      assertThat(count.attr("title")).isEqualTo(said);
      assertThat(count.select(".visually-hidden").text())
          .isEqualTo(said.substring(said.indexOf(' ') + 1));
    }
  }

  @Test
  void articlePageMarkupIsNotIndented() throws IOException {
    String html = Files.readString(output.resolve(ARTICLE));
    String article =
        html.substring(html.indexOf("<article class=\"article\""), html.indexOf("</main>"))
            .replaceAll("(?s)<pre.*?</pre>", ""); // a code block keeps its own indentation
    assertThat(article.lines()).hasSizeGreaterThan(50).noneMatch(line -> line.startsWith(" "));
  }

  @Test
  void articlePageHasHeaderAndAPanelOfMentionedEntitiesByKind() {
    Document doc = page(ARTICLE);
    assertThat(doc.select(".article-header h1").text()).startsWith("China acknowledges");
    assertThat(doc.select(".article-header time").attr("datetime")).isEqualTo("2025-04-10");
    assertThat(doc.select(".article-header .meta").text()).contains("8 annotations");
    assertThat(doc.select(".entity-panel .entity-group h3").eachText())
        .hasSize(3)
        .satisfiesExactly(
            h -> assertThat(h).startsWith("People "),
            h -> assertThat(h).startsWith("Places "),
            h -> assertThat(h).startsWith("Organizations "));
    for (Element group : doc.select(".entity-panel .entity-group")) {
      assertThat(group.select("h3 .count").text())
          .isEqualTo(String.valueOf(group.select("li").size()));
    }
    assertThat(doc.select(".entity-group-people li").first().text())
        .matches("Donald Trump \\(?\\d+.*");
    assertThat(doc.select("a[type=application/ld+json]").attr("href"))
        .endsWith("annotations.jsonld");
  }

  @Test
  void homePageCardShowsWhatTheArticleIsAndWhoIsInIt() {
    Element card = page("index.html").selectFirst(".article-card");
    assertThat(card.select("h3 a").attr("href")).isEqualTo(ARTICLE);
    assertThat(card.select("time").attr("datetime")).isEqualTo("2025-04-10");
    assertThat(card.select(".kicker").text()).isNotBlank();
    assertThat(card.select(".annotation-count").text()).isEqualTo("8 annotations");
    assertThat(card.select(".article-card-summary").text()).isNotBlank();
    // Each kind's most-mentioned entity by name, and how many more the article page lists.
    Elements groups = page(ARTICLE).select(".entity-panel .entity-group");
    List<String> first = groups.stream().map(g -> g.selectFirst("li a").text()).toList();
    int more = groups.select("li").size() - first.size();
    assertThat(card.select(".card-entities").text())
        .isEqualTo("Mentions " + String.join(", ", first) + " and " + more + " more");
  }

  @Test
  void entityPageShowsFactsBacklinksWithContextAndCompanions() {
    Document geneva = page("places/geneva/index.html");
    assertThat(geneva.select(".facts dt").eachText())
        .contains("Type", "Country", "Coordinates", "Mentions");
    assertThat(geneva.select(".facts div:has(dt:containsOwn(Coordinates)) dd").text())
        .isEqualTo("46.2044° N, 6.1432° E");
    assertThat(geneva.select(".facts div:has(dt:containsOwn(Country)) dd").text())
        .isEqualTo("Switzerland");

    Document fick = page("people/nate-fick/index.html");
    assertThat(fick.select(".entity-header .dek").text())
        .startsWith("First US Ambassador-at-Large");
    assertThat(fick.select(".facts div:has(dt:containsOwn(Also called)) li").eachText())
        .containsExactly("Fick", "Nathaniel Fick");
    Element article = fick.selectFirst("ol.backlinks > li");
    assertThat(article.select(".context strong").first().text()).isEqualTo("Nate Fick");
    String href = article.selectFirst("h4 a").attr("href");
    assertThat(href).startsWith("../../" + ARTICLE + "#");
    assertThat(page(ARTICLE).getElementById(href.substring(href.indexOf('#') + 1)))
        .as("the backlink links to the exact mention")
        .isNotNull();
    assertThat(fick.select(".backlink-notes .backlink-note .meta > a").eachText())
        .isNotEmpty()
        .allMatch(t -> t.startsWith("Note by "));
    assertThat(fick.select(".appears-with li")).isNotEmpty();
    assertThat(fick.select(".appears-with .count").first().attr("title"))
        .endsWith("shared article");
  }

  @Test
  void notFoundPageLinksFromTheBasePathSoItWorksAtAnyDepth() {
    Document doc = page("404.html");
    assertThat(doc.select("link[rel=stylesheet]").attr("href"))
        .isEqualTo("/gloss/assets/gloss.css");
    assertThat(doc.select("script[src]").attr("src")).isEqualTo("/gloss/assets/gloss.js");
    assertThat(doc.select("main a, .site-header a").eachAttr("href"))
        .isNotEmpty()
        .allMatch(h -> h.startsWith("/gloss/"));
  }

  @Test
  void contributorPagesListNotesWithTheirArticle() {
    Document authors = page("authors/index.html");
    assertThat(authors.select(".author-index li a").eachText())
        .containsExactly("Maria Lindqvist", "Ravi Patel", "Tabitha Kamau");
    Document kamau = page("authors/tkamau/index.html");
    assertThat(kamau.select(".note-list > li")).hasSize(3);
    for (Element item : kamau.select(".note-list > li")) {
      // The note's start, its passage and a link to the whole note on its article page.
      String href = item.select(".note-meta a").attr("href");
      assertThat(href).startsWith("../../" + ARTICLE + "#note-");
      Element note = page(ARTICLE).getElementById(href.substring(href.indexOf('#') + 1));
      String excerpt = item.select("p:last-child").text();
      assertThat(excerpt).isNotBlank();
      assertThat(note.select(".note-body").text()).startsWith(excerpt.replaceAll("…$", ""));
      assertThat(note.select(".note-quote").text()).endsWith(item.select(".note-quote").text());
    }
  }
}
