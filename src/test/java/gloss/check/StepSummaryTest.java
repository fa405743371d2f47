package gloss.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gloss.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepSummaryTest {
  private static final String BASE =
      """
      -- content/people/ada.md --
      ---
      name: Ada Lovelace
      aliases: [Ada]
      ---
      A mathematician.
      -- content/articles/engine.md --
      ---
      title: The Engine
      date: 2024-01-02
      ---
      Ada wrote notes on the engine.
      -- content/annotations/engine/old.md --
      ---
      author: Old Hand
      date: 2024-01-03
      ---
      An older note about Ada.
      """;

  private static final String PULL_REQUEST =
      """
      -- content/annotations/engine/new.md --
      ---
      author: New Comer
      date: 2024-01-04
      quote: "notes on the engine"
      ---
      A new note | with a pipe.
      -- content/people/charles.md --
      ---
      name: Charles Babbage
      ---
      An inventor, not yet mentioned.
      """;

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 3];
    command[0] = "git";
    command[1] = "-C";
    command[2] = dir.toString();
    System.arraycopy(args, 0, command, 3, args.length);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
  }

  private static boolean hasGit() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void listsOnlyWhatThePullRequestAdds(@TempDir Path dir) throws Exception {
    assumeTrue(hasGit(), "git is not installed");
    TestSite.write(dir, BASE);
    git(dir, "init", "-q", "-b", "main");
    git(dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "-A");
    git(
        dir,
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.org",
        "-c",
        "commit.gpgsign=false",
        "commit",
        "-q",
        "-m",
        "base");
    git(dir, "switch", "-q", "-c", "pr");
    TestSite.write(dir, PULL_REQUEST);
    git(dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "-A");
    git(
        dir,
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.org",
        "-c",
        "commit.gpgsign=false",
        "commit",
        "-q",
        "-m",
        "pr");

    Optional<Set<Path>> added = AddedFiles.since(dir.resolve("content"), "main");
    assertThat(added).isPresent();
    CheckReport report = SiteCheck.run(TestSite.layout(dir));
    String md =
        StepSummary.markdown(report, added, dir, Optional.of("https://github.com/o/r/blob/abc/"));
    String note = "https://github.com/o/r/blob/abc/content/annotations/engine/new.md";
    String charles = "https://github.com/o/r/blob/abc/content/people/charles.md";
    assertThat(md)
        .contains("### What this pull request adds or changes\n\n")
        .contains(
            "#### [`content/annotations/engine/new.md`]("
                + note
                + ")\n\n"
                + "| Line | What | | |\n| --- | --- | --- | --- |\n"
                + "| [4]("
                + note
                + "#L4) | note by New Comer | on _The Engine_ | “notes on the engine” |\n")
        .contains(
            "#### [`content/people/charles.md`]("
                + charles
                + ")\n\n"
                + "| Line | What | | |\n| --- | --- | --- | --- |\n"
                + "| [2]("
                + charles
                + "#L2) | person | Charles Babbage |  |\n"
                + "| [2]("
                + charles
                + "#L2) | warning | person 'Charles Babbage' is never mentioned")
        .doesNotContain("old.md", "#### [`content/people/ada.md`")
        .contains(
            "| [`content/people/charles.md:2:7`]("
                + charles
                + "#L2) | warning | person 'Charles"
                + " Babbage' is never mentioned");
  }

  @Test
  void withoutGitEverythingIsListed(@TempDir Path dir) throws Exception {
    TestSite.write(dir, BASE);
    Optional<Set<Path>> added = AddedFiles.since(dir.resolve("content"), "main");
    assertThat(added).isEmpty();
    String md =
        StepSummary.markdown(SiteCheck.run(TestSite.layout(dir)), added, dir, Optional.empty());
    assertThat(md)
        .contains("✅ No problems:")
        .contains("_git could not compare this branch with its base, so all content is listed._")
        .contains(
            "#### `content/annotations/engine/old.md`\n\n| Line | What | | |\n| --- | --- | ---"
                + " | --- |\n| 5 | note by Old Hand | on _The Engine_ | _the whole article_ |\n")
        .contains("#### `content/people/ada.md`\n\n")
        .contains("| 2 | person | Ada Lovelace | also Ada |\n");
  }

  @Test
  void tableCellsCannotBreakTheTable() {
    assertThat(StepSummary.cell("a | b\n<script> `x`")).isEqualTo("a \\| b &lt;script> 'x'");
  }
}
