package gloss.model;

/**
 * A kind of entity, such as people or places. Kinds are configuration (site.yml {@code
 * entity_kinds}), not code: adding "events" takes a folder, a config entry and optionally a
 * template.
 *
 * @param key the content folder and URL segment, e.g. {@code people}
 * @param singular the word for one, e.g. {@code person}; also the name of an optional kind-specific
 *     template {@code <singular>.ftlh}
 * @param label the heading for the kind's index page, e.g. {@code People}
 */
public record EntityKind(String key, String singular, String label) {

  public static final EntityKind PEOPLE = new EntityKind("people", "person", "People");
  public static final EntityKind PLACES = new EntityKind("places", "place", "Places");
  public static final EntityKind ORGANIZATIONS =
      new EntityKind("organizations", "organization", "Organizations");
}
