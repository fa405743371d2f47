package gloss.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Live reload in a real browser (headless Chromium from Debian's {@code chromium} and {@code
 * chromium-driver}): an edit on disk shows in the open page with no manual reload, a broken file
 * shows an overlay naming the file and line, and fixing it removes the overlay. Skipped when the
 * browser is not installed, unless {@code GLOSS_REQUIRE_BROWSER=1}.
 */
class LiveReloadBrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String ANNOTATION = "content/annotations/engine/2024-01-05-kim-first.md";

  /** Selenium warns that it has no DevTools bindings for this Chromium; they are not used. */
  private static final java.util.logging.Logger SELENIUM_LOG = quiet("org.openqa.selenium");

  @TempDir Path dir;
  @TempDir Path profile;
  ServedSite site;
  ChromeDriver browser;

  @BeforeEach
  void startBrowser() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      if ("1".equals(System.getenv("GLOSS_REQUIRE_BROWSER"))) {
        fail(
            "GLOSS_REQUIRE_BROWSER=1 but "
                + CHROMIUM
                + " or "
                + CHROMEDRIVER
                + " is missing: apt-get install -y chromium chromium-driver");
      }
      Assumptions.abort(
          "headless Chromium is not installed (apt-get install -y chromium chromium-driver)");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1200,800",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  @Test
  void editShowsInTheOpenPageAndErrorsShowAsAnOverlay() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      body.append("Paragraph ").append(i).append(" of a long article about the engine.\n\n");
    }
    site =
        ServedSite.serve(
            dir,
            """
        -- content/articles/engine.md --
        ---
        title: The Analytical Engine
        date: 2024-01-02
        ---
        """
                + body
                + """
        -- content/annotations/engine/2024-01-05-kim-first.md --
        ---
        author: Kim Lee
        date: 2024-01-05
        ---
        The first version of this note.
        """,
            "/digest/",
            false);
    browser.get(site.base() + "/digest/articles/engine/");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("The first version of this note.");
    await(
        "the page to listen for changes",
        Duration.ofSeconds(10),
        () -> site.server.openPages() >= 1);
    js(
        "window.scrollTo({left: 0, top: 400, behavior: 'instant'}); window.__glossMarker = 'not reloaded';");
    assertThat(scrollY()).isEqualTo(400);

    // An edit on disk shows without a manual reload, at the same scroll position.
    String good = site.read(ANNOTATION);
    site.write(ANNOTATION, good.replace("first version", "second version"));
    await(
        "the edited note",
        Duration.ofSeconds(2),
        () ->
            browser
                .findElement(By.tagName("body"))
                .getText()
                .contains("The second version of this note."));
    assertThat(js("return window.__glossMarker || 'reloaded'")).isEqualTo("reloaded");
    await("the scroll position to come back", Duration.ofSeconds(5), () -> scrollY() == 400);

    // Broken YAML: the page keeps the last good version under an overlay naming file and line.
    await("the page to listen again", Duration.ofSeconds(10), () -> site.server.openPages() >= 1);
    site.write(ANNOTATION, good.replace("author: Kim Lee", "author: [Kim Lee"));
    await("the error overlay", Duration.ofSeconds(10), () -> !overlays().isEmpty());
    WebElement overlay = overlays().get(0);
    assertThat(overlay.isDisplayed()).isTrue();
    assertThat(overlay.getText()).contains(ANNOTATION + ":2:9: error: this '[' is never closed");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("The second version of this note.");

    // Fixed: the overlay goes and the page shows the fix.
    site.write(ANNOTATION, good.replace("first version", "third version"));
    await("the overlay to go", Duration.ofSeconds(10), () -> overlays().isEmpty());
    await(
        "the fixed note",
        Duration.ofSeconds(10),
        () ->
            browser
                .findElement(By.tagName("body"))
                .getText()
                .contains("The third version of this note."));
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  private List<WebElement> overlays() {
    return browser.findElements(By.id("gloss-error-overlay"));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private long scrollY() {
    return ((Number) js("return Math.round(window.scrollY)")).longValue();
  }

  private static void await(String what, Duration timeout, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if (condition.get()) {
          return;
        }
      } catch (RuntimeException e) {
        // the page is reloading; ask again
      }
      if (System.nanoTime() > deadline) {
        fail("waited " + timeout.toMillis() + " ms for " + what);
      }
      ServedSite.sleep(25);
    }
  }
}
