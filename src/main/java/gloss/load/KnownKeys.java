package gloss.load;

import gloss.diag.Diagnostics;
import gloss.diag.DidYouMean;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The front-matter keys each kind of content file reads. Any other key is kept and passed to
 * templates, as themes use keys of their own; but one that is close to a known key is almost always
 * a typo that silently changes what the file means ({@code qoute:} turns a note on a passage into a
 * note on the whole article), so it gets a warning naming the key to use. Adding a key that the
 * loader reads is one line in its list.
 */
public enum KnownKeys {
  ARTICLE(
      "an article",
      List.of(
          "title",
          "date",
          "source",
          "url",
          "authors",
          "summary",
          "tags",
          "redirect_from",
          "no_link",
          "image",
          // written by gloss import when the page has them, for templates
          "section",
          "keywords")),
  ANNOTATION(
      "an annotation",
      List.of("author", "date", "quote", "prefix", "suffix", "github", "url", "in_reply_to")),
  ENTITY(
      "an entity",
      List.of(
          "name",
          "aliases",
          "role",
          "kind",
          "country",
          "coordinates",
          "wikidata",
          "wikipedia",
          "redirect_from")),
  SITE(
      "site.yml",
      List.of(
          "title",
          "description",
          "base_url",
          "language",
          "cname",
          "link_mentions",
          "page_size",
          "ignore_names",
          "titles",
          "entity_kinds",
          "image",
          "logo")),
  EDITION("an edition", List.of("title", "date", "articles", "summary"));

  /**
   * Misspellings that edit distance does not catch, by the key they stand for; used only where that
   * key is known.
   */
  private static final Map<String, String> MISSPELLINGS =
      Map.ofEntries(
          Map.entry("person", "people"),
          Map.entry("persons", "people"),
          Map.entry("organisation", "organizations"),
          Map.entry("org", "organizations"),
          Map.entry("orgs", "organizations"),
          Map.entry("reply_to", "in_reply_to"),
          Map.entry("replyto", "in_reply_to"),
          Map.entry("reply", "in_reply_to"),
          Map.entry("redirect", "redirect_from"),
          Map.entry("redirects", "redirect_from"),
          Map.entry("coords", "coordinates"),
          Map.entry("location", "coordinates"),
          Map.entry("aka", "aliases"),
          Map.entry("alias", "aliases"),
          Map.entry("byline", "authors"),
          Map.entry("by", "author"),
          Map.entry("excerpt", "summary"),
          Map.entry("passage", "quote"),
          Map.entry("handle", "github"),
          Map.entry("lang", "language"),
          Map.entry("baseurl", "base_url"));

  private final String what;
  private final Set<String> keys;

  KnownKeys(String what, List<String> keys) {
    this.what = what;
    this.keys = Set.copyOf(keys);
  }

  /** Whether the loader reads this key in this kind of file, given the site's entity kinds. */
  public boolean reads(String key, Collection<String> entityKinds) {
    return keys.contains(key) || this == ARTICLE && entityKinds.contains(key);
  }

  /**
   * Warns, at the key, about every key of the file that is not known but close to a known key the
   * file does not already have.
   */
  void warnAboutNearMisses(
      FrontMatter front, Collection<String> entityKinds, Diagnostics diagnostics) {
    for (String key : front.values().keySet()) {
      misspelt(key, front.values().keySet(), entityKinds)
          .ifPresent(
              known ->
                  diagnostics.warning(
                      front.keyPositions().getOrDefault(key, front.positions().get(key)),
                      "unknown key '" + key + "' in " + what + " (did you mean '" + known + "'?)"));
    }
  }

  /** The message {@code check} notes once for a key no kind of file reads. */
  public static String unreadKeyNote(String key, int files) {
    return "gloss does not read the key '"
        + key
        + "' ("
        + (files == 1 ? "in 1 file" : "in " + files + " files")
        + "); templates can use it as fields."
        + key;
  }

  /**
   * The known key that an unknown {@code key} is a likely misspelling of, if any; a known key the
   * file already has is never suggested ({@code data:} beside {@code date:} is meant).
   */
  public Optional<String> misspelt(
      String key, Set<String> keysOfFile, Collection<String> entityKinds) {
    if (reads(key, entityKinds)) {
      return Optional.empty();
    }
    Set<String> candidates = new TreeSet<>(keys);
    if (this == ARTICLE) {
      candidates.addAll(entityKinds);
    }
    candidates.removeAll(keysOfFile);
    return nearMiss(key, candidates);
  }

  private static Optional<String> nearMiss(String key, Set<String> candidates) {
    String normal = key.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    if (candidates.contains(normal)) {
      return Optional.of(normal);
    }
    String spelled = MISSPELLINGS.get(normal);
    if (spelled != null && candidates.contains(spelled)) {
      return Optional.of(spelled);
    }
    int reach = normal.length() <= 4 ? 1 : 2;
    String best = null;
    int bestDistance = reach + 1;
    for (String candidate : candidates) {
      int d = DidYouMean.distance(normal, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
