package gloss.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * A contributor's comment on an article, optionally anchored to a quoted passage.
 *
 * @param name the file name without {@code .md}; unique within its article
 * @param quote the passage commented on, or empty for a comment on the whole article
 * @param inReplyTo the name of the annotation this one answers, or empty
 * @param authorUrl the author's link: {@code url}, else their GitHub profile, else empty
 * @param handle the author's page name: the GitHub handle, else a slug of the author name
 */
public record Annotation(
    String articleSlug,
    String name,
    String author,
    String handle,
    String authorUrl,
    LocalDate date,
    String quote,
    String prefix,
    String suffix,
    String inReplyTo,
    String body,
    Map<String, Object> fields,
    SourceFile file) {

  /** The key that names this annotation across the site: {@code article-slug/name}. */
  public String key() {
    return articleSlug + "/" + name;
  }

  public boolean isAnchored() {
    return !quote.isBlank();
  }
}
