package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reply threads ({@code in_reply_to}): as deep as 32 replies they render nested; deeper, or round
 * in a loop, they are a positioned error, the same in {@code build} and {@code check}, never a
 * crash or a note dropped without a word.
 */
class ReplyThreadsTest {
  @TempDir Path dir;

  /** A note that answers {@code target}, or nothing when it is empty. */
  static String note(String name, String target) {
    return "-- content/annotations/a/"
        + name
        + ".md --\n---\nauthor: Kim\ndate: 2024-01-03\n"
        + (target.isEmpty() ? "" : "in_reply_to: " + target + "\n")
        + "---\nNote "
        + name
        + ".\n";
  }

  /** The article, a first note {@code r0} and a chain of replies {@code r1 → r0} … {@code rN}. */
  static String chain(int replies) {
    StringBuilder txtar = new StringBuilder(BadInputTest.ARTICLE).append(note("r0", ""));
    for (int i = 1; i <= replies; i++) {
      txtar.append(note("r" + i, "r" + (i - 1)));
    }
    return txtar.toString();
  }

  record Run(int status, String out, String err) {}

  Run gloss(String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = {
      command,
      "--content",
      dir.resolve("content").toString(),
      "--templates",
      TestSite.DEFAULT_TEMPLATES.toString()
    };
    if (command.equals("build")) {
      args =
          Stream.concat(
                  Stream.of(args), Stream.of("--output", dir.resolve("site-output").toString()))
              .toArray(String[]::new);
    }
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  /** The error lines of a run, with the folder made relative as the fixture shows it. */
  List<String> errors(Run run, String command) {
    // check reports on standard output, build on standard error.
    String text = command.equals("check") ? run.out() : run.err();
    return text.lines()
        .filter(l -> l.contains(": error: "))
        .map(l -> l.replace(dir.resolve("content") + "/", "content/"))
        .toList();
  }

  @Test
  void rendersAThreadThirtyTwoRepliesDeepNested() {
    TestSite site = TestSite.build(dir, chain(32));
    assertThat(site.messages()).isEmpty();
    Document page = site.html("articles/a/index.html");
    Element deepest = page.getElementById("note-r32");
    assertThat(deepest).isNotNull();
    assertThat(deepest.parents().select(".replies")).hasSize(32);
  }

  @Test
  void refusesTheFirstReplyDeeperThanTheLimitAtItsInReplyTo() {
    TestSite site = TestSite.build(dir, chain(40));
    assertThat(site.messages())
        .containsExactly(
            "content/annotations/a/r33.md:4:14: error: reply depth 33 exceeds the limit of 32:"
                + " answer a note higher up the thread that starts at 'r0'");
  }

  @Test
  void aThreadOfSixHundredRepliesIsAContentErrorNotACrash() {
    TestSite.write(dir, chain(600));
    String expected =
        "content/annotations/a/r33.md:4:14: error: reply depth 33 exceeds the limit of 32:"
            + " answer a note higher up the thread that starts at 'r0'";
    for (String command : List.of("build", "check")) {
      Run run = gloss(command);
      assertThat(run.status()).as(command).isEqualTo(1);
      assertThat(run.err()).as(command).doesNotContain("\tat ").doesNotContain("internal error");
      assertThat(errors(run, command)).as(command).containsExactly(expected);
    }
  }

  @Test
  void buildAndCheckReportASelfReplyAlike() {
    TestSite.write(dir, BadInputTest.ARTICLE + note("r0", "") + note("r1", "r1"));
    String expected =
        "content/annotations/a/r1.md:4:14: error: in_reply_to 'r1' names this annotation itself;"
            + " a reply answers another annotation";
    assertThat(errors(gloss("build"), "build")).containsExactly(expected);
    assertThat(errors(gloss("check"), "check")).containsExactly(expected);
  }

  @Test
  void buildAndCheckReportEveryNoteOfAReplyLoopAlike() {
    TestSite.write(
        dir,
        BadInputTest.ARTICLE
            + note("r0", "")
            + note("r1", "r2")
            + note("r2", "r1")
            + note("r3", "r2"));
    List<String> expected =
        List.of(
            "content/annotations/a/r1.md:4:14: error: in_reply_to 'r2' makes a loop of replies"
                + " (r1 -> r2 -> r1); the first note of a thread answers nothing",
            "content/annotations/a/r2.md:4:14: error: in_reply_to 'r1' makes a loop of replies"
                + " (r2 -> r1 -> r2); the first note of a thread answers nothing");
    assertThat(errors(gloss("build"), "build")).containsExactlyElementsOf(expected);
    assertThat(errors(gloss("check"), "check")).containsExactlyElementsOf(expected);
  }
}
