package gloss.importer;

import gloss.importer.Metadata.Found;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * An imported article as a file of {@code content/articles/}: front matter in the fields the loader
 * reads ({@code title}, {@code date}, {@code source}, {@code url}, {@code authors}, {@code
 * summary}, then unknown keys such as {@code section}), a blank line, the body. Always the same
 * bytes for the same article.
 */
public final class ArticleFile {
  /** Slugs are cut at a word boundary to at most this many characters. */
  static final int MAX_SLUG = 60;

  private static final Yaml YAML = yaml();

  private ArticleFile() {}

  private static Yaml yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
    options.setAllowUnicode(true);
    options.setSplitLines(false);
    options.setWidth(Integer.MAX_VALUE);
    return new Yaml(options);
  }

  /**
   * The whole file.
   *
   * @param date the date to write when given; otherwise the page's, and when the page states none
   *     the key is left empty with a comment, for the editor to fill in
   */
  public static String render(ImportedArticle article, Optional<LocalDate> date) {
    Metadata m = article.metadata();
    StringBuilder out = new StringBuilder("---\n");
    out.append("title: ").append(scalar(article.title())).append('\n');
    Optional<LocalDate> when = date.or(() -> m.date().map(Found::value));
    if (when.isPresent()) {
      out.append("date: ").append(when.get()).append('\n');
    } else {
      out.append("# The page states no publication date: write it as YYYY-MM-DD.\n")
          .append("date:\n");
    }
    m.source().ifPresent(s -> out.append("source: ").append(scalar(s.value())).append('\n'));
    m.url().ifPresent(u -> out.append("url: ").append(scalar(u.value())).append('\n'));
    m.authors().ifPresent(a -> out.append("authors: ").append(scalar(a.value())).append('\n'));
    m.summary().ifPresent(s -> out.append("summary: ").append(scalar(s.value())).append('\n'));
    m.extra()
        .forEach(
            (key, found) ->
                out.append(key).append(": ").append(scalar(found.value())).append('\n'));
    out.append("---\n\n").append(article.body()).append('\n');
    return out.toString();
  }

  private static String scalar(Object value) {
    return YAML.dump(value).strip();
  }

  /** A slug from a headline: lowercase ASCII words joined by hyphens, cut at a word boundary. */
  public static String slug(String title) {
    String slug =
        Normalizer.normalize(title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[’']", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.length() <= MAX_SLUG) return slug.isEmpty() ? "article" : slug;
    int cut = slug.lastIndexOf('-', MAX_SLUG);
    return slug.substring(0, cut > 0 ? cut : MAX_SLUG);
  }

  /**
   * Where the article goes in {@code articles}: {@code slug.md}, or {@code slug-2.md} and on when
   * another article has that name. The same article already there (same url, or same title when
   * neither has a url) is refused unless {@code force}.
   */
  public static Path target(Path articles, String slug, ImportedArticle article, boolean force)
      throws IOException, ImportException {
    for (int n = 1; ; n++) {
      Path file = articles.resolve(n == 1 ? slug + ".md" : slug + "-" + n + ".md");
      if (!Files.exists(file)) return file;
      if (isSameArticle(Files.readString(file, StandardCharsets.UTF_8), article)) {
        if (force) return file;
        throw new ImportException(file + " already holds this article; --force replaces it");
      }
    }
  }

  private static boolean isSameArticle(String existing, ImportedArticle article) {
    List<String> lines = existing.lines().toList();
    Optional<String> url = article.metadata().url().map(u -> "url: " + scalar(u.value()));
    String title = "title: " + scalar(article.title());
    boolean hasUrl = lines.stream().anyMatch(l -> l.startsWith("url:"));
    return url.isPresent() && hasUrl ? lines.contains(url.get()) : lines.contains(title);
  }
}
