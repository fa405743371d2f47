package gloss.render;

import gloss.model.Entity;
import gloss.model.LinkedDataFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The short fact box of an entity page, from its fields as validated once in {@link
 * LinkedDataFields}: only what is set, so that the box, the JSON-LD {@code sameAs} and the links
 * agree.
 */
public final class EntityFacts {
  private EntityFacts() {}

  /** One line of the box; {@code url} is "" for plain text. */
  public record Fact(String label, String text, String url) {}

  static List<Fact> of(Entity e) {
    List<Fact> facts = new ArrayList<>();
    text(e, "kind").ifPresent(t -> facts.add(new Fact("Type", capitalised(t), "")));
    text(e, "role").ifPresent(t -> facts.add(new Fact("Role", t, "")));
    text(e, "country").ifPresent(t -> facts.add(new Fact("Country", t, "")));
    LinkedDataFields.coordinates(e.fields().get("coordinates"))
        .ifPresent(
            c ->
                facts.add(
                    new Fact(
                        "Coordinates",
                        degrees(c[0], "N", "S") + ", " + degrees(c[1], "E", "W"),
                        "https://www.openstreetmap.org/?mlat="
                            + c[0]
                            + "&mlon="
                            + c[1]
                            + "#map=9/"
                            + c[0]
                            + "/"
                            + c[1])));
    if (!e.aliases().isEmpty()) {
      facts.add(new Fact("Also called", String.join(", ", e.aliases()), ""));
    }
    LinkedDataFields.wikipediaUrl(e.fields().get("wikipedia"))
        .ifPresent(u -> facts.add(new Fact("Wikipedia", "Wikipedia", u)));
    LinkedDataFields.wikidataUrl(e.fields().get("wikidata"))
        .ifPresent(u -> facts.add(new Fact("Wikidata", u.substring(u.lastIndexOf('/') + 1), u)));
    return List.copyOf(facts);
  }

  private static Optional<String> text(Entity e, String key) {
    Object v = e.fields().get(key);
    String t =
        v instanceof List<?> list
            ? String.join(", ", list.stream().map(String::valueOf).toList())
            : v == null ? "" : String.valueOf(v);
    return t.isBlank() ? Optional.empty() : Optional.of(t.strip());
  }

  private static String capitalised(String t) {
    return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
  }

  private static String degrees(double v, String positive, String negative) {
    String n = String.valueOf(Math.abs(v)).replaceAll("\\.0$", "");
    return n + "° " + (v >= 0 ? positive : negative);
  }
}
