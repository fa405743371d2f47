package gloss.importer;

/**
 * A page turned into an article: its metadata (the title is always there), its Markdown body and
 * what was removed.
 *
 * @param body CommonMark without raw HTML, paragraphs separated by blank lines, no trailing newline
 * @param kind what the input was: "HTML page" or "plain text"
 */
public record ImportedArticle(Metadata metadata, String body, Removals removed, String kind) {

  public String title() {
    return metadata.title().orElseThrow().value();
  }
}
