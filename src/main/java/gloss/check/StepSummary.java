package gloss.check;

import gloss.diag.Diagnostic;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.Entity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Markdown that {@code gloss check --format github} appends to {@code $GITHUB_STEP_SUMMARY}:
 * the outcome, then one table per content file the pull request adds or changes (its notes with the
 * passages they anchor on, its entity, its problems), each row linked to its line, then every
 * problem found.
 */
public final class StepSummary {
  private StepSummary() {}

  /**
   * @param changed files the pull request adds or changes (absolute), or empty to list all content
   * @param projectRoot the folder content paths are relative to
   * @param blobUrl the address files of the checked commit are shown at, ending in {@code /} (
   *     {@code https://github.com/OWNER/REPO/blob/SHA/}), or empty for no links
   */
  public static String markdown(
      CheckReport report, Optional<Set<Path>> changed, Path projectRoot, Optional<String> blobUrl) {
    StringBuilder md = new StringBuilder();
    md.append("## gloss check\n\n");
    if (!report.hasProblems()) {
      md.append("✅ No problems: ").append(report.pages()).append(" pages checked.\n\n");
    } else {
      md.append(report.errors() > 0 ? "❌ " : "⚠️ ")
          .append(ReportFormat.plural(report.errors(), "error"))
          .append(", ")
          .append(ReportFormat.plural(report.warnings(), "warning"))
          .append(".\n\n");
    }
    Path root = projectRoot.toAbsolutePath().normalize();
    Map<String, List<Row>> files = new TreeMap<>();
    Map<String, Article> articles = new HashMap<>();
    report.content().articles().forEach(a -> articles.put(a.slug(), a));
    for (Article a : report.content().articles()) {
      rows(files, a.file().path())
          .add(new Row(a.file().at("title").line(), "article", cell(a.title()), ""));
    }
    for (Annotation a : report.content().annotations()) {
      Article article = articles.get(a.articleSlug());
      String title = article != null ? article.title() : a.articleSlug();
      String passage =
          !a.inReplyTo().isEmpty()
              ? "_reply to " + cell(a.inReplyTo()) + "_"
              : a.isAnchored() ? "“" + cell(a.quote()) + "”" : "_the whole article_";
      int line = a.isAnchored() ? a.file().at("quote").line() : a.file().bodyLine();
      rows(files, a.file().path())
          .add(new Row(line, "note by " + cell(a.author()), "on _" + cell(title) + "_", passage));
      if (article != null) {
        rows(files, article.file().path())
            .add(
                new Row(
                    line,
                    "note by " + cell(a.author()),
                    link(a.file().path(), line, blobUrl),
                    passage));
      }
    }
    for (Entity e : report.content().entities()) {
      rows(files, e.source().path())
          .add(
              new Row(
                  e.source().at("name").line(),
                  cell(e.kind().singular()),
                  cell(e.name()),
                  e.aliases().isEmpty() ? "" : "also " + cell(String.join(", ", e.aliases()))));
    }
    for (Diagnostic d : report.diagnostics()) {
      rows(files, d.pos().file())
          .add(new Row(d.pos().line(), d.severity().label(), cell(d.message()), ""));
    }
    files
        .keySet()
        .removeIf(
            path -> changed.isPresent() && !changed.get().contains(root.resolve(path).normalize()));
    md.append(
        changed.isPresent()
            ? "### What this pull request adds or changes\n\n"
            : "### Content files\n\n");
    if (changed.isEmpty()) {
      md.append("_git could not compare this branch with its base, so all content is listed._\n\n");
    } else if (files.isEmpty()) {
      md.append("No content files added or changed.\n\n");
    }
    files.forEach(
        (path, rows) -> {
          md.append("#### ").append(link(path, 0, blobUrl)).append("\n\n");
          md.append("| Line | What | | |\n| --- | --- | --- | --- |\n");
          rows.stream()
              .sorted(Comparator.comparingInt(Row::line))
              .forEach(
                  r ->
                      md.append("| ")
                          .append(linkedLine(path, r.line(), blobUrl))
                          .append(" | ")
                          .append(r.what())
                          .append(" | ")
                          .append(r.detail())
                          .append(" | ")
                          .append(r.passage())
                          .append(" |\n"));
          md.append('\n');
        });
    if (report.hasProblems()) {
      md.append("### Problems\n\n| Where | | Message |\n| --- | --- | --- |\n");
      for (Diagnostic d : report.diagnostics()) {
        md.append("| ")
            .append(
                blobUrl
                    .map(
                        url ->
                            "[`"
                                + cell(d.pos().toString())
                                + "`]("
                                + url(url, d.pos().file(), d.pos().line())
                                + ")")
                    .orElse("`" + cell(d.pos().toString()) + "`"))
            .append(" | ")
            .append(d.severity().label())
            .append(" | ")
            .append(cell(d.message()))
            .append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** One row of a file's table. */
  private record Row(int line, String what, String detail, String passage) {}

  private static List<Row> rows(Map<String, List<Row>> files, String path) {
    return files.computeIfAbsent(path, p -> new ArrayList<>());
  }

  /** {@code [`path`](url#Lline)}, or the path in code when there is no address. */
  private static String link(String path, int line, Optional<String> blobUrl) {
    String shown = "`" + cell(path) + "`";
    return blobUrl.map(url -> "[" + shown + "](" + url(url, path, line) + ")").orElse(shown);
  }

  private static String linkedLine(String path, int line, Optional<String> blobUrl) {
    return blobUrl.map(url -> "[" + line + "](" + url(url, path, line) + ")").orElse("" + line);
  }

  private static String url(String blobUrl, String path, int line) {
    String encoded =
        path.replace("%", "%25")
            .replace(" ", "%20")
            .replace("(", "%28")
            .replace(")", "%29")
            .replace("|", "%7C");
    return blobUrl + encoded + (line > 0 ? "#L" + line : "");
  }

  /** Text safe inside a Markdown table cell. */
  static String cell(String s) {
    return s.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace("`", "'")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
