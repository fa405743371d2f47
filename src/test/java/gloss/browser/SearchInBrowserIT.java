package gloss.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.BuildResult;
import gloss.SiteBuild;
import gloss.SiteLayout;
import gloss.TestSite;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page as a reader uses it, opened from {@code file://} (where the index must load as
 * scripts) under the theme's Content-Security-Policy: on the sample digest, each query of issue 15
 * finds its target first; on a generated digest of 1,000 articles, titles, aliases, phrases and
 * prefixes find theirs; nothing is found for a word that is not there, and a hostile note body
 * shows as text.
 */
class SearchInBrowserIT {
  @TempDir static Path dir;
  static Path sample;
  static Path generated;
  static Browser browser;

  @BeforeAll
  static void build() throws IOException, InterruptedException {
    Browser.assumeAvailable();
    Path project = Path.of("").toAbsolutePath();
    sample = dir.resolve("sample-output");
    BuildResult result =
        SiteBuild.build(
            new SiteLayout(
                project, project.resolve("content"), project.resolve("templates"), sample, null));
    assertThat(result.diagnostics()).isEmpty();

    Path corpus = dir.resolve("corpus");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                project.resolve("bench/GenerateCorpus.java").toString(),
                "--articles",
                "1000",
                "--out",
                corpus.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor()).as("GenerateCorpus exit status").isZero();
    generated = dir.resolve("generated-output");
    BuildResult big =
        SiteBuild.build(
            new SiteLayout(
                corpus, corpus.resolve("content"), project.resolve("templates"), generated, null));
    assertThat(big.diagnostics()).isEmpty();
    browser = Browser.open(1280, 900);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "{0} finds {1} first")
  @CsvSource(
      delimiter = '|',
      value = {
        "salt typhoon | Salt Typhoon",
        "Lin Jian     | Lin Jian",
        "WSJ          | The Wall Street Journal",
        "Nathaniel    | Nate Fick",
        "Tallinn      | Note by Ravi Patel on China acknowledges",
        "attacks      | China acknowledges its role in years of cyberattacks"
      })
  void eachIssueQueryFindsItsTargetFirst(String query, String title) {
    List<Result> results = search(sample, query);
    assertThat(results).isNotEmpty();
    assertThat(results.get(0).title()).startsWith(title);
    assertThat(browser.problems()).isEmpty();
  }

  @Test
  void noteResultLinksToTheNoteOnItsArticlePage() {
    Result first = search(sample, "Tallinn").get(0);
    assertThat(first.kind()).isEqualTo("Note");
    assertThat(first.url()).endsWith("#note-2025-04-12-rpatel-act-of-war");
    browser.driver().findElement(By.cssSelector(".search-result-title a")).click();
    browser.waitFor("return location.pathname.includes('/articles/')");
    WebElement note = browser.driver().findElement(By.id("note-2025-04-12-rpatel-act-of-war"));
    assertThat(note.getText()).contains("Tallinn Manual");
    browser.driver().navigate().back();
    waitForStatus();
    assertThat(browser.driver().findElement(By.id("search-query")).getAttribute("value"))
        .as("the back button returns to the search")
        .isEqualTo("Tallinn");
  }

  @Test
  void snippetHighlightsTheMatchedWordsAndTheCountIsAnnounced() {
    search(sample, "salt typhoon");
    List<String> marks =
        browser
            .driver()
            .findElements(By.cssSelector(".search-result:first-child .search-snippet mark"))
            .stream()
            .map(WebElement::getText)
            .toList();
    assertThat(marks).contains("Salt", "Typhoon");
    WebElement status = browser.driver().findElement(By.id("search-status"));
    assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
    assertThat(status.getText()).matches("\\d+ results?.*");
  }

  @Test
  void quotedPhraseFindsOnlyThePhrase() {
    List<Result> phrase = search(sample, "\"salt typhoon\"");
    assertThat(phrase).isNotEmpty();
    assertThat(phrase.get(0).title()).as("the entity of that name first").isEqualTo("Salt Typhoon");
    assertThat(phrase)
        .extracting(Result::title)
        .anyMatch(t -> t.startsWith("Note by Tabitha Kamau"));
    List<Result> reversed = search(sample, "\"typhoon salt\"");
    assertThat(reversed).isEmpty();
  }

  @Test
  void prefixFindsAsTheReaderTypes() {
    open(sample, "");
    WebElement box = browser.driver().findElement(By.id("search-query"));
    box.sendKeys("typh");
    waitForStatus();
    assertThat(results()).extracting(Result::title).contains("Volt Typhoon");
    assertThat(browser.driver().getCurrentUrl()).endsWith("?q=typh");
  }

  @Test
  void aShortLastWordIsSearchedOnceTheTypingPauses() {
    List<Result> expected = search(sample, "typhoon he");
    assertThat(expected).isNotEmpty().isNotEqualTo(search(sample, "typhoon"));
    open(sample, "");
    // A last word of one or two letters waits for a pause (as typed, it is mostly the start of a
    // longer word), and then narrows the results like any other word.
    browser.driver().findElement(By.id("search-query")).sendKeys("typhoon he");
    browser.waitFor("return location.search === '?q=typhoon+he'");
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!results().equals(expected)) {
      assertThat(System.nanoTime()).as("results for the typed query").isLessThan(deadline);
      browser.settle();
    }
  }

  @Test
  void nothingIsFoundForAWordThatIsNotThere() {
    assertThat(search(sample, "zyzzogeton")).isEmpty();
    assertThat(browser.driver().findElement(By.id("search-status")).getText())
        .isEqualTo("No results.");
  }

  @Test
  void filtersByKindAndByEntityMentioned() {
    open(sample, "?kind=note&entity=Volt+Typhoon");
    waitForStatus();
    List<Result> notes = results();
    assertThat(notes).isNotEmpty().allSatisfy(r -> assertThat(r.kind()).isEqualTo("Note"));
    open(sample, "?q=typhoon&kind=organization");
    waitForStatus();
    assertThat(results())
        .extracting(Result::title)
        .containsExactlyInAnyOrder("Salt Typhoon", "Volt Typhoon");
  }

  @Test
  void keyboardMovesFromTheBoxThroughTheResults() {
    search(sample, "typhoon");
    WebElement box = browser.driver().findElement(By.id("search-query"));
    box.sendKeys(Keys.ARROW_DOWN);
    List<WebElement> links =
        browser.driver().findElements(By.cssSelector(".search-result-title a"));
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(links.get(0));
    browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(links.get(1));
    browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(box);
  }

  @Test
  void aNoteBodyWithMarkupShowsAsText(@TempDir Path hostile) throws IOException {
    TestSite site =
        TestSite.build(
            hostile,
            """
            -- content/site.yml --
            title: Hostile
            -- content/articles/a.md --
            ---
            title: Plain article
            date: 2024-01-01
            ---
            Some quoted words here.
            -- content/annotations/a/2024-01-02-x-evil.md --
            ---
            author: Eve
            date: 2024-01-02
            quote: quoted words
            ---
            Look `<img src=x onerror=alert(1)>` and &lt;img src=x onerror=alert(2)&gt; evilword
            """);
    assertThat(site.diagnostics()).isEmpty();
    List<Result> results = search(site.output(), "evilword");
    assertThat(results).hasSize(1);
    assertThat(browser.driver().findElements(By.cssSelector("#search-results img"))).isEmpty();
    assertThat(browser.driver().findElement(By.cssSelector(".search-snippet")).getText())
        .contains("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(2)>");
    assertThat(browser.problems()).isEmpty();
  }

  @Test
  void generatedSiteFindsTitlesAliasesPhrasesAndPrefixes() throws IOException {
    Path corpus = generated.resolveSibling("corpus").resolve("content");
    // An article: its whole title finds it first.
    Path article;
    try (Stream<Path> files = Files.list(corpus.resolve("articles"))) {
      article = files.sorted().skip(137).findFirst().orElseThrow();
    }
    String title = frontMatter(article, "title");
    assertThat(search(generated, title).get(0).title()).isEqualTo(title);
    // An entity with an alias: the alias finds it first.
    Path entity;
    try (Stream<Path> files = Files.list(corpus.resolve("people"))) {
      entity =
          files
              .sorted()
              .filter(f -> frontMatter(f, "aliases").contains("\""))
              .findFirst()
              .orElseThrow();
    }
    String name = frontMatter(entity, "name");
    Matcher alias = Pattern.compile("\"([^\"]+)\"").matcher(frontMatter(entity, "aliases"));
    assertThat(alias.find()).isTrue();
    assertThat(search(generated, alias.group(1)).get(0).title()).isEqualTo(name);
    // A phrase from the article's text, in quotes, finds the article among few.
    String body = Files.readString(article).split("\n---\n", 2)[1];
    String[] sentence = body.strip().split("[.,]")[0].split("\\s+");
    String phrase = String.join(" ", List.of(sentence).subList(0, Math.min(5, sentence.length)));
    assertThat(search(generated, "\"" + phrase + "\"")).extracting(Result::title).contains(title);
    // The title up to its longest word, that word cut short, finds it as the reader types.
    List<String> titleWords = List.of(title.replaceAll("[^\\p{L}\\p{N} ]", "").split(" +"));
    int longest = 0;
    for (int i = 1; i < titleWords.size(); i++) {
      if (titleWords.get(i).length() > titleWords.get(longest).length()) {
        longest = i;
      }
    }
    String typed =
        String.join(" ", titleWords.subList(0, longest))
            + " "
            + titleWords.get(longest).substring(0, 4);
    assertThat(search(generated, typed)).extracting(Result::title).contains(title);
    assertThat(search(generated, "zyzzogeton")).isEmpty();
    assertThat(browser.problems()).isEmpty();
  }

  record Result(String kind, String title, String url) {}

  private static String frontMatter(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(key + ":")) {
          String v = line.substring(key.length() + 1).strip();
          return v.startsWith("\"") && v.endsWith("\"") && !key.equals("aliases")
              ? v.substring(1, v.length() - 1)
              : v;
        }
      }
      return "";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void open(Path site, String query) {
    browser.driver().get(site.resolve("search/index.html").toUri() + query);
    browser.settle();
  }

  private static List<Result> search(Path site, String query) {
    open(site, "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
    waitForStatus();
    return results();
  }

  /** Waits until the search has answered: results listed, or a status saying there are none. */
  private static void waitForStatus() {
    browser.waitFor(
        "const status = document.getElementById('search-status').textContent;"
            + "return status !== '' && (document.querySelectorAll('#search-results li').length > 0"
            + " || /^No /.test(status));");
  }

  @SuppressWarnings("unchecked")
  private static List<Result> results() {
    List<Map<String, String>> rows =
        (List<Map<String, String>>)
            browser.js(
                "return Array.from(document.querySelectorAll('#search-results li')).map(li => ({"
                    + "kind: li.querySelector('.search-result-kind').textContent,"
                    + "title: li.querySelector('.search-result-title').textContent,"
                    + "url: li.querySelector('.search-result-title a').href}))");
    return rows.stream().map(r -> new Result(r.get("kind"), r.get("title"), r.get("url"))).toList();
  }
}
