package gloss.model;

/**
 * The text {@code gloss new} writes where the contributor has to write their own; {@code gloss
 * check} warns while it is still there, so a scaffold is never published unfinished.
 */
public final class Placeholders {
  /** The commentary of a new annotation. */
  public static final String ANNOTATION =
      "Write your commentary here, in Markdown: what the passage leaves out, gets wrong or needs"
          + " as context, with links to your sources.";

  /** The description of a new person, place or organization. */
  public static final String ENTITY =
      "Describe who or what this is in one or two sentences of well-established public facts.";

  /** The editor's note of a new edition. */
  public static final String EDITION =
      "Write the editor's note here, in Markdown: what ties these articles together and what the"
          + " notes on them add.";

  private Placeholders() {}
}
