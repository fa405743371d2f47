package gloss.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import gloss.browser.NotesGeometry.Placed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Margin notes in a real browser (headless Chromium), on two pages with the same markup: an article
 * built from a fixture by the whole pipeline, and a hand-written static page ({@code
 * src/test/resources/browser/article-fixture.html}) that tests the theme's CSS and JS on their own.
 * At 1280px notes sit in the margin, level with their passages and never overlapping; at 390px each
 * note follows the paragraph holding its passage.
 */
class MarginNotesLayoutIT {
  static final int WIDE = 1280;
  static final int NARROW = 390;
  static final int HEIGHT = 900;

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static final String FIXTURE =
      """
      -- content/articles/harbour-talks.md --
      ---
      title: Harbour talks resume after a long winter
      date: 2025-03-02
      source: The Example Gazette
      url: https://example.com/harbour-talks
      authors: [Jane Doe]
      summary: Negotiators from Northport and Southby met again in Geneva to settle who looks after the old breakwater.
      ---
      Negotiators from Northport and Southby met again on Monday in Geneva, the first formal session since the talks broke down in the autumn over the cost of harbour repairs.

      The harbour authority said the agenda would cover dredging, berth fees and the shared pilot service. Officials on both sides described the mood as cautious but constructive, and several delegates said a framework agreement could be ready by the summer.

      At the centre of the dispute is the old breakwater, which both towns claim to maintain. Southby says it has paid for repairs since 2011; Northport says the harbour charter of 1887 leaves the structure in its care. Lawyers for the two towns have exchanged more than forty letters on the question.

      Ada Lovelace, who chairs the talks, declined to predict the outcome. "We are further along than the headlines suggest," she told reporters outside the hall, adding that both delegations had asked for more time to consult their councils.

      Observers listed three open questions:

      - who pays for the breakwater repairs,
      - how the fees are split between the towns,
      - whether the pilot service stays shared.

      The next session is planned for April, again in Geneva, and both towns have agreed not to comment on the talks until then.
      -- content/people/ada-lovelace.md --
      ---
      name: Ada Lovelace
      aliases: [Lovelace]
      role: Chair of the harbour talks
      ---
      The chair of the harbour talks.
      -- content/places/geneva.md --
      ---
      name: Geneva
      kind: city
      country: Switzerland
      ---
      A city in Switzerland.
      -- content/annotations/harbour-talks/2025-03-03-agenda.md --
      ---
      author: Maria Lindqvist
      github: mlindqvist
      date: 2025-03-03
      quote: cover dredging, berth fees and the shared pilot service
      ---
      Dredging is the expensive item: the channel has silted up since the last survey, and neither town budgeted for it this year.
      -- content/annotations/harbour-talks/2025-03-03-fees.md --
      ---
      author: Ravi Patel
      github: rpatel
      date: 2025-03-03
      quote: dredging, berth fees
      ---
      Berth fees were last revised in 2019.
      -- content/annotations/harbour-talks/2025-03-04-breakwater.md --
      ---
      author: Tabitha Kamau
      github: tkamau
      date: 2025-03-04
      quote: the old breakwater, which both towns claim to maintain
      ---
      The breakwater dates from the 1880s. Its maintenance has never been formally assigned, which is why both towns can point to repairs they paid for.

      Surveys in 2018 and 2022 both found the outer section in poor condition; the second recommended urgent work on the foundations before the winter storms.
      -- content/annotations/harbour-talks/2025-03-04-charter.md --
      ---
      author: Maria Lindqvist
      github: mlindqvist
      date: 2025-03-04
      quote: the harbour charter of 1887
      ---
      The charter is held in the county archive. It names the "harbour commissioners" rather than either town, which is the root of the disagreement.
      -- content/annotations/harbour-talks/2025-03-05-chair.md --
      ---
      author: Ravi Patel
      github: rpatel
      date: 2025-03-05
      quote: Ada Lovelace, who chairs the talks
      ---
      Lovelace was appointed by the regional council last year and has no ties to either town.
      -- content/annotations/harbour-talks/2025-03-05-pilot.md --
      ---
      author: Tabitha Kamau
      github: tkamau
      date: 2025-03-05
      quote: whether the pilot service stays shared
      ---
      The shared pilot service is the one part of the arrangement that both towns say works well.
      -- content/annotations/harbour-talks/2025-03-06-overview.md --
      ---
      author: Ravi Patel
      github: rpatel
      date: 2025-03-06
      ---
      A useful summary; the dispute itself is older than either delegation.
      """;

