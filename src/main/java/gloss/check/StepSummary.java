package gloss.check;

import gloss.diag.Diagnostic;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.Entity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Markdown that {@code gloss check --format github} appends to {@code $GITHUB_STEP_SUMMARY}:
 * the outcome, what the pull request adds (new annotations with their article and passage, new
 * entities) and every problem found.
 */
public final class StepSummary {
  private StepSummary() {}

  /**
   * @param added files the pull request adds (absolute), or empty to list all content
   * @param projectRoot the folder content paths are relative to
   */
  public static String markdown(CheckReport report, Optional<Set<Path>> added, Path projectRoot) {
    StringBuilder md = new StringBuilder();
    md.append("## gloss check\n\n");
    if (report.diagnostics().isEmpty()) {
      md.append("✅ No problems: ").append(report.pages()).append(" pages checked.\n\n");
    } else {
      md.append(report.errors() > 0 ? "❌ " : "⚠️ ")
          .append(ReportFormat.plural(report.errors(), "error"))
          .append(", ")
          .append(ReportFormat.plural(report.warnings(), "warning"))
          .append(".\n\n");
    }
    Path root = projectRoot.toAbsolutePath().normalize();
    List<Annotation> annotations =
        report.content().annotations().stream()
            .filter(
                a ->
                    added.isEmpty()
                        || added.get().contains(root.resolve(a.file().path()).normalize()))
            .toList();
    List<Entity> entities =
        report.content().entities().stream()
            .filter(
                e ->
                    added.isEmpty()
                        || added.get().contains(root.resolve(e.source().path()).normalize()))
            .toList();
    md.append(
        added.isPresent()
            ? "### What this pull request adds\n\n"
            : "### Annotations and entities\n\n");
    if (added.isEmpty()) {
      md.append("_git could not compare this branch with its base, so all content is listed._\n\n");
    }
    Map<String, Article> articles = new HashMap<>();
    report.content().articles().forEach(a -> articles.put(a.slug(), a));
    if (annotations.isEmpty() && entities.isEmpty()) {
      md.append("No new annotations or entities.\n\n");
    }
    if (!annotations.isEmpty()) {
      md.append("| Annotation | Author | Article | Passage |\n| --- | --- | --- | --- |\n");
      for (Annotation a : annotations) {
        Article article = articles.get(a.articleSlug());
        String passage = a.isAnchored() ? "“" + a.quote() + "”" : "_the whole article_";
        if (!a.inReplyTo().isEmpty()) passage = "_reply to " + a.inReplyTo() + "_";
        md.append("| `")
            .append(cell(a.file().path()))
            .append("` | ")
            .append(cell(a.author()))
            .append(" | ")
            .append(cell(article != null ? article.title() : a.articleSlug()))
            .append(" | ")
            .append(cell(passage))
            .append(" |\n");
      }
      md.append('\n');
    }
    if (!entities.isEmpty()) {
      md.append("| Entity | Kind | Aliases | File |\n| --- | --- | --- | --- |\n");
      for (Entity e : entities) {
        md.append("| ")
            .append(cell(e.name()))
            .append(" | ")
            .append(cell(e.kind().singular()))
            .append(" | ")
            .append(cell(String.join(", ", e.aliases())))
            .append(" | `")
            .append(cell(e.source().path()))
            .append("` |\n");
      }
      md.append('\n');
    }
    if (!report.diagnostics().isEmpty()) {
      md.append("### Problems\n\n| Where | | Message |\n| --- | --- | --- |\n");
      for (Diagnostic d : report.diagnostics()) {
        md.append("| `")
            .append(cell(d.pos().toString()))
            .append("` | ")
            .append(d.severity().label())
            .append(" | ")
            .append(cell(d.message()))
            .append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
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
