package gloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash (here a theme whose macro calls itself for ever, so rendering overflows the stack in a
 * worker thread) exits 3 with one line, never 1: CI and editors tell content errors from bugs by
 * that status.
 */
class CrashStatusTest {
  @TempDir Path dir;

  @BeforeEach
  void writeASiteWithAnEndlesslyRecursiveTheme() throws IOException {
    TestSite.write(dir, BuildCommandTest.GOOD);
    Path theme = dir.resolve("theme");
    try (Stream<Path> files = Files.walk(TestSite.DEFAULT_TEMPLATES)) {
      for (Path p : files.toList()) {
        Path copy = theme.resolve(TestSite.DEFAULT_TEMPLATES.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(p, copy);
        }
      }
    }
    Files.writeString(
        theme.resolve("article.ftlh"), "<#macro down n><@down n + 1/></#macro><@down 0/>\n");
  }

  record Run(int status, String out, String err) {}

  Run gloss(String command, String... more) {
    String[] args =
        Stream.of(
                Stream.of(
                    command,
                    "--content",
                    dir.resolve("content").toString(),
                    "--templates",
                    dir.resolve("theme").toString()),
                command.equals("build")
                    ? Stream.of("--output", dir.resolve("site-output").toString())
                    : Stream.of(),
                Stream.of(more))
            .flatMap(s -> s)
            .toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void aStackOverflowInBuildExitsThreeWithOneLine() {
    Run run = gloss("build");
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err().lines())
        .containsExactly(
            "gloss: internal error: java.lang.StackOverflowError (run again with --debug for the stack trace)");
    assertThat(dir.resolve("site-output")).doesNotExist();
  }

  @Test
  void aStackOverflowInCheckExitsThreeWithOneLine() {
    Run run = gloss("check");
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err().lines())
        .containsExactly(
            "gloss: internal error: java.lang.StackOverflowError (run again with --debug for the stack trace)");
  }

  @Test
  void debugPrintsTheTraceOfTheCrashAfterItsLine() {
    Run run = gloss("build", "--debug");
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).startsWith("gloss: internal error: java.lang.StackOverflowError\n");
    assertThat(run.err()).contains("\tat freemarker.");
  }
}
