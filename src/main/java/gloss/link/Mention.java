package gloss.link;

/**
 * One mention of an entity in a document, with the sentence around it for backlinks.
 *
 * @param entityKey the entity, e.g. {@code people/nate-fick}
 * @param id the HTML id of the mention in its page, stable across builds
 * @param linked whether this mention is a link (otherwise a marked span)
 * @param before the sentence text before the mention (whitespace collapsed)
 * @param text the mention as written
 * @param after the sentence text after the mention
 */
public record Mention(
    String entityKey, String id, boolean linked, String before, String text, String after) {}
