package gloss.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash in a rebuild (here a theme whose macro calls itself for ever) does not stop serve. */
class RebuildCrashIT {
  @TempDir Path dir;
  ServedSite site;

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void aStackOverflowInABuildIsReportedOnOneLineAndServeGoesOn() throws IOException {
    site =
        ServedSite.serve(
            dir,
            DevServerIT.SITE
                + "-- templates/index.ftlh --\n<#macro down n><@down n + 1/></#macro><@down 0/>\n",
            "/",
            false);
    assertThat(site.reported).hasSize(1);
    assertThat(site.reported.get(0).stream().map(Diagnostic::message))
        .contains("internal error: java.lang.StackOverflowError");
    assertThat(site.get("/").statusCode()).as("pages show the errors").isEqualTo(500);
  }
}
