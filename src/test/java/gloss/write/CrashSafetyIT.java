package gloss.write;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.SiteBuild;
import gloss.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at any moment leaves the previous site as it was, and the next build
 * cleans up and succeeds.
 */
class CrashSafetyIT {
  private static final int ARTICLES = 1200;

  @TempDir Path dir;

  @Test
  void killedBuildLeavesPreviousSiteIntactAndNextBuildSucceeds() throws Exception {
    writeCorpus("First edition");
    assertThat(SiteBuild.build(TestSite.layout(dir)).published()).isTrue();
    Map<String, String> previous = snapshot(dir.resolve("site-output"));

    writeCorpus("Second edition");
    long[] killAfterMillis = {150, 400, 800, 1400, 2200};
    for (long delay : killAfterMillis) {
      Process child = startBuild();
      Thread.sleep(delay);
      child.destroyForcibly().waitFor();
      try (Stream<Path> siblings = Files.list(dir)) {
        assertThat(siblings.map(p -> p.getFileName().toString()))
            .as("what a killed build leaves is plainly Gloss's")
            .allMatch(
                name ->
                    name.equals("content")
                        || name.equals("site-output")
                        || name.matches("\\.site-output\\.gloss-(staging-\\d+|old-\\d+|lock)"));
      }
      Map<String, String> after = snapshot(dir.resolve("site-output"));
      if (!after.equals(previous)) {
        // The child may have finished before the kill: then the site must be the complete new one.
        assertThat(after.keySet()).isEqualTo(previous.keySet());
        assertThat(after.get("articles/a0001/index.html"))
            .isNotEqualTo(previous.get("articles/a0001/index.html"));
        previous = after;
      }
    }

    Process finish = startBuild();
    assertThat(finish.waitFor()).isZero();
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith(".site-output."));
    }
    assertThat(Files.readString(dir.resolve("site-output/articles/a0001/index.html")))
        .contains("Second edition");
  }

  private Process startBuild() throws IOException {
    return ChildBuild.start(dir, dir.resolve("site-output"), ProcessBuilder.Redirect.DISCARD);
  }

  private void writeCorpus(String edition) throws IOException {
    StringBuilder fixture = new StringBuilder();
    fixture.append(
        "-- content/people/ada.md --\n---\nname: Ada Lovelace\naliases: [Ada]\n---\nA mathematician.\n");
    for (int i = 1; i <= ARTICLES; i++) {
      fixture.append(String.format(java.util.Locale.ROOT, "-- content/articles/a%04d.md --%n", i));
      fixture
          .append("---\ntitle: ")
          .append(edition)
          .append(' ')
          .append(i)
          .append("\ndate: 2024-01-01\n---\n");
      for (int p = 0; p < 8; p++) {
        fixture
            .append("Ada wrote notes on the analytical engine, paragraph ")
            .append(p)
            .append(", with care and at length about numbers and their symbols.\n\n");
      }
    }
    TestSite.write(dir, fixture.toString());
  }

  private static Map<String, String> snapshot(Path root) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    return TestSite.filesByPath(
        root, file -> HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
  }
}
