package gloss.cli;

import static gloss.cli.CheckCommandTest.gloss;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The top-level command, which adds only the subcommand a run names (see {@link Main}). */
class MainTest {
  @Test
  void helpListsEveryCommand() {
    for (String[] args : new String[][] {{"--help"}, {"help"}, {}}) {
      CheckCommandTest.Run run = gloss(args);

      assertThat(run.exit()).isZero();
      assertThat(
              run.out()
                  .lines()
                  .filter(l -> l.matches("  [a-z]+ .*"))
                  .map(l -> l.trim().split(" ")[0]))
          .containsExactly("build", "serve", "check", "new", "import", "help");
    }
  }

  @Test
  void helpForOneCommandShowsItsOptions() {
    CheckCommandTest.Run run = gloss("help", "build");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Usage: gloss build ").contains("--content=DIR");
  }

  @Test
  void misspelledCommandIsAUsageErrorThatSuggestsTheRightOne() {
    CheckCommandTest.Run run = gloss("bild");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("Unmatched argument at index 0: 'bild'\nDid you mean: gloss build?");
  }
}
