package gloss.scaffold;

import gloss.SiteLayout;
import gloss.diag.Diagnostics;
import gloss.diag.DisplayPath;
import gloss.load.ContentLoader;
import gloss.model.Article;
import gloss.model.Content;
import gloss.model.ContentLayout;
import gloss.model.Placeholders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code gloss new annotation}: writes {@code content/annotations/<article>/<date>-<author>[-n].md}
 * with its front matter filled in, after checking that the article exists and that the quote
 * anchors on one passage of it. When anything is wrong it writes nothing and says what to do.
 */
public final class AnnotationScaffold {
  private static final Pattern GITHUB_HANDLE =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");

  /**
   * What to scaffold; {@code github}, {@code quote}, {@code prefix} and {@code suffix} may be
   * empty.
   */
  public record Request(
      String article,
      String author,
      String github,
      String quote,
      String prefix,
      String suffix,
      LocalDate date) {}

  private AnnotationScaffold() {}

  public static Outcome create(SiteLayout layout, Request request) throws IOException {
    Content content =
        ContentLoader.load(
            layout.projectRoot(), layout.content(), layout.baseUrl(), new Diagnostics());
    List<String> reasons = new ArrayList<>();
    Optional<Article> article =
        content.articles().stream().filter(a -> a.slug().equals(request.article())).findFirst();
    if (article.isEmpty()) {
      String known =
          content.articles().stream().map(Article::slug).sorted().collect(Collectors.joining(", "));
      reasons.add(
          "there is no article '"
              + request.article()
              + "' (no readable articles/"
              + request.article()
              + ".md)"
              + (known.isEmpty() ? "" : "; the articles are: " + known));
    }
    if (request.author().isBlank()) {
      reasons.add("--author must name you, as readers will see it");
    }
    if (!request.github().isEmpty() && !GITHUB_HANDLE.matcher(request.github()).matches()) {
      reasons.add("'" + request.github() + "' is not a GitHub user name");
    }
    if (request.quote().isBlank() && (!request.prefix().isEmpty() || !request.suffix().isEmpty())) {
      reasons.add("--prefix and --suffix only choose among passages that match --quote");
    }
    if (article.isPresent() && !request.quote().isBlank()) {
      PassageCheck.problem(
              article.get(),
              content.config().baseUrl(),
              request.quote(),
              request.prefix(),
              request.suffix())
          .ifPresent(reasons::add);
    }
    if (!reasons.isEmpty()) {
      return new Outcome.Refused(reasons);
    }

    FrontMatterWriter front = new FrontMatterWriter().text("author", request.author().strip());
    if (!request.github().isEmpty()) {
      front.plain("github", request.github());
    }
    front.plain("date", request.date().toString());
    if (!request.quote().isBlank()) {
      front.text("quote", request.quote().strip());
      if (!request.prefix().isEmpty()) front.text("prefix", request.prefix());
      if (!request.suffix().isEmpty()) front.text("suffix", request.suffix());
    }
    String text = front.withBody(Placeholders.ANNOTATION);

    String who =
        request.github().isEmpty()
            ? FrontMatterWriter.slug(request.author())
            : request.github().toLowerCase(java.util.Locale.ROOT);
    if (who.isEmpty()) {
      who = "note";
    }
    Path folder = ContentLayout.annotationFolder(layout.content(), request.article());
    Files.createDirectories(folder);
    String base = request.date() + "-" + who;
    for (int n = 1; ; n++) {
      Path file = folder.resolve(n == 1 ? base + ".md" : base + "-" + n + ".md");
      try {
        Files.writeString(
            file,
            text,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        return new Outcome.Written(file, display(layout, file));
      } catch (FileAlreadyExistsException e) {
        // try the next number
      }
    }
  }

  static String display(SiteLayout layout, Path file) {
    return DisplayPath.of(layout.projectRoot(), file);
  }
}
