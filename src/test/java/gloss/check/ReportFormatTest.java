package gloss.check;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.diag.Diagnostic;
import gloss.diag.SourcePos;
import gloss.model.Content;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  private static String print(ReportFormat format, List<Diagnostic> diagnostics) {
    StringWriter out = new StringWriter();
    format.write(
        new CheckReport(
            diagnostics,
            3,
            new Content(null, List.of(), List.of(), List.of(), List.of(), java.util.Set.of())),
        new PrintWriter(out, true));
    return out.toString();
  }

  @Test
  void escapesMessagesAndPropertiesAsGitHubSpecifies() {
    assertThat(ReportFormat.escapeData("50% done\r\nnext: a, b"))
        .isEqualTo("50%25 done%0D%0Anext: a, b");
    assertThat(ReportFormat.escapeProperty("dir,one:two/50%.md"))
        .isEqualTo("dir%2Cone%3Atwo/50%25.md");
    // A line break in a diagnostic is already printed as \n (Diagnostic.printable), never raw.
    Diagnostic d =
        Diagnostic.error(SourcePos.of("content/a,b:c.md", 3, 7), "line one\nline two 100%");
    assertThat(print(ReportFormat.GITHUB, List.of(d)).lines().findFirst().orElseThrow())
        .isEqualTo("::error file=content/a%2Cb%3Ac.md,line=3,col=7::line one\\nline two 100%25");
  }

  @Test
  void githubShowsTenOfEachKindInlineThenSaysHowManyMore() {
    List<Diagnostic> all = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      all.add(Diagnostic.error(SourcePos.of("content/articles/a.md", i, 1), "error " + i));
    }
    all.add(Diagnostic.error(SourcePos.of("site-output/index.html", 1, 1), "page error"));
    for (int i = 1; i <= 11; i++) {
      all.add(Diagnostic.warning(SourcePos.of("content/people/p.md", i, 1), "warning " + i));
    }
    List<String> lines = print(ReportFormat.GITHUB, all).lines().toList();
    assertThat(lines.subList(0, 10))
        .allMatch(l -> l.startsWith("::error file=content/articles/a.md,"));
    assertThat(lines.get(10))
        .isEqualTo("::notice::3 more errors not shown inline; they follow in the log");
    assertThat(lines.subList(11, 21))
        .allMatch(l -> l.startsWith("::warning file=content/people/p.md,"));
    assertThat(lines.get(21))
        .isEqualTo("::notice::1 more warning not shown inline; it follows in the log");
    assertThat(lines.subList(22, 26))
        .containsExactly(
            "content/articles/a.md:11:1: error: error 11",
            "content/articles/a.md:12:1: error: error 12",
            "site-output/index.html:1:1: error: page error",
            "content/people/p.md:11:1: warning: warning 11");
    assertThat(lines.get(26)).isEqualTo("gloss check: 13 errors, 11 warnings");
  }

  @Test
  void contentErrorsComeBeforeErrorsInBuiltPages() {
    List<Diagnostic> all =
        List.of(
            Diagnostic.error(SourcePos.of("site-output/a/index.html", 1, 1), "broken link"),
            Diagnostic.error(SourcePos.of("templates/article.ftlh", 2, 1), "template error"),
            Diagnostic.error(SourcePos.of("content/articles/z.md", 9, 1), "content error"));
    assertThat(print(ReportFormat.GITHUB, all).lines().limit(3))
        .containsExactly(
            "::error file=content/articles/z.md,line=9,col=1::content error",
            "::error file=templates/article.ftlh,line=2,col=1::template error",
            "::error file=site-output/a/index.html,line=1,col=1::broken link");
  }

  @Test
  void cleanReportSaysSo() {
    assertThat(print(ReportFormat.TEXT, List.of()))
        .isEqualTo("gloss check: no problems (3 pages checked)\n");
  }
}
