package gloss.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which output folders a build refuses. Each row: the folder as given on the command line (relative
 * to the project, which is {@code home/digest} with {@code content/} and {@code templates/}), what
 * is there before, {@code --force}, and the refusal after "output folder GIVEN", or nothing when
 * the build may write there.
 */
class OutputSafetyTest {
  private static final String OWN_FOLDER =
      "; the build replaces its output folder as a whole, so give it a folder of its own, like site-output";
  private static final String FOREIGN =
      " holds files that gloss did not write (it has no .gloss-output file); pass --force to replace it,"
          + " or choose another --output";

  @TempDir Path temp;

  /** What is on disk before the build, beside the project's content and templates. */
  enum Before {
    NOTHING,
    EMPTY_FOLDER,
    PREVIOUS_OUTPUT,
    SOMEONE_ELSES_FILES,
    A_FILE,
    LINK_TO_CONTENT,
    LINK_TO_ELSEWHERE,
    LINK_INTO_TEMPLATES
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("site-output", Before.NOTHING, false, null),
        Arguments.of("site-output", Before.EMPTY_FOLDER, false, null),
        Arguments.of("site-output", Before.PREVIOUS_OUTPUT, false, null),
        Arguments.of("site-output", Before.SOMEONE_ELSES_FILES, false, FOREIGN),
        Arguments.of("site-output", Before.SOMEONE_ELSES_FILES, true, null),
        Arguments.of("site-output", Before.A_FILE, true, " is a file, not a folder"),
        Arguments.of("out/deeper/site", Before.NOTHING, false, null),
        Arguments.of(".", Before.NOTHING, false, " is the project folder" + OWN_FOLDER),
        Arguments.of(".", Before.NOTHING, true, " is the project folder" + OWN_FOLDER),
        Arguments.of("x/..", Before.NOTHING, false, " is the project folder" + OWN_FOLDER),
        Arguments.of("..", Before.NOTHING, false, " is the home folder" + OWN_FOLDER),
        Arguments.of("../..", Before.NOTHING, false, " contains the home folder" + OWN_FOLDER),
        Arguments.of("/", Before.NOTHING, false, " is the root of the file system" + OWN_FOLDER),
        Arguments.of("content", Before.NOTHING, true, " is the content folder" + OWN_FOLDER),
        Arguments.of(
            "content/site", Before.NOTHING, false, " is inside the content folder" + OWN_FOLDER),
        Arguments.of("templates", Before.NOTHING, false, " is the templates folder" + OWN_FOLDER),
        Arguments.of(
            "templates/assets",
            Before.NOTHING,
            false,
            " is inside the templates folder" + OWN_FOLDER),
        Arguments.of(
            "site-output",
            Before.LINK_TO_CONTENT,
            true,
            " (PROJECT/content) is the content folder" + OWN_FOLDER),
        Arguments.of(
            "site-output/..", Before.LINK_TO_ELSEWHERE, false, " (TEMP/elsewhere)" + FOREIGN),
        Arguments.of(
            "x/../out",
            Before.LINK_INTO_TEMPLATES,
            false,
            " (PROJECT/templates/out) is inside the templates folder" + OWN_FOLDER));
  }

  @ParameterizedTest(name = "--output {0} with {1}, force {2}")
  @MethodSource("rules")
  void refusesOutputFoldersThatWouldReplaceSourcesOrSomeoneElsesFiles(
      String given, Before before, boolean force, String refusal) throws IOException {
    Path home = Files.createDirectories(temp.resolve("home"));
    Path project = Files.createDirectories(home.resolve("digest"));
    Files.createDirectories(project.resolve("content/articles"));
    Files.createDirectories(project.resolve("templates/assets"));
    Path output = given.startsWith("/") ? Path.of(given) : project.resolve(given);
    arrange(before, project.resolve("site-output"), project);

    Optional<String> actual =
        new OutputSafety(
                project.resolve("content"), project.resolve("templates"), project, home, force)
            .refusal(output);

    if (refusal == null) {
      assertThat(actual).isEmpty();
    } else {
      String expected =
          ("output folder " + output + refusal)
              .replace("PROJECT", project.toRealPath().toString())
              .replace("TEMP", temp.toRealPath().toString());
      assertThat(actual).contains(expected);
    }
  }

  private void arrange(Before before, Path siteOutput, Path project) throws IOException {
    switch (before) {
      case NOTHING -> {}
      case EMPTY_FOLDER -> Files.createDirectories(siteOutput);
      case PREVIOUS_OUTPUT -> {
        Files.createDirectories(siteOutput.resolve("articles"));
        Files.writeString(siteOutput.resolve(SiteWriter.MARKER), "");
        Files.writeString(siteOutput.resolve("index.html"), "<p>old</p>");
      }
      case SOMEONE_ELSES_FILES -> {
        Files.createDirectories(siteOutput);
        Files.writeString(siteOutput.resolve("thesis.tex"), "\\documentclass{article}");
      }
      case A_FILE -> Files.writeString(siteOutput, "not a folder");
      case LINK_TO_CONTENT -> Files.createSymbolicLink(siteOutput, project.resolve("content"));
      case LINK_TO_ELSEWHERE -> {
        // site-output/.. is the parent of the link's target, elsewhere/, not the project
        Path target = Files.createDirectories(temp.resolve("elsewhere/published"));
        Files.createSymbolicLink(siteOutput, target);
      }
      // x/../out is the project's out/ to a reader of the path, but templates/out on disk
      case LINK_INTO_TEMPLATES ->
          Files.createSymbolicLink(project.resolve("x"), project.resolve("templates/assets"));
    }
  }
}
