package gloss.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Hostile shapes of Markdown (issue 4, "Files and paths") must render, not overflow the stack or
 * hang. No timing asserts: these only have to finish; speed is measured in {@code bench/}.
 */
class PathologicalMarkdownTest {

  private final MarkdownRenderer renderer = MarkdownRenderer.create(HtmlSanitizer.forSite(""));

  private Document render(String markdown) {
    Document document = renderer.render(markdown);
    assertThat(ScriptCapability.problemsIn(document)).isEmpty();
    return document;
  }

  private static int depth(Document document) {
    return HtmlNestingFlattener.elementDepthBelow(document.body());
  }

  @Test
  void flattensTenThousandNestedBlockQuotes() {
    Document document = render(">".repeat(10_000) + " innermost\n\nafter");

    assertThat(document.body().text()).isEqualTo("innermost after");
    assertThat(document.select("blockquote")).hasSize(MarkdownNestingFlattener.MAX_DEPTH);
  }

  @Test
  void keepsParagraphsInOrderWhenFlattening() {
    String quotes = ">".repeat(150);
    Document document = render(quotes + " one\n" + quotes + "\n" + quotes + " two *three*\n");

    assertThat(document.select("p").eachText()).containsExactly("one", "two three");
  }

  @Test
  void flattensTenThousandNestedListLevels() {
    Document document = render("- ".repeat(10_000) + "leaf\n");

    assertThat(document.body().text()).isEqualTo("leaf");
    assertThat(depth(document)).isLessThanOrEqualTo(MarkdownNestingFlattener.MAX_DEPTH + 3);
  }

  @Test
  void flattensTenThousandNestedOrderedListLevels() {
    Document document = render("1. ".repeat(10_000) + "leaf\n");

    assertThat(document.body().text()).isEqualTo("leaf");
  }

  @Test
  void flattensListNestedOnOneThousandIndentedLines() {
    StringBuilder markdown = new StringBuilder();
    for (int level = 0; level < 1_000; level++) {
      markdown.append("  ".repeat(level)).append("- item ").append(level).append('\n');
    }

    Document document = render(markdown.toString());

    assertThat(document.body().text()).startsWith("item 0 item 1").endsWith("item 999");
  }

  @Test
  void keepsHundredKilobyteBacktickRunInProseAsText() {
    Document document = render("before " + "`".repeat(100_000) + " after");

    assertThat(document.body().text()).hasSize(100_013);
  }

  @Test
  void rendersHundredKilobyteBacktickLineAsEmptyCodeBlock() {
    // A line of three or more backticks opens a fenced code block that never closes.
    Document document = render("`".repeat(100_000) + "\ncode");

    assertThat(document.select("pre > code").text()).isEqualTo("code");
  }

  @Test
  void pairsManyShortBacktickRunsInOneParagraph() {
    Document document = render("a`b``c```".repeat(30_000));

    assertThat(document.select("p")).hasSize(1);
    assertThat(document.select("p > code")).isNotEmpty();
  }

  @Test
  void keepsMegabyteOfAsterisksInProseAsText() {
    Document document = render("before " + "*".repeat(1_000_000) + " after");

    assertThat(document.body().text()).hasSize(1_000_013);
  }

  @Test
  void rendersMegabyteOfAsterisksOnItsOwnLineAsRule() {
    Document document = render("*".repeat(1_000_000));

    assertThat(document.body().children()).hasSize(1);
    assertThat(document.body().child(0).normalName()).isEqualTo("hr");
  }

  @Test
  void keepsDeeplyNestedEmphasisAsText() {
    // 150,000 nested <strong>s would overflow commonmark's recursive text merging.
    Document document = render("*".repeat(300_000) + "core" + "*".repeat(300_000));

    assertThat(document.body().text()).contains("core");
  }

  @Test
  void keepsDeeplyNestedImagesAsText() {
    Document document = render("![".repeat(50_000) + "core" + "](u)".repeat(50_000));

    assertThat(document.body().text()).contains("core");
  }

  @Test
  void stillFormatsParagraphsWithinTheDelimiterBudget() {
    String markdown = "*a* ".repeat(DelimiterBudgetInlineParser.MAX_NESTING_DELIMITERS / 2);

    assertThat(render(markdown).select("em"))
        .hasSize(DelimiterBudgetInlineParser.MAX_NESTING_DELIMITERS / 2);
  }

  @Test
  void leavesOnlyTheParagraphOverTheDelimiterBudgetUnformatted() {
    String overBudget = "*a* ".repeat(DelimiterBudgetInlineParser.MAX_NESTING_DELIMITERS / 2 + 1);

    Document document = render("*before*\n\n" + overBudget + "\n\n*after*");

    assertThat(document.select("em").eachText()).containsExactly("before", "after");
    assertThat(document.select("p").get(1).text()).startsWith("*a* *a*");
  }

  @Test
  void flattensDeepBlockQuotesHoldingDeepEmphasis() {
    Document document = render(">".repeat(5_000) + " " + "_".repeat(400) + "x" + "_".repeat(400));

    assertThat(document.body().text()).contains("x");
    assertThat(depth(document)).isLessThanOrEqualTo(MarkdownNestingFlattener.MAX_DEPTH + 3);
  }

  @Test
  void flattensHundredThousandNestedRawHtmlElements() {
    Document document = render("<div>\n" + "<div><blockquote><b><i>".repeat(25_000) + "core\n");

    assertThat(document.body().text()).isEqualTo("core");
    assertThat(depth(document)).isEqualTo(HtmlNestingFlattener.MAX_DEPTH);
  }

  @Test
  void rendersManyUnclosedLinkBrackets() {
    Document document = render("[".repeat(100_000) + "x" + "]".repeat(10));

    assertThat(document.body().text()).contains("x");
  }
}
