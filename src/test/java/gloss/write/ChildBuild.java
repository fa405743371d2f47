package gloss.write;

import gloss.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code gloss build} of a fixture folder in a JVM of its own, for tests that kill builds or run
 * two at once: a lock or a crash is only real across processes.
 */
final class ChildBuild {
  private ChildBuild() {}

  /** Starts building {@code dir/content} into {@code output}; its stderr goes to {@code err}. */
  static Process start(Path dir, Path output, ProcessBuilder.Redirect err) throws IOException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "gloss.cli.Main",
            "build",
            "--content",
            dir.resolve("content").toString(),
            "--templates",
            TestSite.DEFAULT_TEMPLATES.toString(),
            "--output",
            output.toString());
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err)
        .start();
  }
}
