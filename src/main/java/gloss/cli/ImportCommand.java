package gloss.cli;

import gloss.importer.ImportRun;
import gloss.importer.PageFetcher;
import gloss.importer.ReportStyle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Turns a saved news page, a URL or page text copied from a browser into an article: "
          + "content/articles/SLUG.md with its metadata in front matter and the article's own text as "
          + "Markdown, without menus, ads, share buttons, related links, comments, captions and photo credits.",
      "For each article it prints the file written, every field with where it was found, what was removed, "
          + "and a 'gloss new' line for each name that looks like an entity without a page. "
          + "It never overwrites an article unless --force; the same page always gives the same file.",
      "Exit status: 0 when every page was imported, 1 when one failed (each failure is one line: "
          + "INPUT: error: reason; the others are still imported), 2 on a usage mistake."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PAGE",
      description =
          "A saved page (.html, .htm), page text (.txt: the first line is the headline, "
              + "paragraphs are separated by blank lines), an http(s) URL to fetch, or a folder: every "
              + ".html, .htm and .txt file in it, one article each.")
  List<String> inputs;

  @Option(
      names = "--slug",
      paramLabel = "SLUG",
      description =
          "The article's file name without .md (one page only; default: from the headline, "
              + "shortened at a word boundary, with -2, -3… when another article has it).")
  String slug;

  @Option(
      names = "--output",
      paramLabel = "FILE|-",
      description =
          "Write the article to FILE instead of content/articles/, or to standard output with - "
              + "(one page only).")
  String output;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "The publication date to write when the page states none or states it wrongly (one page only).")
  LocalDate date;

  @Option(
      names = "--force",
      description =
          "Replace an article that is already there (the same URL, or the same "
              + "headline), or the --output file.")
  boolean force;

  @Option(
      names = "--dry-run",
      description =
          "Print the Markdown on standard output (the report goes to standard "
              + "error) and write nothing.")
  boolean dryRun;

  @Option(
      names = "--images",
      description =
          "Keep each article image as one Markdown image with its alt text "
              + "(default: images are dropped; captions and credits always are).")
  boolean images;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      defaultValue = "content",
      description =
          "Content folder: articles go to DIR/articles/, names are checked against its entities "
              + "(default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (lines for people) or json (one document: articles with each field's value and source, "
              + "removals, names without a page, failures). Default: ${DEFAULT-VALUE}.")
  ReportStyle format;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    boolean onePage =
        inputs.size() == 1
            && !java.nio.file.Files.isDirectory(Path.of(inputs.get(0)).toAbsolutePath());
    if (!onePage && (slug != null || output != null || date != null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--slug, --output and --date apply to one page, not to " + String.join(" ", inputs));
    }
    if (slug != null && !slug.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--slug must be lowercase a-z, 0-9 and single hyphens, like tram-line-opens; got '"
              + slug
              + "'");
    }
    ImportRun.Request request =
        new ImportRun.Request(
            inputs,
            Path.of("").toAbsolutePath(),
            content,
            Optional.ofNullable(slug),
            Optional.ofNullable(output),
            Optional.ofNullable(date),
            force,
            dryRun,
            images,
            format);
    boolean ok =
        ImportRun.run(
            request,
            PageFetcher.standard(),
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
    return ok ? Main.OK : Main.CONTENT_ERRORS;
  }
}
