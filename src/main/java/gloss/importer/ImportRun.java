package gloss.importer;

import gloss.check.NameSuggester;
import gloss.diag.Diagnostics;
import gloss.importer.Metadata.Found;
import gloss.load.ContentLoader;
import gloss.model.Article;
import gloss.model.Content;
import gloss.model.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One {@code gloss import} invocation: expands folders, imports each page, writes (or prints) each
 * article and reports what it found, what it removed and which names have no entity page. A page
 * that fails is reported on one line and the rest go on.
 */
public final class ImportRun {
  /**
   * @param inputs files, folders or http(s) addresses
   * @param output a file to write the one article to, "-" for standard output, or empty
   * @param slug the file name to use for the one article, or empty for one from the headline
   */
  public record Request(
      List<String> inputs,
      Path projectRoot,
      Path content,
      Optional<String> slug,
      Optional<String> output,
      Optional<LocalDate> date,
      boolean force,
      boolean dryRun,
      boolean images,
      ReportStyle style) {}

  private final Request request;
  private final PageFetcher fetcher;
  private final ImportReport report;
  private final Importer importer;
  private Content known;

  private ImportRun(Request request, PageFetcher fetcher, ImportReport report) {
    this.request = request;
    this.fetcher = fetcher;
    this.report = report;
    this.importer = new Importer(request.images());
  }

  /**
   * Runs the request; {@code out} gets the report (the Markdown itself with --dry-run or --output
   * -, the report then going to {@code err}), {@code err} the failures.
   *
   * @return whether every page was imported
   */
  public static boolean run(Request request, PageFetcher fetcher, PrintWriter out, PrintWriter err)
      throws IOException {
    boolean markdownOnOut = request.dryRun() || request.output().filter("-"::equals).isPresent();
    ImportReport report =
        new ImportReport(request.style(), markdownOnOut ? err : out, err, request.projectRoot());
    boolean ok = new ImportRun(request, fetcher, report).run(markdownOnOut ? out : null);
    report.finish();
    return ok;
  }

  private boolean run(PrintWriter markdownOut) throws IOException {
    boolean ok = true;
    for (String input : request.inputs()) {
      for (String page : expand(input)) {
        ok &= importOne(page, markdownOut);
      }
    }
    return ok;
  }

  /** A folder stands for its .html, .htm and .txt files, in name order. */
  private List<String> expand(String input) throws IOException {
    if (isUrl(input)) return List.of(input);
    Path path = Path.of(input);
    if (!Files.isDirectory(path)) return List.of(input);
    try (Stream<Path> files = Files.list(path)) {
      List<String> pages =
          files
              .filter(Files::isRegularFile)
              .filter(
                  f ->
                      f.getFileName()
                          .toString()
                          .toLowerCase(Locale.ROOT)
                          .matches(".*\\.(?:html?|txt)"))
              .map(Path::toString)
              .sorted()
              .toList();
      if (pages.isEmpty()) report.failure(input, "the folder has no .html, .htm or .txt file");
      return pages;
    }
  }

  private static boolean isUrl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private boolean importOne(String input, PrintWriter markdownOut) throws IOException {
    ImportedArticle article;
    try {
      article = read(input);
    } catch (ImportException e) {
      report.failure(input, e.getMessage());
      return false;
    }
    String slug = request.slug().orElseGet(() -> ArticleFile.slug(article.title()));
    String markdown = ArticleFile.render(article, request.date());
    Path articles = request.content().resolve("articles");
    Optional<Path> written;
    try {
      if (markdownOut != null) {
        markdownOut.print(markdown);
        markdownOut.flush();
        written = Optional.empty();
      } else {
        Path file =
            request
                .output()
                .map(Path::of)
                .orElse(ArticleFile.target(articles, slug, article, request.force()));
        if (request.output().isPresent() && Files.exists(file) && !request.force()) {
          throw new ImportException(report.display(file) + " already exists; --force replaces it");
        }
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        written = Optional.of(file);
      }
    } catch (ImportException e) {
      report.failure(input, e.getMessage());
      return false;
    }
    Path planned = written.orElse(articles.resolve(slug + ".md"));
    report.article(
        input, article, written, planned, request.date(), namesWithoutPage(article, planned));
    return true;
  }

  private ImportedArticle read(String input) throws ImportException, IOException {
    if (isUrl(input)) {
      URI uri;
      try {
        uri = URI.create(input);
      } catch (IllegalArgumentException e) {
        throw new ImportException("not a valid address: " + e.getMessage());
      }
      PageFetcher.Fetched fetched = fetcher.fetch(uri);
      return importer.html(fetched.page(), fetched.finalUrl().toString());
    }
    Path file = Path.of(input);
    if (!Files.isRegularFile(file) && !Files.exists(file)) {
      throw new ImportException("no such file");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.matches(".*\\.(?:html?|xhtml|txt|text)") && name.contains(".")) {
      throw new ImportException(
          "not an HTML page or text: ."
              + name.substring(name.lastIndexOf('.') + 1)
              + " files are not imported (use .html, .htm or .txt)");
    }
    try {
      return importer.file(file);
    } catch (NoSuchFileException e) {
      throw new ImportException("no such file");
    }
  }

  /** Names in the text that look like entities but have no page in the content folder. */
  private List<String> namesWithoutPage(ImportedArticle article, Path planned) throws IOException {
    if (!Files.isDirectory(request.content())) return List.of();
    if (known == null) {
      known = ContentLoader.load(request.projectRoot(), request.content(), null, new Diagnostics());
    }
    Article draft =
        new Article(
            ArticleFile.slug(article.title()),
            article.title(),
            article.metadata().date().map(Found::value).orElse(null),
            "",
            "",
            List.of(),
            "",
            List.of(),
            List.of(),
            article.body(),
            java.util.Map.of(),
            new SourceFile(planned.toString(), 1, java.util.Map.of()),
            List.of(),
            List.of());
    return new ArrayList<>(NameSuggester.namesWithoutPage(known, draft));
  }
}