  /** Every anchored note of the fixture, in passage order. */
  static final List<String> NOTES =
      List.of(
          "2025-03-03-agenda",
          "2025-03-03-fees",
          "2025-03-04-breakwater",
          "2025-03-04-charter",
          "2025-03-05-chair",
          "2025-03-05-pilot");

  @TempDir static Path dir;
  static Path builtPage;
  static Path staticPage;
  static Browser browser;

  @BeforeAll
  static void buildPagesAndOpenBrowser() throws IOException {
    Browser.assumeAvailable();
    TestSite site = TestSite.build(dir.resolve("site"), FIXTURE);
    assertThat(site.messages()).isEmpty();
    builtPage = site.output().resolve("articles/harbour-talks/index.html");

    Path page = dir.resolve("static");
    Files.createDirectories(page.resolve("assets"));
    try (InputStream in =
        MarginNotesLayoutIT.class.getResourceAsStream("/browser/article-fixture.html")) {
      assertThat(in).as("fixture on the test classpath").isNotNull();
      Files.copy(in, page.resolve("article-fixture.html"));
    }
    for (String asset : List.of("gloss.css", "gloss.js")) {
      Files.copy(
          TestSite.DEFAULT_TEMPLATES.resolve("assets").resolve(asset),
          page.resolve("assets").resolve(asset));
    }
    staticPage = page.resolve("article-fixture.html");
    browser = Browser.open(WIDE, HEIGHT);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  static Stream<Arguments> pages() {
    return Stream.of(Arguments.of("built", builtPage), Arguments.of("static", staticPage));
  }

  void open(Path page, int width) {
    browser.resize(width, HEIGHT);
    browser.load(page);
    assertThat(browser.problems()).as("script errors and CSP violations").isEmpty();
  }

  @ParameterizedTest(name = "{0} page")
  @MethodSource("pages")
  void wideScreenNotesSitInTheMarginLevelWithTheirPassagesWithoutOverlapping(
      String name, Path page) {
    open(page, WIDE);
    browser.screenshot(SCREENSHOTS.resolve("margin-notes-" + name + "-" + WIDE + ".png"));
    assertThat(NotesGeometry.placed(browser))
        .extracting(Placed::id)
        .containsExactlyInAnyOrderElementsOf(NOTES);
    List<String> pushed = NotesGeometry.assertInMarginLevelOrStacked(browser);
    // "agenda" and "fees" start on the same line: the second gives way to the first.
    assertThat(pushed).contains("2025-03-03-fees").doesNotContain("2025-03-03-agenda");
  }

  @ParameterizedTest(name = "{0} page")
  @MethodSource("pages")
  void narrowScreenNotesFollowTheParagraphHoldingTheirPassage(String name, Path page) {
    open(page, NARROW);
    browser.screenshot(SCREENSHOTS.resolve("margin-notes-" + name + "-" + NARROW + ".png"));
    assertThat(NotesGeometry.placed(browser)).hasSize(NOTES.size());
    assertThat(NotesGeometry.assertNotesFollowTheirParagraphs(browser))
        .as("notes inside list items")
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} page")
  @MethodSource("pages")
  void notesMoveBetweenMarginAndTextWhenTheWindowIsResized(String name, Path page) {
    open(page, NARROW);
    browser.resize(WIDE, HEIGHT);
    browser.settle();
    assertThat(number("return document.querySelectorAll('aside.notes > .note.anchored').length"))
        .isEqualTo(NOTES.size());
    NotesGeometry.assertInMarginLevelOrStacked(browser);
    browser.resize(NARROW, HEIGHT);
    browser.settle();
    NotesGeometry.assertNotesFollowTheirParagraphs(browser);
    assertThat(browser.problems()).isEmpty();
  }

  @ParameterizedTest(name = "{0} page at {2}px")
  @MethodSource("pagesAndWidths")
  void clickingAHighlightFocusesItsNote(String name, Path page, int width) {
    open(page, width);
    browser.driver().findElement(By.id("passage-2025-03-04-breakwater")).click();
    assertThat(activeElementId()).isEqualTo("note-2025-03-04-breakwater");
    assertThat(string("return document.activeElement.className")).contains("is-active");
    assertThat(string("return document.getElementById('passage-2025-03-04-breakwater').className"))
        .contains("is-active");

    // The second piece of a passage that crosses an entity link (the link itself stays a link).
    browser
        .driver()
        .findElement(By.cssSelector("mark.hl[data-annotation='2025-03-05-chair']:not([id])"))
        .click();
    assertThat(activeElementId()).isEqualTo("note-2025-03-05-chair");
    assertThat(string("return document.getElementById('note-2025-03-04-breakwater').className"))
        .doesNotContain("is-active");

    if (width == WIDE) {
      // The opened note is shown whole and pushes the others, still without overlap.
      NotesGeometry.assertInMarginLevelOrStacked(browser);
    }
    assertThat(browser.problems()).isEmpty();
  }

  @ParameterizedTest(name = "{0} page")
  @MethodSource("pages")
  void keyboardReachesANoteFromItsMarkerAndComesBack(String name, Path page) {
    open(page, WIDE);
    WebElement ref = browser.driver().findElement(By.id("ref-2025-03-04-charter"));
    ref.sendKeys(Keys.ENTER);
    assertThat(activeElementId()).isEqualTo("note-2025-03-04-charter");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
    assertThat(activeElementId()).isEqualTo("ref-2025-03-04-charter");
  }

  @ParameterizedTest(name = "{0} page")
  @MethodSource("pages")
  void hoveringANoteLightsUpItsWholePassage(String name, Path page) {
    open(page, WIDE);
    new Actions(browser.driver())
        .moveToElement(browser.driver().findElement(By.id("note-2025-03-05-chair")))
        .perform();
    assertThat(
            number(
                "return [...document.querySelectorAll('mark.hl[data-annotation=\"2025-03-05-chair\"]')]"
                    + ".filter(m => m.classList.contains('is-linked')).length"))
        .isEqualTo(2);
    assertThat(number("return document.querySelectorAll('mark.hl.is-linked').length")).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} page")
  @MethodSource("pages")
  void firstPieceOfEachPassagePointsAtItsNoteForAssistiveTechnology(String name, Path page) {
    open(page, WIDE);
    for (String id : NOTES) {
      WebElement first = browser.driver().findElement(By.id("passage-" + id));
      assertThat(first.getDomAttribute("aria-details")).isEqualTo("note-" + id);
      assertThat(first.getDomAttribute("aria-describedby")).isEqualTo("note-" + id);
      WebElement ref = browser.driver().findElement(By.id("ref-" + id));
      String number = ref.getDomAttribute("data-n");
      assertThat(number).as("marker number of %s", id).isNotBlank();
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("#note-" + id + " > .note-meta"))
                  .getDomAttribute("data-n"))
          .as("note number matches its marker")
          .isEqualTo(number);
    }
  }

  @ParameterizedTest(name = "{0} page")
  @MethodSource("pages")
  void withoutJavaScriptEveryNoteIsListedAndEveryMarkerLeadsToIt(String name, Path page) {
    try (Browser plain = Browser.open(WIDE, HEIGHT, false)) {
      plain.load(page);
      assertThat(plain.js("return document.documentElement.className")).isEqualTo("");
      for (String id : NOTES) {
        assertThat(plain.driver().findElement(By.id("note-" + id)).isDisplayed())
            .as("note %s", id)
            .isTrue();
      }
      plain.driver().findElement(By.id("ref-2025-03-05-pilot")).click();
      assertThat(plain.driver().getCurrentUrl()).endsWith("#note-2025-03-05-pilot");
      Object top =
          plain.js(
              "return document.getElementById('note-2025-03-05-pilot').getBoundingClientRect().top");
      assertThat(((Number) top).doubleValue())
          .as("the note was scrolled into view")
          .isBetween(-1.0, (double) HEIGHT);
    }
  }

  static Stream<Arguments> pagesAndWidths() {
    return pages()
        .flatMap(p -> Stream.of(WIDE, NARROW).map(w -> Arguments.of(p.get()[0], p.get()[1], w)));
  }

  static String activeElementId() {
    return string("return document.activeElement && document.activeElement.id");
  }

  static double number(String script) {
    return NotesGeometry.num(browser.js(script));
  }

  static String string(String script) {
    return String.valueOf(browser.js(script));
  }
}
