package gloss.render;

import gloss.link.BodyText;
import java.util.List;

/**
 * One thing search can find: an article, a note or an entity, as the index writer ({@link
 * SearchIndex}) needs it. Every string is plain text; the reader's browser only ever sets it as
 * text.
 *
 * @param key what the document is, unique in the site ("article:slug", "note:slug#name",
 *     "entity:people/nate-fick")
 * @param kind what the result says it is: "article", "note" or the entity kind's singular in lower
 *     case ("person")
 * @param date the date as the site shows it, "" for an entity
 * @param text what snippets are cut from, and the body the words are counted in
 * @param anchors places in {@code text} a result can link to (mentions), in text order
 * @param fields the other words that find it, each with its weight (a title counts more)
 * @param names an entity's name and aliases: typing one exactly puts it first
 * @param mentions the keys of the entities it mentions, for the "mentioning" filter
 */
public record SearchDocument(
    String key,
    String kind,
    String title,
    String url,
    String date,
    String text,
    List<BodyText.Anchor> anchors,
    List<Field> fields,
    List<String> names,
    List<String> mentions) {

  public SearchDocument {
    anchors = List.copyOf(anchors);
    fields = List.copyOf(fields);
    names = List.copyOf(names);
    mentions = List.copyOf(mentions);
  }

  /** Words that find a document without being its snippet text, counted {@code weight} times. */
  public record Field(String text, int weight) {}

  /** The weight of a title: a word in it counts as often as this many in the text. */
  static final int TITLE = 4;

  /** The weight of an entity's name and aliases. */
  static final int NAME = 6;

  /** The weight of a summary, source, authors or tags. */
  static final int META = 2;
}
