package gloss.importer;

/**
 * A page that cannot become an article, with the reason in plain words ("no article found: the
 * page's largest text block has 40 words"). The message is one line, for the editor.
 */
public final class ImportException extends Exception {
  public ImportException(String reason) {
    super(reason);
  }
}
