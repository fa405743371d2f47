package gloss.check;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import gloss.model.LinkMode;
import gloss.model.SiteConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PageChecksTest {
  private static final SiteConfig CONFIG =
      new SiteConfig(
          "T",
          "",
          "https://example.org/digest/",
          "en",
          "",
          LinkMode.FIRST,
          50,
          List.of(),
          List.of(),
          List.of(),
          Map.of());

  private static List<String> check(Map<String, String> pages) {
    Map<String, byte[]> files = new TreeMap<>();
    pages.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
    Diagnostics diagnostics = new Diagnostics();
    new PageChecks(CONFIG, "site-output", files).check(diagnostics);
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  private static String page(String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>t</title></head>\n<body>\n"
        + body
        + "\n</body>\n</html>\n";
  }

  @Test
  void findsAPlantedBrokenLinkAndAMissingFragment() {
    List<String> found =
        check(
            Map.of(
                "index.html",
                page(
                    "<a href=\"articles/a/index.html#p-1\">ok</a>\n"
                        + "<a href=\"articles/missing/index.html\">broken</a>\n"
                        + "<a href=\"articles/a/index.html#nope\">no such id</a>"),
                "articles/a/index.html",
                page(
                    "<p id=\"p-1\">text</p> <a href=\"../../index.html\">home</a> <a href=\"#p-1\">self</a>")));
    assertThat(found)
        .containsExactly(
            "site-output/index.html:6:1: error: link 'articles/missing/index.html' leads nowhere: the site has no articles/missing/index.html",
            "site-output/index.html:7:1: error: link 'articles/a/index.html#nope' leads nowhere: articles/a/index.html has no element with id 'nope'");
  }

  @Test
  void checkFindsBrokenLinksPlantedInContent(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    gloss.TestSite.write(
        dir,
        """
        -- content/people/ada.md --
        ---
        name: Ada Lovelace
        ---
        A mathematician.
        -- content/articles/a.md --
        ---
        title: A
        date: 2024-01-02
        ---
        Ada Lovelace, [more](../../people/ada/index.html#early-life), [gone](../../people/bob/index.html).
        """);
    List<String> messages =
        SiteCheck.run(gloss.TestSite.layout(dir)).diagnostics().stream()
            .map(Diagnostic::format)
            .toList();
    assertThat(messages)
        .hasSize(2)
        .anyMatch(
            m ->
                m.startsWith("site-output/articles/a/index.html:")
                    && m.endsWith(
                        ": error: link '../../people/ada/index.html#early-life' leads nowhere: "
                            + "people/ada/index.html has no element with id 'early-life'"))
        .anyMatch(
            m ->
                m.startsWith("site-output/articles/a/index.html:")
                    && m.endsWith(
                        ": error: link '../../people/bob/index.html' leads nowhere: the site has no "
                            + "people/bob/index.html"));
    assertThat(dir.resolve("site-output")).doesNotExist();
  }

  @Test
  void checksAbsoluteAndRootRelativeUrlsOfTheSiteButNotOtherSites() {
    List<String> found =
        check(
            Map.of(
                "index.html",
                page(
                    "<link rel=\"canonical\" href=\"https://example.org/digest/\">\n"
                        + "<a href=\"https://example.org/digest/people/\">gone</a>\n"
                        + "<a href=\"/digest/index.html\">root</a>\n"
                        + "<a href=\"/elsewhere/\">outside</a>\n"
                        + "<a href=\"https://other.example/x\">other</a> <a href=\"mailto:a@b.c\">mail</a>")));
    assertThat(found)
        .containsExactly(
            "site-output/index.html:6:1: error: link 'https://example.org/digest/people/' leads nowhere: the site has no people/index.html",
            "site-output/index.html:8:1: error: link '/elsewhere/' leads outside the site: root-relative links must start with the base path /digest/");
  }

  @Test
  void reportsPagesThatAreNotWellFormed() {
    List<String> found = check(Map.of("index.html", page("<div><p>open</span></div>")));
    assertThat(found).hasSize(1);
    assertThat(found.get(0))
        .startsWith("site-output/index.html:5:")
        .contains("error: the page is not well-formed HTML: ");
  }

  @Test
  void checksJsonLdAndFeeds() {
    List<String> found =
        check(
            Map.of(
                "index.html",
                page(
                    "<script type=\"application/ld+json\">{\"url\": \"https://example.org/digest/nowhere/\"}</script>"),
                "feed.xml",
                "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><link href=\"index.html\"/></feed>\n",
                "broken.xml",
                "<?xml version=\"1.0\"?>\n<a><b></a>\n"));
    assertThat(found).hasSize(3);
    // The XML parser's own words depend on the JDK's locale; the position does not.
    assertThat(found.get(0))
        .startsWith("site-output/broken.xml:2:9: error: the file is not well-formed XML: ");
    assertThat(found.subList(1, 3))
        .containsExactly(
            "site-output/feed.xml:2:43: error: URL 'index.html' in a feed or sitemap must be absolute, starting with https://example.org/digest/",
            "site-output/index.html:5:1: error: link 'https://example.org/digest/nowhere/' leads nowhere: the site has no nowhere/index.html");
  }
}
