package gloss.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without Chromium, browser tests are skipped; with GLOSS_REQUIRE_BROWSER=1 they fail instead. */
class BrowserAvailabilityIT {
  static final Path MISSING = Path.of("/nonexistent/gloss/chromium");

  @Test
  void missingBrowserSkipsTheTest() {
    assertThatThrownBy(() -> Browser.assumeAvailable(MISSING, Browser.CHROMEDRIVER, null))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("apt-get install chromium chromium-driver");
    assertThatThrownBy(() -> Browser.assumeAvailable(Browser.CHROMIUM, MISSING, "0"))
        .isInstanceOf(TestAbortedException.class);
  }

  @Test
  void missingBrowserFailsTheTestWhenBrowsersAreRequired() {
    assertThatThrownBy(() -> Browser.assumeAvailable(MISSING, MISSING, "1"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("GLOSS_REQUIRE_BROWSER=1");
  }

  @Test
  void presentBinariesAreAccepted() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    assertThatCode(() -> Browser.assumeAvailable(java, java, "1")).doesNotThrowAnyException();
  }
}
