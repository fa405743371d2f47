package gloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import gloss.write.OutputSafety;
import gloss.write.SiteWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gloss build} as a user runs it: exit status, what it prints, what it leaves behind. */
class BuildCommandTest {
  @TempDir Path dir;

  static final String GOOD =
      """
      -- content/places/geneva.md --
      ---
      name: Geneva
      ---
      -- content/articles/a.md --
      ---
      title: Talks
      date: 2024-01-02
      ---
      Envoys met in Geneva.
      """;

  /** One run of the command line, with its exit status and both streams. */
  record Run(int status, String out, String err) {}

  /**
   * Runs {@code gloss build} on the fixture folder; paths are absolute, as the CLI resolves
   * relative ones against the JVM's working directory.
   */
  Run build(String... extra) {
    String[] args = {
      "build",
      "--content",
      dir.resolve("content").toString(),
      "--templates",
      TestSite.DEFAULT_TEMPLATES.toString(),
      "--output",
      output().toString()
    };
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return run(all);
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  Path output() {
    return dir.resolve("site-output");
  }

  @Test
  void goodBuildExitsWithStatusZeroAndSaysWhatItWrote() {
    TestSite.write(dir, GOOD);
    Run run = build();
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("built ").contains(" into " + output());
    assertThat(output().resolve("articles/a/index.html")).exists();
  }

  @Test
  void contentErrorsExitWithStatusOneAndPrintEachDiagnosticWithoutAStackTrace() {
    TestSite.write(
        dir,
        GOOD
            + """
            -- content/articles/b.md --
            ---
            title: B
            date: 2024-02-30
            ---
            -- content/people/nobody.md --
            """);
    Run run = build();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            dir.resolve("content/articles/b.md")
                + ":3:7: error: 2024-02-30 is not a date: February 2024 has 29 days",
            dir.resolve("content/people/nobody.md") + ":1:1: error: file is empty",
            "2 errors, 0 warnings",
            "build failed; " + output() + " was left as it was");
    assertNoStackTrace(run.err());
  }

