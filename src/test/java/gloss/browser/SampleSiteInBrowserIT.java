package gloss.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.BuildResult;
import gloss.SiteBuild;
import gloss.SiteLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The sample digest in {@code content/}, built with the default theme and served over HTTP under a
 * base path (as GitHub Pages serves a project site), in headless Chromium: every kind of page loads
 * its own stylesheet and script under the strict CSP without errors, fits narrow screens without
 * sideways scrolling, and the article's margin notes behave at both widths. Screenshots land in
 * {@code target/screenshots/}.
 */
class SampleSiteInBrowserIT {
  static final int WIDE = 1280;
  static final int NARROW = 390;
  static final String BASE_PATH = "/digest/";
  static final String ARTICLE = "articles/china-acknowledges-cyberattacks-over-taiwan/index.html";

  @TempDir static Path dir;
  static SiteServer server;
  static String base;
  static Browser browser;

  @BeforeAll
  static void buildAndServe() throws IOException {
    Browser.assumeAvailable();
    Path output = dir.resolve("site-output");
    server = SiteServer.start(output, BASE_PATH);
    base = server.base();

    Path project = Path.of("").toAbsolutePath();
    BuildResult result =
        SiteBuild.build(
            new SiteLayout(
                project, project.resolve("content"), project.resolve("templates"), output, base));
    assertThat(result.diagnostics()).isEmpty();
    browser = Browser.open(WIDE, 900);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  static Stream<Arguments> pages() {
    List<String> pages =
        List.of(
            "index.html",
            ARTICLE,
            "people/index.html",
            "people/nate-fick/index.html",
            "places/geneva/index.html",
            "organizations/volt-typhoon/index.html",
            "authors/index.html",
            "authors/mlindqvist/index.html",
            "search/index.html");
    return pages.stream().flatMap(p -> Stream.of(WIDE, NARROW).map(w -> Arguments.of(p, w)));
  }

  @ParameterizedTest(name = "{0} at {1}px")
  @MethodSource("pages")
  void pageRendersStyledWithoutErrorsOrSidewaysScrolling(String page, int width) {
    browser.resize(width, 900);
    browser.driver().get(base + page);
    browser.settle();
    assertThat(browser.problems()).as("script errors and CSP violations").isEmpty();
    assertThat(browser.js("return document.documentElement.classList.contains('js')"))
        .as("gloss.js ran")
        .isEqualTo(true);
    assertThat(
            browser.js(
                "return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle"))
        .as("gloss.css applied")
        .isEqualTo("solid");
    assertThat(NotesGeometry.num(browser.js("return document.documentElement.scrollWidth")))
        .as("no sideways scrolling")
        .isLessThanOrEqualTo(width);
    String name = page.replace("/index.html", "").replace(".html", "").replace('/', '-');
    browser.screenshot(
        MarginNotesLayoutIT.SCREENSHOTS.resolve("sample-" + name + "-" + width + ".png"));
  }

  @Test
  void sampleArticleNotesSitBesideTheirPassagesOnWideScreensAndFollowThemOnNarrowOnes() {
    browser.resize(WIDE, 900);
    browser.driver().get(base + ARTICLE);
    browser.settle();
    assertThat(NotesGeometry.placed(browser)).hasSizeGreaterThanOrEqualTo(5);
    NotesGeometry.assertInMarginLevelOrStacked(browser);

    browser.resize(NARROW, 900);
    browser.settle();
    NotesGeometry.assertNotesFollowTheirParagraphs(browser);
    assertThat(browser.problems()).isEmpty();
  }

  @Test
  void searchFindsAsTheReaderTypesAndEnterStaysOnThePage() {
    browser.resize(WIDE, 900);
    browser.driver().get(base + "search/index.html");
    browser.settle();
    browser.driver().findElement(By.id("search-query")).sendKeys("Geneva");
    // The index loads as scripts from under the base path, so results come a moment later.
    browser.waitFor("return document.querySelectorAll('#search-results li a').length > 0");
    browser.driver().findElement(By.id("search-query")).sendKeys(Keys.ENTER);
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(base + "search/index.html?q=Geneva");
    assertThat(browser.problems()).as("no blocked form submission").isEmpty();
  }

  @Test
  void notFoundPageIsStyledAndItsLinksWorkAtAnyDepth() {
    browser.resize(WIDE, 900);
    browser.driver().get(base + "no/such/section/page.html");
    browser.settle();
    assertThat(browser.driver().getTitle()).startsWith("Page not found");
    assertThat(browser.problems()).isEmpty();
    assertThat(
            browser.js(
                "return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle"))
        .as("gloss.css loads from the base path")
        .isEqualTo("solid");
    @SuppressWarnings("unchecked")
    List<String> links =
        (List<String>)
            browser.js(
                "return [...document.querySelectorAll('main a, .site-header a')].map(a => a.getAttribute('href'))");
    assertThat(links).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith(BASE_PATH));
    browser.driver().findElement(By.linkText("The latest articles")).click();
    browser.settle();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(base + "index.html");
    assertThat(browser.driver().findElements(By.cssSelector(".article-card"))).isNotEmpty();
  }

  @Test
  void entityPageMentionLinksLandOnTheExactMentionInTheArticle() {
    browser.resize(WIDE, 900);
    browser.driver().get(base + "people/nate-fick/index.html");
    browser.settle();
    String href =
        browser
            .driver()
            .findElement(By.cssSelector("ol.backlinks > li:has(> .context) > h4 > a"))
            .getDomAttribute("href");
    browser
        .driver()
        .findElement(By.cssSelector("ol.backlinks > li:has(> .context) > h4 > a"))
        .click();
    browser.settle();
    String id = href.substring(href.indexOf('#') + 1);
    @SuppressWarnings("unchecked")
    Map<String, Object> target =
        (Map<String, Object>)
            browser.js(
                "const el = document.getElementById(arguments[0]); const r = el.getBoundingClientRect();"
                    + "return {text: el.textContent, top: r.top, inView: r.top >= 0 && r.bottom <= innerHeight};",
                id);
    assertThat(target.get("text")).isEqualTo("Nate Fick");
    assertThat(target.get("inView")).isEqualTo(true);
  }
}
