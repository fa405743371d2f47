package gloss.model;

import java.util.List;
import java.util.Map;

/**
 * A person, place, organization or any configured kind.
 *
 * @param fields every front-matter key, including unknown ones, for templates
 * @param description the Markdown body
 * @param redirectFrom former slugs of this entity ({@code redirect_from}); each old URL gets a
 *     redirect page to the current one
 */
public record Entity(
    EntityKind kind,
    String slug,
    String name,
    List<String> aliases,
    String description,
    Map<String, Object> fields,
    SourceFile source,
    List<String> redirectFrom) {

  public Entity {
    aliases = List.copyOf(aliases);
    redirectFrom = List.copyOf(redirectFrom);
  }

  /** The key that names this entity across kinds, e.g. {@code people/nate-fick}. */
  public String key() {
    return kind.key() + "/" + slug;
  }
}
