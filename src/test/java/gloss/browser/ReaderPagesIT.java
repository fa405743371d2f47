package gloss.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gloss.ReaderFixture;
import gloss.TestSite;
import gloss.render.WorldMap;
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
import org.openqa.selenium.interactions.Actions;

/**
 * Every kind of page a reader meets, in headless Chromium at 390, 1280 and 1920 px, served over
 * HTTP under the digest's base path: nothing wider than the screen, every section of the navigation
 * reachable with the current one in sight, no axe-core violation of any impact in light and dark
 * mode, visible focus; on the article, notes whole beside their passages unless one would push the
 * next more than a screen away; on entity pages, the timeline's bars lead to their month's
 * backlinks and map dots sit at their coordinates; printed, notes follow their paragraphs.
 * Screenshots of each page kind land in {@code target/screenshots/reader-*.png}.
 */
class ReaderPagesIT {
  static final int PHONE = 390;
  static final int LAPTOP = 1280;
  static final int WIDE = 1920;
  static final int HEIGHT = 900;
  static final String BASE = "/digest/";

  /** One page of each kind, by name. */
  static final Map<String, String> PAGES =
      Map.ofEntries(
          Map.entry("home", "index.html"),
          Map.entry("article", ReaderFixture.HARBOUR),
          Map.entry("person", "people/ada-lovelace/index.html"),
          Map.entry("place", "places/geneva/index.html"),
          Map.entry("organization", "organizations/harbour-authority/index.html"),
          Map.entry("places", "places/index.html"),
          Map.entry("people", "people/index.html"),
          Map.entry("contributors", "authors/index.html"),
          Map.entry("contributor", "authors/rpatel/index.html"),
          Map.entry("search", "search/index.html"),
          Map.entry("not-found", "no/such/page.html"));

  @TempDir static Path dir;
  static SiteServer server;
  static String base;
  static Browser browser;

