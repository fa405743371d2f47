package gloss.cli;

import gloss.check.AddedFiles;
import gloss.check.CheckReport;
import gloss.check.ReportFormat;
import gloss.check.SiteCheck;
import gloss.check.StepSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site in memory (the output folder is not touched) and reports every content error "
          + "and warning, entities never mentioned, names that look like entities without a page, "
          + "and built pages that are not well-formed or link nowhere.",
      "Exit status: 0 when clean, 1 on errors (or on warnings with --strict)."
    })
final class CheckCommand implements Callable<Integer> {
  @Mixin FolderOptions folders;
  @Mixin FolderOptions.BaseUrl baseUrl;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (path:line:col: message), github (workflow commands that annotate a pull "
              + "request, plus a Markdown job summary) or json (a stable document, see the CLI "
              + "reference). Default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      defaultValue = "${env:GITHUB_STEP_SUMMARY}",
      description =
          "With --format github, append a Markdown summary to this file "
              + "(default: $GITHUB_STEP_SUMMARY when set).")
  Path summary;

  @Option(
      names = "--base",
      paramLabel = "REF",
      defaultValue = "origin/${env:GITHUB_BASE_REF:-main}",
      description =
          "The branch a pull request is compared with, to list what it adds in the "
              + "summary (default: ${DEFAULT-VALUE}).")
  String base;

  @Override
  public Integer call() throws IOException, UsageException {
    CheckReport report =
        SiteCheck.run(folders.layout(FolderOptions.DEFAULT_OUTPUT, baseUrl.baseUrl));
    format.write(report, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    if (format == ReportFormat.GITHUB && summary != null) {
      var layout = folders.layout(FolderOptions.DEFAULT_OUTPUT, baseUrl.baseUrl);
      String markdown =
          StepSummary.markdown(
              report, AddedFiles.since(layout.content(), base), layout.projectRoot(), blobUrl());
      Files.writeString(
          summary,
          markdown,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
    return report.fails(strict) ? Main.CONTENT_ERRORS : Main.OK;
  }

  /** Where GitHub shows the files of the commit being checked, for the summary's line links. */
  private static Optional<String> blobUrl() {
    String server = System.getenv("GITHUB_SERVER_URL");
    String repository = System.getenv("GITHUB_REPOSITORY");
    String sha = System.getenv("GITHUB_SHA");
    if (server == null || repository == null || sha == null) {
      return Optional.empty();
    }
    return Optional.of(server + "/" + repository + "/blob/" + sha + "/");
  }
}
