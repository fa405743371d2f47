package gloss.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import gloss.diag.Diagnostic;
import gloss.diag.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code gloss check} prints its report. */
public enum ReportFormat {
  /** {@code path:line:col: error: message} lines and a count, for people. */
  TEXT {
    @Override
    public void write(CheckReport report, PrintWriter out) {
      List<Diagnostic> all = report.diagnostics();
      all.stream().limit(TEXT_LIMIT).forEach(d -> out.println(d.format()));
      if (all.size() > TEXT_LIMIT) {
        out.println("… and " + (all.size() - TEXT_LIMIT) + " more");
      }
      out.println(summaryLine(report));
    }
  },

  /**
   * GitHub Actions workflow commands, so that problems appear on the pull request's diff. GitHub
   * shows at most ten error and ten warning annotations per step, so the ten most useful of each
   * (content files first, then templates, then built pages) become annotations, a notice says how
   * many more there are, and the rest follow as plain lines in the log.
   */
  GITHUB {
    @Override
    public void write(CheckReport report, PrintWriter out) {
      List<Diagnostic> rest = new ArrayList<>();
      annotate(byUsefulness(report.diagnostics(), Severity.ERROR), "error", out, rest);
      annotate(byUsefulness(report.diagnostics(), Severity.WARNING), "warning", out, rest);
      annotate(byUsefulness(report.diagnostics(), Severity.NOTE), "notice", out, rest);
      rest.forEach(d -> out.println(d.format()));
      out.println(summaryLine(report));
    }
  },

  /**
   * One JSON document, stable across versions of the same {@code version}:
   *
   * <pre>{@code
   * {"version": 1, "errors": 1, "warnings": 0,
   *  "diagnostics": [{"file": "content/a.md", "line": 3, "column": 8,
   *                   "severity": "error", "message": "…"}]}
   * }</pre>
   *
   * Diagnostics are sorted by file, line and column; severity is "error", "warning" or "note"; a
   * diagnostic with lines of detail (what the YAML parser said, the candidates of an ambiguous
   * quote) has them as a {@code "detail"} list of strings.
   */
  JSON {
    @Override
    public void write(CheckReport report, PrintWriter out) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("version", 1);
      json.put("errors", report.errors());
      json.put("warnings", report.warnings());
      List<Map<String, Object>> items = new ArrayList<>();
      for (Diagnostic d : report.diagnostics()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("file", d.pos().file());
        item.put("line", d.pos().line());
        item.put("column", d.pos().column());
        item.put("severity", d.severity().label());
        item.put("message", d.message());
        if (!d.detail().isEmpty()) {
          item.put("detail", d.detail());
        }
        items.add(item);
      }
      json.put("diagnostics", items);
      try {
        out.println(
            new ObjectMapper()
                .writer(
                    new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")))
                .writeValueAsString(json));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("plain maps always serialize", e);
      }
    }
  };

  /** GitHub's per-step limit for each of error, warning and notice annotations. */
  public static final int GITHUB_INLINE_LIMIT = 10;

  static final int TEXT_LIMIT = 200;

  public abstract void write(CheckReport report, PrintWriter out);

  static String summaryLine(CheckReport report) {
    if (!report.hasProblems()) {
      return "gloss check: no problems (" + report.pages() + " pages checked)";
    }
    return "gloss check: "
        + plural(report.errors(), "error")
        + ", "
        + plural(report.warnings(), "warning");
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static void annotate(
      List<Diagnostic> items, String command, PrintWriter out, List<Diagnostic> rest) {
    for (int i = 0; i < items.size() && i < GITHUB_INLINE_LIMIT; i++) {
      out.println(workflowCommand(command, items.get(i)));
    }
    if (items.size() > GITHUB_INLINE_LIMIT) {
      int more = items.size() - GITHUB_INLINE_LIMIT;
      out.println(
          "::notice::"
              + escapeData(
                  plural(more, "more " + command)
                      + " not shown inline; "
                      + (more == 1 ? "it follows" : "they follow")
                      + " in the log"));
      rest.addAll(items.subList(GITHUB_INLINE_LIMIT, items.size()));
    }
  }

  /** {@code ::error file=…,line=…,col=…::message} with GitHub's escaping. */
  static String workflowCommand(String command, Diagnostic d) {
    return "::"
        + command
        + " file="
        + escapeProperty(d.pos().file())
        + ",line="
        + d.pos().line()
        + ",col="
        + d.pos().column()
        + "::"
        + escapeData(String.join("\n", message(d)));
  }

  /**
   * Escapes a workflow command's message: {@code %}, CR and LF. Diagnostics are already {@linkplain
   * Diagnostic#printable printable}; this is GitHub's own syntax on top.
   */
  public static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a workflow command's property value: as messages, plus {@code :} and {@code ,}. */
  public static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }

  /** The message and its lines of detail. */
  private static List<String> message(Diagnostic d) {
    List<String> lines = new ArrayList<>();
    lines.add(d.message());
    lines.addAll(d.detail());
    return lines;
  }

  /** Diagnostics of one severity, content files first, then templates, then built pages. */
  private static List<Diagnostic> byUsefulness(List<Diagnostic> all, Severity severity) {
    return all.stream()
        .filter(d -> d.severity() == severity)
        .sorted(
            Comparator.comparingInt(ReportFormat::rank).thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static int rank(Diagnostic d) {
    String file = d.pos().file();
    if (file.endsWith(".md") || file.endsWith(".yml") || file.endsWith(".yaml")) return 0;
    if (file.endsWith(".ftlh") || file.endsWith(".ftlx") || file.contains("templates/")) return 1;
    return 2;
  }
}
