package gloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gloss.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  /**
   * A digest with known mistakes: an unknown person in front matter, a quote that is not in the
   * article, an entity nobody mentions, a name without a page, and a passage with a percent sign
   * and a line break in the message. Its folder name has a comma and a colon, which GitHub wants
   * escaped in the file property.
   */
  static final String MISTAKES =
      """
      -- con,tent:x/site.yml --
      title: Test Digest
      base_url: https://example.org/digest/
      ignore_names: ["Analytical Society"]
      -- con,tent:x/people/ada.md --
      ---
      name: Ada Lovelace
      aliases: [Ada]
      ---
      A mathematician.
      -- con,tent:x/people/charles.md --
      ---
      name: Charles Babbage
      ---
      An inventor.
      -- con,tent:x/articles/engine.md --
      ---
      title: The Engine
      date: 2024-01-02
      people: [ada, bob]
      ---
      Ada wrote notes on the engine for the Royal Society of London, the Analytical Society and 50% of
      her friends.

      She sent them to the Royal Society of London in 1843.
      -- con,tent:x/annotations/engine/2024-01-03-kim.md --
      ---
      author: Kim
      date: 2024-01-03
      quote: "notes about the locomotive for the Royal Academy"
      ---
      The quote is not in the article.
      -- con,tent:x/annotations/engine/2024-01-04-lee.md --
      ---
      author: Lee
      date: 2024-01-04
      quote: "and 50% of his friends"
      ---
      Close, but not the same words.
      """;

  record Run(int exit, String out, String err) {}

  static Run gloss(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  static String[] check(Path dir, String... more) {
    return Stream.concat(
            Stream.of(
                "check",
                "--content",
                dir.resolve("con,tent:x").toString(),
                "--templates",
                TestSite.DEFAULT_TEMPLATES.toString()),
            Stream.of(more))
        .toArray(String[]::new);
  }

  @Test
  void githubFormatPrintsWorkflowCommandsForEachMistake(@TempDir Path dir) throws Exception {
    TestSite.write(dir, MISTAKES);
    Path summary = dir.resolve("summary.md");
    Run run = gloss(check(dir, "--format", "github", "--summary", summary.toString()));

    String file = dir + "/con%2Ctent%3Ax/";
    String shown = dir + "/con,tent:x/";
    assertThat(run.out().lines())
        .containsExactly(
            "::error file="
                + file
                + "annotations/engine/2024-01-03-kim.md,line=4,col=8::quote is not in "
                + shown
                + "articles/engine.md; the closest passage is \"notes on the engine for the Royal Society\"",
            "::error file="
                + file
                + "articles/engine.md,line=4,col=15::unknown person 'bob' (no people/bob.md)",
            "::warning file="
                + file
                + "annotations/engine/2024-01-04-lee.md,line=4,col=8::quote does not match "
                + shown
                + "articles/engine.md exactly (2 differences); anchored on \"and 50%25 of her friends\"; "
                + "copy that passage into quote: to silence this",
            "::warning file="
                + file
                + "articles/engine.md,line=6,col=39::'Royal Society of London' looks like a "
                + "person, place or organization but has no page; add one or list it under ignore_names in site.yml",
            "::warning file="
                + file
                + "people/charles.md,line=2,col=7::person 'Charles Babbage' is never "
                + "mentioned: no article or annotation names it or one of its aliases, and no article lists it "
                + "under 'people:'",
            "gloss check: 2 errors, 3 warnings");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(dir.resolve("site-output")).doesNotExist();

    String markdown = Files.readString(summary);
    assertThat(markdown)
        .contains("## gloss check", "❌ 2 errors, 3 warnings.")
        .contains(
            "#### `" + shown + "annotations/engine/2024-01-04-lee.md`\n",
            "| 4 | note by Lee | on _The Engine_ | “and 50% of his friends” |\n")
        .contains(
            "#### `" + shown + "people/ada.md`\n", "| 2 | person | Ada Lovelace | also Ada |\n")
        .contains("### Problems");
  }

  @Test
  void warningsFailOnlyWithStrict(@TempDir Path dir) {
    TestSite.write(
        dir,
        """
        -- con,tent:x/people/ada.md --
        ---
        name: Ada Lovelace
        ---
        A mathematician.
        -- con,tent:x/articles/engine.md --
        ---
        title: The Engine
        date: 2024-01-02
        ---
        Notes on the engine, for the Royal Society of London.
        """);
    Run lenient = gloss(check(dir));
    assertThat(lenient.exit()).isZero();
    assertThat(lenient.out()).contains("warning: person 'Ada Lovelace' is never mentioned");
    assertThat(gloss(check(dir, "--strict")).exit()).isEqualTo(1);
  }

  @Test
  void sampleContentPassesTheCheck(@TempDir Path dir) {
    // From the repository root, against content/ and templates/, as the pull-request check runs.
    Run run =
        gloss("check", "--format", "github", "--summary", dir.resolve("summary.md").toString());
    assertThat(run.out()).doesNotContain("::error");
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
  }

  @Test
  void jsonFormatIsOneStableDocument(@TempDir Path dir) throws Exception {
    TestSite.write(dir, MISTAKES);
    Run run = gloss(check(dir, "--format", "json"));
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("errors").asInt()).isEqualTo(2);
    assertThat(json.get("warnings").asInt()).isEqualTo(3);
    assertThat(json.get("diagnostics")).hasSize(5);
    for (JsonNode d : json.get("diagnostics")) {
      List<String> keys = new java.util.ArrayList<>();
      d.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactly("file", "line", "column", "severity", "message");
      assertThat(d.get("file").isTextual()).isTrue();
      assertThat(d.get("line").isInt()).isTrue();
      assertThat(d.get("column").isInt()).isTrue();
      assertThat(d.get("severity").asText()).isIn("error", "warning");
      assertThat(d.get("message").isTextual()).isTrue();
    }
    JsonNode first = json.get("diagnostics").get(0);
    assertThat(first.get("file").asText())
        .isEqualTo(dir + "/con,tent:x/annotations/engine/2024-01-03-kim.md");
    assertThat(first.get("line").asInt()).isEqualTo(4);
    assertThat(first.get("column").asInt()).isEqualTo(8);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void textFormatPrintsPathLineColumn(@TempDir Path dir) {
    TestSite.write(dir, MISTAKES);
    Run run = gloss(check(dir));
    assertThat(run.out().lines())
        .contains(
            dir
                + "/con,tent:x/articles/engine.md:4:15: error: unknown person 'bob' (no people/bob.md)")
        .last()
        .isEqualTo("gloss check: 2 errors, 3 warnings");
  }

  /**
   * A value with a line break and a bidirectional override, echoed in a message, and a folder name
   * with an escape sequence: no format prints a line the contributor wrote, nor the escape.
   */
  static final String FORGERY =
      "-- con,tent:x/articles/engine.md --\n---\ntitle: The Engine\n"
          + "date: \"2024-01-02\\nevil.md:1:1: error: approve this \\u202Egnp.exe\"\n---\nText.\n"
          + "-- con,tent:x/annotations/x\u001b[2Jy/note.md --\n---\nauthor: Eve\ndate: 2024-01-03\n---\nHi.\n";

  @Test
  void contributedTextCannotForgeDiagnosticLinesOrTerminalEscapes(@TempDir Path dir)
      throws Exception {
    TestSite.write(dir, FORGERY);
    String shown = dir + "/con,tent:x/";
    Run text = gloss(check(dir));
    assertThat(text.out().lines())
        .contains(
            shown
                + "articles/engine.md:3:7: error: '2024-01-02\\nevil.md:1:1: error:"
                + " approve this \\u202egnp.exe' is not a date: write it as YYYY-MM-DD, like"
                + " 2024-04-11")
        .anyMatch(line -> line.startsWith(shown + "annotations/x\\u001b[2Jy/note.md:1:1: error: "))
        .noneMatch(line -> line.startsWith("evil.md"));
    assertThat(text.out()).doesNotContain("\u001b", "\u202e");
    assertThat(text.exit()).isEqualTo(1);

    Run github = gloss(check(dir, "--format", "github"));
    assertThat(github.out()).doesNotContain("\u001b", "\u202e");
    assertThat(github.out().lines()).noneMatch(line -> line.startsWith("evil.md"));

    Run json = gloss(check(dir, "--format", "json"));
    assertThat(json.out()).doesNotContain("\u001b", "\u202e");
    JsonNode first = new ObjectMapper().readTree(json.out()).get("diagnostics").get(0);
    assertThat(first.get("file").asText()).isEqualTo(shown + "annotations/x\\u001b[2Jy/note.md");
  }
}
