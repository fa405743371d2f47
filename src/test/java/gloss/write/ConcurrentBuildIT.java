package gloss.write;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code gloss build} processes into the same output folder at once: the one that comes second
 * is refused with one line naming the first, and the output is one complete site.
 */
class ConcurrentBuildIT {
  private static final int ARTICLES = 300;

  @TempDir Path dir;

  @Test
  void secondOfTwoSimultaneousBuildsIsRefusedAndTheSiteIsComplete() throws Exception {
    writeCorpus();
    Path lock = dir.resolve(".site-output.gloss-lock");
    Process first = startBuild("first");
    while (!Files.exists(lock) && first.isAlive()) {
      Thread.sleep(5);
    }
    Process second = startBuild("second");
    int firstStatus = first.waitFor();
    int secondStatus = second.waitFor();

    assertThat(firstStatus).isZero();
    String secondErr = Files.readString(dir.resolve("second.err"), StandardCharsets.UTF_8);
    if (secondStatus != 0) {
      // The usual case: the second build starts while the first holds the lock.
      assertThat(secondStatus).isEqualTo(2);
      assertThat(secondErr.lines())
          .containsExactly(
              "gloss: output folder "
                  + dir.resolve("site-output")
                  + " is being written by another gloss"
                  + " build (process "
                  + first.pid()
                  + "); wait for it to finish, or choose another --output");
    }
    assertThat(files(dir.resolve("site-output"))).isEqualTo(expectedFiles());
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith(".site-output."));
    }
  }

  private Set<String> expectedFiles() throws IOException {
    Path reference = dir.resolve("reference");
    Process alone = startBuild("alone", reference);
    try {
      assertThat(alone.waitFor()).isZero();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    return files(reference);
  }

  private Process startBuild(String name) throws IOException {
    return startBuild(name, dir.resolve("site-output"));
  }

  private Process startBuild(String name, Path output) throws IOException {
    return ChildBuild.start(
        dir, output, ProcessBuilder.Redirect.to(dir.resolve(name + ".err").toFile()));
  }

  private void writeCorpus() {
    StringBuilder fixture = new StringBuilder();
    fixture.append(
        "-- content/people/ada.md --\n---\nname: Ada Lovelace\naliases: [Ada]\n---\nA mathematician.\n");
    for (int i = 1; i <= ARTICLES; i++) {
      fixture.append(String.format(Locale.ROOT, "-- content/articles/a%04d.md --%n", i));
      fixture.append("---\ntitle: Article ").append(i).append("\ndate: 2024-01-01\n---\n");
      for (int p = 0; p < 6; p++) {
        fixture
            .append("Ada wrote notes on the analytical engine, paragraph ")
            .append(p)
            .append(".\n\n");
      }
    }
    TestSite.write(dir, fixture.toString());
  }

  private static Set<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      Set<String> names = new TreeSet<>();
      walk.filter(Files::isRegularFile).forEach(p -> names.add(root.relativize(p).toString()));
      return names;
    }
  }
}
