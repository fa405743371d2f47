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

  /** One line of the box: a label and one or more items. */
  public record Fact(String label, List<Item> items) {}

  /** A value, linked when {@code url} is not "". */
  public record Item(String text, String url) {}

  static List<Fact> of(Entity e) {
    List<Fact> facts = new ArrayList<>();
    text(e, "role").ifPresent(t -> facts.add(fact("Role", t, "")));
    text(e, "kind").ifPresent(t -> facts.add(fact("Type", capitalised(t), "")));
    text(e, "country").ifPresent(t -> facts.add(fact("Country", t, "")));
    LinkedDataFields.coordinates(e.fields().get("coordinates"))
        .ifPresent(
            c ->
                facts.add(
                    fact(
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
      facts.add(new Fact("Also called", e.aliases().stream().map(a -> new Item(a, "")).toList()));
    }
    List<Item> elsewhere = new ArrayList<>();
    LinkedDataFields.wikipediaUrl(e.fields().get("wikipedia"))
        .ifPresent(u -> elsewhere.add(new Item("Wikipedia", u)));
    LinkedDataFields.wikidataUrl(e.fields().get("wikidata"))
        .ifPresent(u -> elsewhere.add(new Item("Wikidata", u)));
    if (!elsewhere.isEmpty()) {
      facts.add(new Fact("Elsewhere", List.copyOf(elsewhere)));
    }
    return List.copyOf(facts);
  }

  private static Fact fact(String label, String text, String url) {
    return new Fact(label, List.of(new Item(text, url)));
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
    return String.valueOf(Math.abs(v)).replaceAll("\\.0$", "")
        + "° "
        + (v >= 0 ? positive : negative);
  }
}
