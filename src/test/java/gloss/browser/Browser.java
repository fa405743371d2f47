package gloss.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests, driven through the system's chromedriver.
 *
 * <p>Nothing is ever downloaded: the driver and browser paths are given explicitly, so Selenium
 * Manager is skipped. When either binary is missing the calling test is skipped, unless {@code
 * GLOSS_REQUIRE_BROWSER=1} is set (as on CI), in which case it fails.
 *
 * <pre>{@code
 * try (Browser browser = Browser.open(1280, 900)) {
 *   browser.load(site.output().resolve("articles/a/index.html"));
 *   Number top = (Number) browser.js("return document.querySelector('.note').offsetTop");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String REQUIRE_ENV = "GLOSS_REQUIRE_BROWSER";

  private static final List<String> ARGUMENTS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-dev-shm-usage",
          "--hide-scrollbars",
          "--force-device-scale-factor=1",
          "--lang=en-US");

  /**
   * Selenium warns that it has no CDP bindings for this Chromium version; the raw CDP commands used
   * here do not need them. Held in a field: loggers are weakly referenced.
   */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  static {
    SELENIUM_LOG.setLevel(Level.SEVERE);
  }

  private final ChromeDriver driver;
  private final Path profile;
  private final boolean javascript;

  private Browser(ChromeDriver driver, Path profile, boolean javascript) {
    this.driver = driver;
    this.profile = profile;
    this.javascript = javascript;
  }

  /**
   * Skips the calling test when Chromium or chromedriver is not installed; fails instead when
   * {@code GLOSS_REQUIRE_BROWSER=1}.
   */
  public static void assumeAvailable() {
    assumeAvailable(CHROMIUM, CHROMEDRIVER, System.getenv(REQUIRE_ENV));
  }

  static void assumeAvailable(Path chromium, Path chromedriver, String require) {
    boolean present = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
    if (present) {
      return;
    }
    String message =
        "browser tests need "
            + chromium
            + " and "
            + chromedriver
            + " (apt-get install chromium chromium-driver)";
    if ("1".equals(require)) {
      fail(message + "; " + REQUIRE_ENV + "=1 makes them required");
    }
    Assumptions.assumeTrue(false, message);
  }

  /**
   * Recorded in every page before its own scripts run: uncaught errors and Content-Security-Policy
   * violations, so that tests can assert that a page ran cleanly under its policy.
   */
  private static final String PROBLEM_RECORDER =
      "window.__glossProblems = [];"
          + "window.addEventListener('error', e => window.__glossProblems.push('error: ' + e.message"
          + " + ' at ' + e.filename + ':' + e.lineno), true);"
          + "document.addEventListener('securitypolicyviolation', e => window.__glossProblems.push("
          + "'csp: ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));";

  /** Starts a fresh headless browser (own profile in a temporary folder) with this viewport. */
  public static Browser open(int width, int height) {
    return open(width, height, true);
  }

  /**
   * Starts a fresh headless browser with this viewport; {@code javascript = false} turns scripts
   * off, to check what a reader without JavaScript gets.
   */
  public static Browser open(int width, int height, boolean javascript) {
    assumeAvailable();
    // Selenium Manager would look for (and could download) drivers and browsers: never.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    System.setProperty("SE_AVOID_STATS", "true");
    System.setProperty("SE_OFFLINE", "true");
    Path profile;
    try {
      profile = Files.createTempDirectory("gloss-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(ARGUMENTS);
    options.addArguments("--user-data-dir=" + profile, "--window-size=" + width + "," + height);
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      deleteTree(profile);
      throw e;
    }
    Browser browser = new Browser(driver, profile, javascript);
    try {
      browser.resize(width, height);
      browser.emulate("screen", "light");
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBLEM_RECORDER));
    } catch (RuntimeException e) {
      browser.close();
      throw e;
    }
    return browser;
  }

  /**
   * Emulates a media type ({@code screen}, {@code print}) and colour scheme ({@code light}, {@code
   * dark}); always with reduced motion, so that no smooth scrolling or transition moves what a
   * click or a measurement targets.
   */
  public void emulate(String media, String colorScheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "media",
            media,
            "features",
            List.of(
                Map.of("name", "prefers-reduced-motion", "value", "reduce"),
                Map.of("name", "prefers-color-scheme", "value", colorScheme))));
  }

  /**
   * Runs axe-core (vendored from npm in {@code src/test/resources/browser/axe/}, with its licence)
   * on the current page: every rule that is on by default, all impacts.
   *
   * @return one line per violation: rule, impact and the first offending elements
   */
  @SuppressWarnings("unchecked")
  public List<String> axeViolations() {
    if (driver.executeScript("return typeof window.axe") instanceof String t
        && t.equals("undefined")) {
      driver.executeScript(Axe.SOURCE + "\n;return true;");
    }
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>"
                + "  v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3)"
                + "    .map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    return List.copyOf((List<String>) result);
  }

  /** Read when first used: most browser tests do not run axe. */
  private static final class Axe {
    static final String SOURCE = readResource("/browser/axe/axe.min.js");
  }

  private static String readResource(String name) {
    try (var in = Browser.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the test classpath");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Sets the viewport (not the window) to exactly this size, in CSS pixels. */
  public void resize(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Opens a local file, e.g. a page of a built site, and waits for it to settle. */
  public void load(Path file) {
    driver.get(file.toAbsolutePath().toUri().toString());
    settle();
  }

  /** Waits for fonts and two animation frames, so that scripted layout has run. */
  public void settle() {
    if (!javascript) {
      return; // nothing scripted to wait for, and no way to run an asynchronous script
    }
    driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => done(true)));"
            + "(document.fonts ? document.fonts.ready : Promise.resolve()).then(frames);");
  }

  /**
   * Waits, up to 20 seconds, until {@code condition} (a script's body that returns a boolean) is
   * true: for what the page loads asynchronously, such as search results.
   */
  public void waitFor(String condition) {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!Boolean.TRUE.equals(js(condition))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited 20 s for: " + condition);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Runs a script in the page; see {@link JavascriptExecutor#executeScript}. */
  public Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Script errors and CSP violations of the current page so far (empty when it ran cleanly). */
  @SuppressWarnings("unchecked")
  public List<String> problems() {
    Object list = driver.executeScript("return window.__glossProblems || []");
    return List.copyOf((List<String>) list);
  }

  /** A screenshot of the whole page (not only the viewport) as a PNG file. */
  public Path screenshot(Path file) {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) size.get("width")).doubleValue();
    double height = ((Number) size.get("height")).doubleValue();
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
