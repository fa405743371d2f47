package gloss.model;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;

/**
 * Which folder of {@code content/} holds which kind of file: {@code site.yml} at the top, {@code
 * articles/<slug>.md}, {@code annotations/<article>/<name>.md} and {@code <kind>/<slug>.md} for
 * each configured entity kind. The loader reads files by it, {@code serve} maps a changed file to
 * its page by it, and {@code new} writes files by it.
 */
public final class ContentLayout {
  public static final String SITE_FILE = "site.yml";
  public static final String ARTICLES = "articles";
  public static final String ANNOTATIONS = "annotations";
  public static final String EDITIONS = "editions";
  public static final String IMAGES = "images";

  private ContentLayout() {}

  /** What a path under the content folder is. */
  public sealed interface Place {}

  /** {@code site.yml}. */
  public record Settings() implements Place {}

  /** {@code articles/<name>.md}; {@code name} is not yet checked to be a slug. */
  public record ArticleFile(String name) implements Place {}

  /** {@code annotations/<article>/<name>.md}. */
  public record AnnotationFile(String article, String name) implements Place {}

  /** {@code <kind>/<name>.md}. */
  public record EntityFile(EntityKind kind, String name) implements Place {}

  /** {@code editions/<name>.md}. */
  public record EditionFile(String name) implements Place {}

  /** A file under {@code images/}, published at the same path. */
  public record ImageFile(String path) implements Place {}

  /** Anything else: not content, ignored with a warning. */
  public record Other() implements Place {}

  /**
   * The place of a file, given its path relative to the content folder and the configured kinds by
   * folder name. File names are compared in composed Unicode form.
   */
  public static Place of(Path relative, Map<String, EntityKind> kinds) {
    int depth = relative.getNameCount();
    String fileName = Normalizer.normalize(relative.getFileName().toString(), Normalizer.Form.NFC);
    if (depth == 1 && fileName.equals(SITE_FILE)) {
      return new Settings();
    }
    if (depth >= 2 && relative.getName(0).toString().equals(IMAGES)) {
      return new ImageFile(relative.toString().replace('\\', '/'));
    }
    if (!fileName.endsWith(".md") || depth < 2) {
      return new Other();
    }
    String name = fileName.substring(0, fileName.length() - 3);
    String top = relative.getName(0).toString();
    if (top.equals(ARTICLES) && depth == 2) {
      return new ArticleFile(name);
    }
    if (top.equals(EDITIONS) && depth == 2) {
      return new EditionFile(name);
    }
    if (top.equals(ANNOTATIONS) && depth == 3) {
      return new AnnotationFile(relative.getName(1).toString(), name);
    }
    if (kinds.containsKey(top) && depth == 2) {
      return new EntityFile(kinds.get(top), name);
    }
    return new Other();
  }

  /**
   * The page a content file is shown on: its article's for an article or annotation, {@code
   * <folder>/<name>/index.html} for a file that would be an entity if its folder is a kind (the
   * caller checks that the page exists).
   */
  public static Optional<String> page(Path relative) {
    if (relative.getNameCount() < 2) {
      return Optional.empty();
    }
    String top = relative.getName(0).toString();
    Place place = of(relative, Map.of(top, new EntityKind(top, top, top)));
    if (place instanceof ArticleFile a) {
      return Optional.of(SitePaths.article(a.name()));
    } else if (place instanceof AnnotationFile a) {
      return Optional.of(SitePaths.article(a.article()));
    } else if (place instanceof EntityFile e) {
      return Optional.of(SitePaths.entity(e.kind(), e.name()));
    } else if (place instanceof EditionFile e) {
      return Optional.of(SitePaths.edition(e.name()));
    }
    return Optional.empty();
  }

  /** The folder of an article's annotations. */
  public static Path annotationFolder(Path contentDir, String articleSlug) {
    return contentDir.resolve(ANNOTATIONS).resolve(articleSlug);
  }

  /** The file of an entity. */
  public static Path entityFile(Path contentDir, EntityKind kind, String slug) {
    return contentDir.resolve(kind.key()).resolve(slug + ".md");
  }
}
