package gloss.scaffold;

import gloss.SiteLayout;
import gloss.diag.Diagnostics;
import gloss.load.ContentLoader;
import gloss.model.Content;
import gloss.model.ContentLayout;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.Placeholders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code gloss new person|place|organization "Name"}: writes {@code content/<kind>/<slug>.md} with
 * the name, aliases and the kind's optional fields as commented hints, refusing a name or alias
 * that already leads to another entity (the build would reject it).
 */
public final class EntityScaffold {
  private EntityScaffold() {}

  public static Outcome create(
      SiteLayout layout, String singular, String name, List<String> aliases) throws IOException {
    Content content =
        ContentLoader.load(
            layout.projectRoot(), layout.content(), layout.baseUrl(), new Diagnostics());
    List<String> reasons = new ArrayList<>();
    Optional<EntityKind> kind =
        content.config().entityKinds().stream()
            .filter(k -> k.singular().equals(singular))
            .findFirst();
    if (kind.isEmpty()) {
      return new Outcome.Refused(
          List.of(
              "site.yml has no entity kind '"
                  + singular
                  + "'; it has: "
                  + content.config().entityKinds().stream()
                      .map(EntityKind::singular)
                      .collect(Collectors.joining(", "))));
    }
    String slug = FrontMatterWriter.slug(name);
    if (name.isBlank() || slug.isEmpty()) {
      reasons.add("the name must contain letters or digits");
    }
    Set<String> terms = new LinkedHashSet<>();
    terms.add(name.strip());
    for (String alias : aliases) {
      if (alias.isBlank()) {
        reasons.add("an alias cannot be empty");
      } else if (!terms.add(alias.strip())) {
        reasons.add("'" + alias.strip() + "' is given twice");
      }
    }
    for (String term : terms) {
      for (Entity e : content.entities()) {
        if (e.name().strip().equals(term)
            || e.aliases().stream().anyMatch(a -> a.strip().equals(term))) {
          reasons.add(
              "'"
                  + term
                  + "' is already the name or an alias of "
                  + e.key()
                  + " ("
                  + e.source().path()
                  + "); each name can lead to one entity only");
        }
      }
    }
    Path file = ContentLayout.entityFile(layout.content(), kind.get(), slug);
    if (!slug.isEmpty()) {
      for (Entity e : content.entities()) {
        if (e.kind().equals(kind.get()) && e.redirectFrom().contains(slug)) {
          reasons.add(
              kind.get().key()
                  + "/"
                  + slug
                  + " is a former URL of "
                  + e.key()
                  + " (redirect_from in "
                  + e.source().path()
                  + ")");
        }
      }
    }
    if (!reasons.isEmpty()) {
      return new Outcome.Refused(reasons);
    }

    FrontMatterWriter front =
        new FrontMatterWriter()
            .text("name", name.strip())
            .list("aliases", List.copyOf(terms).subList(1, terms.size()));
    switch (singular) {
      case "person" -> front.comment("role: \"what they do or did, as the article matters\"");
      case "place" ->
          front
              .comment("kind: city")
              .comment("country: \"…\"")
              .comment("coordinates: [latitude, longitude]");
      case "organization" ->
          front.comment("kind: \"ministry, company, newspaper…\"").comment("country: \"…\"");
      default -> {}
    }
    front.comment("wikidata: Q…").comment("wikipedia: \"https://en.wikipedia.org/wiki/…\"");
    return Outcome.writeNew(
        layout, file, front.withBody(Placeholders.ENTITY), "edit it, or choose another name");
  }
}
