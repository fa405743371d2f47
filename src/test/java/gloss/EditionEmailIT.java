package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.conformance.NuHtmlChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The e-mail issue is valid HTML by the Nu checker, like the site's pages. */
class EditionEmailIT {
  @Test
  void emailIssueHasNoNuCheckerErrors(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.build(dir, EditionsTest.SITE);
    byte[] html = Files.readAllBytes(site.output().resolve("editions/first/email.html"));
    assertThat(
            new NuHtmlChecker()
                .check("editions/first/email.html", html).stream()
                    .filter(m -> m.severity().equals("error"))
                    .map(NuHtmlChecker.Message::toString))
        .isEmpty();
  }
}