  @BeforeAll
  static void buildServeAndOpen() throws IOException {
    Browser.assumeAvailable();
    TestSite site = TestSite.build(dir, ReaderFixture.txtar());
    assertThat(site.messages()).isEmpty();
    server = SiteServer.start(site.output(), BASE);
    base = server.base();
    browser = Browser.open(LAPTOP, HEIGHT);
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

  void open(String page, int width, String scheme) {
    browser.resize(width, HEIGHT);
    browser.emulate("screen", scheme);
    browser.driver().get(base + page);
    browser.settle();
    assertThat(browser.problems()).as("script errors and CSP violations").isEmpty();
  }

  static Stream<Arguments> pagesAtEveryWidth() {
    return PAGES.keySet().stream()
        .sorted()
        .flatMap(p -> Stream.of(PHONE, LAPTOP, WIDE).map(w -> Arguments.of(p, w)));
  }

  static Stream<Arguments> pagesInBothSchemes() {
    return PAGES.keySet().stream()
        .sorted()
        .flatMap(
            p ->
                Stream.of(PHONE, LAPTOP)
                    .flatMap(w -> Stream.of("light", "dark").map(s -> Arguments.of(p, w, s))));
  }

  static Stream<Arguments> widths() {
    return Stream.of(Arguments.of(PHONE), Arguments.of(LAPTOP), Arguments.of(WIDE));
  }

  @ParameterizedTest(name = "{0} at {1}px")
  @MethodSource("pagesAtEveryWidth")
  void nothingIsWiderThanTheScreenAndEveryNavigationItemIsReachable(String kind, int width) {
    open(PAGES.get(kind), width, "light");
    browser.screenshot(
        MarginNotesLayoutIT.SCREENSHOTS.resolve("reader-" + kind + "-" + width + ".png"));
    assertThat(NotesGeometry.num(browser.js("return document.documentElement.scrollWidth")))
        .as("no sideways scrolling")
        .isLessThanOrEqualTo(width);
    @SuppressWarnings("unchecked")
    List<String> sticking =
        (List<String>)
            browser.js(
                "return [...document.querySelectorAll('body *')].filter(el => {"
                    + "  const r = el.getBoundingClientRect();"
                    + "  return r.width > 1 && (r.right > innerWidth + 0.5 || r.left < -0.5);"
                    + "}).map(el => el.tagName + '.' + el.className)");
    assertThat(sticking).as("elements sticking out of the screen").isEmpty();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> nav =
        (List<Map<String, Object>>)
            browser.js(
                "return [...document.querySelectorAll('.site-nav a')].map(a => {"
                    + "  const r = a.getBoundingClientRect();"
                    + "  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                    + "  return {text: a.textContent.trim(), current: a.hasAttribute('aria-current'),"
                    + "    inside: r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight,"
                    + "    onTop: hit === a || a.contains(hit), height: r.height};"
                    + "})");
    assertThat(nav).hasSizeGreaterThanOrEqualTo(6);
    for (Map<String, Object> item : nav) {
      assertThat(item.get("inside")).as("%s is on screen", item.get("text")).isEqualTo(true);
      assertThat(item.get("onTop")).as("%s is not covered", item.get("text")).isEqualTo(true);
      assertThat(NotesGeometry.num(item.get("height")))
          .as("%s is big enough to tap", item.get("text"))
          .isGreaterThanOrEqualTo(24);
    }
    if (!kind.equals("not-found") && !kind.equals("home")) {
      assertThat(nav)
          .as("the current section is marked")
          .anyMatch(i -> i.get("current").equals(true));
    }
  }

  @ParameterizedTest(name = "{0} at {1}px, {2}")
  @MethodSource("pagesInBothSchemes")
  void axeFindsNoViolationOfAnyImpact(String kind, int width, String scheme) {
    open(PAGES.get(kind), width, scheme);
    if (scheme.equals("dark")) {
      browser.screenshot(
          MarginNotesLayoutIT.SCREENSHOTS.resolve("reader-" + kind + "-" + width + "-dark.png"));
    }
    assertThat(browser.axeViolations()).isEmpty();
    browser.emulate("screen", "light");
  }

  @ParameterizedTest(name = "{0}px")
  @MethodSource("widths")
  void everyInteractiveElementShowsWhereTheFocusIs(int width) {
    for (String kind : List.of("article", "place", "places", "not-found")) {
      open(PAGES.get(kind), width, "light");
      browser.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
      for (int i = 0; i < 40; i++) {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        @SuppressWarnings("unchecked")
        Map<String, Object> f =
            (Map<String, Object>)
                browser.js(
                    "const el = document.activeElement; const s = getComputedStyle(el);"
                        + "const mark = el.querySelector('rect, circle');"
                        + "const ms = mark ? getComputedStyle(mark) : null;"
                        + "return {what: el.tagName + ' ' + (el.getAttribute('href') || el.id),"
                        + "  body: el === document.body,"
                        + "  outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,"
                        + "  stroke: !!ms && ms.stroke !== 'none' && parseFloat(ms.strokeWidth) >= 2};");
        if (Boolean.TRUE.equals(f.get("body"))) {
          break;
        }
        assertThat(Boolean.TRUE.equals(f.get("outline")) || Boolean.TRUE.equals(f.get("stroke")))
            .as("%s on %s shows focus", f.get("what"), kind)
            .isTrue();
      }
    }
  }

  @ParameterizedTest(name = "{0}px")
  @MethodSource("widths")
  void notesAreWholeBesideTheirPassagesUnlessOneWouldPushTheNextAScreenAway(int width) {
    open(ReaderFixture.HARBOUR, width, "light");
    List<NotesGeometry.Placed> notes = NotesGeometry.placed(browser);
    assertThat(notes).hasSize(4);
    if (width == PHONE) {
      NotesGeometry.assertNotesFollowTheirParagraphs(browser);
    } else {
      List<String> pushed = NotesGeometry.assertInMarginLevelOrStacked(browser);
      for (NotesGeometry.Placed n : notes) {
        if (!pushed.contains(n.id())) {
          assertThat(Math.abs(n.top() - n.passageTop()))
              .as("%s starts within 40 px of its passage", n.id())
              .isLessThanOrEqualTo(40);
        }
        assertThat(n.top() - n.passageTop())
            .as("%s is within a screen of its passage", n.id())
            .isLessThanOrEqualTo(HEIGHT);
      }
      double gutter =
          NotesGeometry.num(
              browser.js(
                  "return document.querySelector('aside.notes').getBoundingClientRect().left"
                      + " - document.querySelector('.article-body').getBoundingClientRect().right"));
      assertThat(gutter).as("gutter between text and notes").isBetween(16.0, 64.0);
      assertThat(
              browser.js(
                  "return getComputedStyle(document.querySelector('.note-body')).fontFamily"))
          .as("notes in the text's typeface")
          .isEqualTo(
              browser.js(
                  "return getComputedStyle(document.querySelector('.article-body')).fontFamily"));
    }
    // The long first note shows its first paragraph whole; every other note is whole.
    Map<String, Object> state = noteState();
    assertThat(state.get("clamped")).isEqualTo(List.of("note-2025-03-03-agenda"));
    assertThat(state.get("cut"))
        .as("notes with hidden or cut-off text")
        .isEqualTo(List.of("note-2025-03-03-agenda"));
    assertThat(state.get("firstParagraphWhole")).isEqualTo(true);
    browser.driver().findElement(By.cssSelector("#note-2025-03-03-agenda .note-toggle")).click();
    browser.settle();
    assertThat(noteState().get("cut")).as("opened, the long note is whole").isEqualTo(List.of());
    assertThat(
            browser.js(
                "return document.querySelector('#note-2025-03-03-agenda .replies .note-body').offsetHeight"))
        .as("with its reply")
        .isNotEqualTo(0L);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> noteState() {
    return (Map<String, Object>)
        browser.js(
            "const notes = [...document.querySelectorAll('.note.anchored[data-passage]')];"
                + "const first = document.querySelector('#note-2025-03-03-agenda .note-body > :first-child');"
                + "return {clamped: notes.filter(n => n.classList.contains('is-clamped')).map(n => n.id),"
                + "  cut: notes.filter(n => [...n.querySelectorAll('.note-body > *, .replies')].some(c =>"
                + "    c.offsetHeight === 0 || c.scrollHeight > c.clientHeight + 1)).map(n => n.id),"
                + "  firstParagraphWhole: first.offsetHeight > 0 && first.scrollHeight <= first.clientHeight + 1};");
  }

  @Test
  void timelineBarsLeadToTheirMonthsBacklinksEvenOnALaterPage() {
    open("places/geneva/index.html", LAPTOP, "light");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> bars =
        (List<Map<String, Object>>)
            browser.js(
                "return [...document.querySelectorAll('.timeline-chart a')].map(a => ({"
                    + " month: a.getAttribute('href').split('#mentions-')[1],"
                    + " documents: +a.querySelector('title').textContent.match(/in (\\d+) texts?$/)[1],"
                    + " href: a.getAttribute('href')}))");
    assertThat(bars).hasSizeGreaterThan(10);
    Map<String, Object> oldest = bars.get(0);
    assertThat(String.valueOf(oldest.get("href"))).startsWith("page/2/");
    browser
        .driver()
        .findElement(
            By.cssSelector(".timeline-chart a[href$='#mentions-" + oldest.get("month") + "']"))
        .click();
    browser.settle();
    assertThat(browser.driver().getCurrentUrl()).endsWith("#mentions-" + oldest.get("month"));
    @SuppressWarnings("unchecked")
    Map<String, Object> month =
        (Map<String, Object>)
            browser.js(
                "const h = document.getElementById(location.hash.slice(1)); const r = h.getBoundingClientRect();"
                    + "return {inView: r.top >= 0 && r.top < innerHeight,"
                    + "  items: h.closest('.backlinks-month')"
                    + "    .querySelectorAll('ol.backlinks > li:not(.backlink-notes-only), .backlink-note').length};");
    assertThat(month.get("inView")).isEqualTo(true);
    assertThat(NotesGeometry.num(month.get("items")))
        .as("backlinks of %s", oldest.get("month"))
        .isEqualTo(NotesGeometry.num(oldest.get("documents")));
  }

  @ParameterizedTest(name = "{0}px")
  @MethodSource("widths")
  void mapDotsSitWhereTheirPlacesAre(int width) {
    open("places/index.html", width, "light");
    @SuppressWarnings("unchecked")
    Map<String, Object> dot =
        (Map<String, Object>)
            browser.js(
                "const a = document.querySelector('a.map-dot[href$=\"geneva/index.html\"]');"
                    + "const c = a.querySelector('circle'); const svg = c.ownerSVGElement;"
                    + "const box = svg.getBoundingClientRect(); const r = c.getBoundingClientRect();"
                    + "const vb = svg.viewBox.baseVal;"
                    + "return {x: (r.left + r.width / 2 - box.left) * vb.width / box.width + vb.x,"
                    + "        y: (r.top + r.height / 2 - box.top) * vb.height / box.height + vb.y,"
                    + "        unitsPerPixel: vb.width / box.width};");
    double[] at =
        WorldMap.fromSvg(NotesGeometry.num(dot.get("x")), NotesGeometry.num(dot.get("y")));
    // On screen a dot is placed to the pixel: allow 1.5 px, about 0.4° a map unit.
    double degrees = 1.5 * NotesGeometry.num(dot.get("unitsPerPixel")) * 0.4;
    assertThat(at[0]).as("latitude of Geneva's dot").isCloseTo(46.2044, within(degrees));
    assertThat(at[1]).as("longitude of Geneva's dot").isCloseTo(6.1432, within(degrees));
  }

  @Test
  void notFoundSearchBoxOpensTheSearchPageWithTheQuery() {
    open("no/such/page.html", LAPTOP, "light");
    browser.driver().findElement(By.id("not-found-query")).sendKeys("Geneva", Keys.ENTER);
    browser.settle();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(base + "search/index.html?q=Geneva");
    browser.waitFor("return document.getElementById('search-status').textContent !== ''");
    assertThat(browser.driver().findElements(By.cssSelector("#search-results li a"))).isNotEmpty();
  }

  @Test
  void printedNotesFollowTheirParagraphsAndLinksShowTheirAddress() {
    open(ReaderFixture.HARBOUR, LAPTOP, "light");
    browser.emulate("print", "light");
    browser.settle();
    try {
      NotesGeometry.assertNotesFollowTheirParagraphs(browser);
      assertThat(noteState().get("cut")).as("printed notes are whole").isEqualTo(List.of());
      assertThat(
              browser.js(
                  "return getComputedStyle(document.querySelector('.article-body a[href=\"https://example.com/agenda\"]'), '::after').content"))
          .isEqualTo("\" (https://example.com/agenda)\"");
    } finally {
      browser.emulate("screen", "light");
    }
  }
}