  @Test
  void templateErrorsExitWithStatusOneAndNameTheTemplate() throws IOException {
    TestSite.write(dir, GOOD);
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates);
    Files.writeString(templates.resolve("index.ftlh"), "<h1>${site.title}</h1>\n<p>${nope}</p>\n");
    Run run =
        run(
            "build",
            "--content",
            dir.resolve("content").toString(),
            "--templates",
            templates.toString(),
            "--output",
            output().toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines())
        .contains(
            templates.resolve("index.ftlh")
                + ":2:6: error: template error while rendering index.ftlh: The following has"
                + " evaluated to null or missing: nope",
            templates.resolve("article.ftlh") + ":1:1: error: template is missing from the theme");
    assertNoStackTrace(run.err());
    assertThat(output()).doesNotExist();
  }

  @Test
  void failedBuildKeepsThePreviousOutputByteForByte() throws IOException {
    TestSite.write(dir, GOOD);
    assertThat(build().status()).isZero();
    Map<String, ByteBuffer> before = snapshot(output());
    assertThat(before).containsKey("articles/a/index.html");

    Files.writeString(
        dir.resolve("content/articles/a.md"), "---\ntitle: Talks\ndate: soon\n---\nChanged.\n");
    Files.writeString(
        dir.resolve("content/articles/c.md"), "---\ntitle: C\ndate: 2024-05-06\n---\nNew.\n");
    Run failed = build();

    assertThat(failed.status()).isEqualTo(1);
    assertThat(snapshot(output())).isEqualTo(before);
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .as("no staging folder is left behind")
          .containsExactlyInAnyOrder("content", "site-output");
    }
  }

  @Test
  void missingContentFolderIsAContentError() {
    Run run = build();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines())
        .startsWith(dir.resolve("content") + ":1:1: error: content folder does not exist");
    assertNoStackTrace(run.err());
  }

  @Test
  void unknownOptionIsAUsageErrorWithStatusTwo() {
    Run run = run("build", "--colour");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--colour'");
    assertNoStackTrace(run.err());
  }

  @Test
  void refusesOutputFolderThatIsTheContentFolderAndDeletesNothing() throws IOException {
    TestSite.write(dir, GOOD);
    Map<String, ByteBuffer> content = snapshot(dir.resolve("content"));
    Path given = dir.resolve("content/articles/..");
    Run run =
        run(
            "build",
            "--content",
            dir.resolve("content").toString(),
            "--templates",
            TestSite.DEFAULT_TEMPLATES.toString(),
            "--output",
            given.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "gloss: output folder "
                + given
                + " is the content folder; the build replaces its output"
                + " folder as a whole, so give it a folder of its own, like site-output");
    assertThat(snapshot(dir.resolve("content"))).isEqualTo(content);
  }

  @Test
  void refusesNonEmptyFolderThatNoBuildWroteUnlessForced() throws IOException {
    TestSite.write(dir, GOOD + "-- site-output/thesis.tex --\n\\documentclass{article}\n");
    Run refused = build();
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err().lines())
        .containsExactly(
            "gloss: output folder "
                + output()
                + " holds files that gloss did not write (it has no"
                + " .gloss-output file); pass --force to replace it, or choose another --output");
    assertThat(output().resolve("thesis.tex")).exists();

    Run forced = build("--force");
    assertThat(forced.status()).isZero();
    assertThat(output().resolve("thesis.tex")).doesNotExist();
    assertThat(output().resolve(".gloss-output")).exists();
    assertThat(build().status()).as("a previous output is replaced without --force").isZero();
  }

  @Test
  void secondBuildIntoAnOutputFolderThatIsBeingWrittenFailsWithOneLine() throws IOException {
    TestSite.write(dir, GOOD);
    SiteWriter first =
        SiteWriter.open(
            output(),
            OutputSafety.of(dir.resolve("content"), TestSite.DEFAULT_TEMPLATES, dir, false));
    try {
      Run second = build();
      assertThat(second.status()).isEqualTo(2);
      assertThat(second.err().lines())
          .containsExactly(
              "gloss: output folder "
                  + output()
                  + " is being written by another gloss build (process "
                  + ProcessHandle.current().pid()
                  + "); wait for it to finish, or choose another --output");
    } finally {
      first.discard();
    }
    assertThat(build().status()).as("the lock goes with the build that held it").isZero();
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("content", "site-output");
    }
  }

  @Test
  void followsAContentFolderGivenAsASymbolicLink() throws IOException {
    TestSite.write(dir.resolve("real"), GOOD);
    Files.createSymbolicLink(dir.resolve("content"), dir.resolve("real/content"));
    Run run = build();
    assertThat(run.status()).isZero();
    assertThat(output().resolve("articles/a/index.html")).exists();
  }

  @Test
  void contentFolderWithoutArticlesIsAnErrorUnlessEmptySitesAreAllowed() {
    TestSite.write(dir, "-- content/places/geneva.md --\n---\nname: Geneva\n---\n");
    Run run = build();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines())
        .startsWith(
            dir.resolve("content")
                + ":1:1: error: content folder has no articles (expected .md files in "
                + dir.resolve("content/articles")
                + "); pass --allow-empty to publish a site without them");
    assertThat(output()).doesNotExist();

    assertThat(build("--allow-empty").status()).isZero();
    assertThat(output().resolve("index.html")).exists();
  }

  @Test
  void refusesABaseUrlOnTheCommandLineThatIsNotAnHttpAddress() {
    TestSite.write(dir, GOOD);
    Run run = build("--base-url", "javascript:alert(1)//");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "gloss: --base-url 'javascript:alert(1)//' must be an absolute http(s) address, like"
                + " https://user.github.io/digest/");
    assertThat(output()).doesNotExist();
  }

  @Test
  void refusesABaseUrlInSiteYmlThatIsNotAnHttpAddress() {
    TestSite.write(
        dir, GOOD + "-- content/site.yml --\ntitle: T\nbase_url: javascript:alert(1)//\n");
    Run run = build();
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines())
        .startsWith(
            dir.resolve("content/site.yml")
                + ":2:11: error: base_url 'javascript:alert(1)//' must be an"
                + " absolute http(s) address, like https://user.github.io/digest/");
  }

  @Test
  void readOnlyPreviousSiteIsReplacedAndRemoved() throws IOException {
    TestSite.write(dir, GOOD);
    assertThat(build().status()).isZero();
    try (Stream<Path> walk = Files.walk(output())) {
      for (Path p : walk.toList()) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
      }
    }
    Files.writeString(
        dir.resolve("content/articles/a.md"),
        "---\ntitle: Talks again\ndate: 2024-01-02\n---\nMet.\n");
    Run run = build();
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(output().resolve("articles/a/index.html"))).contains("Talks again");
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("content", "site-output");
    }
  }

  @Test
  void previousSiteThatCannotBeRemovedIsAWarningAndTheNextBuildRemovesIt() throws Exception {
    TestSite.write(dir, GOOD);
    assertThat(build().status()).isZero();
    Path stuck = output().resolve("articles/a/index.html");
    Assumptions.assumeTrue(chattr("+i", stuck), "needs chattr to make a file undeletable");
    Path retired = dir.resolve(".site-output.gloss-old-" + ProcessHandle.current().pid());
    try {
      Files.writeString(
          dir.resolve("content/articles/a.md"),
          "---\ntitle: Talks again\ndate: 2024-01-02\n---\nMet.\n");
      Run run = build();
      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith("built ");
      assertThat(run.err().lines())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("warning: could not remove the previous site in " + retired + " (")
          .endsWith("); the next build removes it");
      assertThat(Files.readString(output().resolve("articles/a/index.html")))
          .contains("Talks again");
    } finally {
      chattr("-i", retired.resolve("articles/a/index.html"));
    }
    assertThat(build().status()).isZero();
    assertThat(retired).doesNotExist();
  }

  /** Sets or clears a file attribute; false when the file system or the tool cannot. */
  private static boolean chattr(String change, Path file) throws InterruptedException {
    try {
      return new ProcessBuilder("chattr", change, file.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start()
              .waitFor()
          == 0;
    } catch (IOException e) {
      return false;
    }
  }

  static void assertNoStackTrace(String err) {
    assertThat(err)
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("internal error");
  }

  /** Every file under a folder, by relative path, with its exact bytes. */
  static Map<String, ByteBuffer> snapshot(Path root) throws IOException {
    return TestSite.filesByPath(root, p -> ByteBuffer.wrap(Files.readAllBytes(p)));
  }
}
