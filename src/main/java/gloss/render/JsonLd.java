package gloss.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import gloss.link.LinkedArticle;
import gloss.link.Mention;
import gloss.model.Article;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.LinkedDataFields;
import gloss.model.SiteConfig;
import gloss.model.SitePaths;
import gloss.model.SiteUrls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * schema.org metadata as JSON-LD, for the {@code <script type="application/ld+json">} block in a
 * page's head: {@code NewsArticle} on article pages, {@code Person} / {@code Place} / {@code
 * Organization} on entity pages. Built as maps and written by Jackson's generator (never by string
 * concatenation), with {@code <}, {@code >} and {@code &} escaped as {@code \u003C} etc. so that no
 * value can close the script element. Every URL of the site in it is an absolute canonical URL of a
 * page that the build writes.
 */
final class JsonLd {
  // Compact: the block is read by machines, and indentation was a tenth of its bytes.
  private static final JsonFactory JSON =
      new JsonFactory().setCharacterEscapes(new ScriptSafeEscapes());

  private final SiteConfig config;
  private final Map<String, Entity> entities;
  private final Map<String, Entity> byName = new LinkedHashMap<>();

  JsonLd(SiteConfig config, Map<String, Entity> entities) {
    this.config = config;
    this.entities = entities;
    entities.values().stream()
        .sorted(Comparator.comparing(Entity::key))
        .forEach(
            e -> {
              byName.putIfAbsent(e.name(), e);
              e.aliases().forEach(a -> byName.putIfAbsent(a, e));
            });
  }

  /** The schema.org type of an entity kind: Person, Place, Organization, else Thing. */
  static String schemaType(EntityKind kind) {
    return switch (kind.singular()) {
      case "person" -> "Person";
      case "place" -> "Place";
      case "organization" -> "Organization";
      default -> "Thing";
    };
  }

  /**
   * {@code NewsArticle} for an article page.
   *
   * @param image the absolute URL of its image, or ""
   * @param modified the latest of its date and its notes' dates
   */
  String article(
      LinkedArticle linked, String description, String image, java.time.LocalDate modified) {
    Article a = linked.article();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", "https://schema.org");
    json.put("@type", "NewsArticle");
    json.put("headline", a.title());
    json.put("datePublished", dateTime(a.date()));
    json.put("dateModified", dateTime(modified));
    String url = absolute(SitePaths.article(a.slug()));
    // Not mainEntityOfPage too: on its own page it would be this url again.
    json.put("url", url);
    if (!description.isBlank()) {
      json.put("description", description);
    }
    json.put("inLanguage", config.language());
    Map<String, Object> publisher = a.source().isBlank() ? digest() : source(a);
    if (!a.authors().isEmpty()) {
      json.put("author", a.authors().stream().map(this::author).toList());
    } else {
      json.put("author", List.of(publisher)); // no byline: the publisher wrote it
    }
    if (!image.isEmpty()) {
      json.put("image", image);
    }
    json.put("publisher", publisher);
    if (!a.url().isBlank()) {
      json.put("isBasedOn", a.url());
    }
    if (!a.tags().isEmpty()) {
      json.put("keywords", a.tags());
    }
    json.put("commentCount", linked.annotations().size());
    List<Map<String, Object>> mentions = mentions(linked);
    if (!mentions.isEmpty()) {
      json.put("mentions", mentions);
    }
    return write(json);
  }

  /**
   * A date as schema.org wants a publication time: a date-time with an offset. Front matter gives
   * only the day, so midnight UTC, the same for every reader's zone.
   */
  static String dateTime(java.time.LocalDate date) {
    return date + "T00:00:00Z";
  }

  /** A byline: the person's page when the digest has one for that name, else just the name. */
  private Map<String, Object> author(String name) {
    Entity known = byName.get(name);
    return known != null && schemaType(known.kind()).equals("Person")
        ? reference(known)
        : named("Person", name);
  }

  /** The article's source, as its entity when the digest has one. */
  private Map<String, Object> source(Article a) {
    Entity known = byName.get(a.source());
    return known != null ? reference(known) : named("Organization", a.source());
  }

  /**
   * The digest as an organization, the publisher of an article without a source: its home page, and
   * site.yml's {@code logo} when it has one.
   */
  private Map<String, Object> digest() {
    Map<String, Object> json = named("Organization", config.title());
    json.put("url", config.baseUrl());
    if (config.fields().get("logo") instanceof String logo && !logo.isBlank()) {
      String url = logo.strip().startsWith("https://") ? logo.strip() : absolute(logo.strip());
      Map<String, Object> image = new LinkedHashMap<>();
      image.put("@type", "ImageObject");
      image.put("url", url);
      json.put("logo", image);
    }
    return json;
  }

  /**
   * The entities the article's text mentions or its front matter lists, in kind then name order.
   */
  private List<Map<String, Object>> mentions(LinkedArticle linked) {
    Set<String> keys = new LinkedHashSet<>();
    linked.mentions().stream().map(Mention::entityKey).forEach(keys::add);
    keys.addAll(linked.article().listedEntities());
    List<EntityKind> kinds = config.entityKinds();
    return keys.stream()
        .map(entities::get)
        .filter(e -> e != null)
        .sorted(
            Comparator.comparingInt((Entity e) -> kinds.indexOf(e.kind()))
                .thenComparing(Entity::name)
                .thenComparing(Entity::key))
        .map(this::reference)
        .toList();
  }

  /** A short description of an entity with its page and outside identifiers. */
  private Map<String, Object> reference(Entity e) {
    Map<String, Object> json = named(schemaType(e.kind()), e.name());
    json.put("url", absolute(SitePaths.entity(e.kind(), e.slug())));
    List<String> sameAs = sameAs(e);
    if (!sameAs.isEmpty()) {
      json.put("sameAs", sameAs);
    }
    return json;
  }

  /** {@code Person}, {@code Place} (with {@code geo}), {@code Organization} or {@code Thing}. */
  String entity(Entity e, String description) {
    String type = schemaType(e.kind());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", "https://schema.org");
    json.put("@type", type);
    json.put("name", e.name());
    if (!e.aliases().isEmpty()) {
      json.put("alternateName", e.aliases());
    }
    String url = absolute(SitePaths.entity(e.kind(), e.slug()));
    // Not mainEntityOfPage too: on its own page it would be this url again.
    json.put("url", url);
    if (!description.isBlank()) {
      json.put("description", description);
    }
    if (type.equals("Person") && e.fields().get("role") instanceof String role && !role.isBlank()) {
      json.put("jobTitle", role.strip());
    }
    if (type.equals("Place")) {
      LinkedDataFields.coordinates(e.fields().get("coordinates"))
          .ifPresent(
              c -> {
                Map<String, Object> geo = new LinkedHashMap<>();
                geo.put("@type", "GeoCoordinates");
                geo.put("latitude", c[0]);
                geo.put("longitude", c[1]);
                json.put("geo", geo);
              });
    }
    List<String> sameAs = sameAs(e);
    if (!sameAs.isEmpty()) {
      json.put("sameAs", sameAs);
    }
    return write(json);
  }

  /** Wikidata item and Wikipedia article, when the front matter gives them well-formed. */
  private static List<String> sameAs(Entity e) {
    List<String> links = new ArrayList<>();
    LinkedDataFields.wikidataUrl(e.fields().get("wikidata")).ifPresent(links::add);
    LinkedDataFields.wikipediaUrl(e.fields().get("wikipedia")).ifPresent(links::add);
    return links;
  }

  private static Map<String, Object> named(String type, String name) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@type", type);
    json.put("name", name);
    return json;
  }

  private String absolute(String path) {
    return SiteUrls.of(config).canonical(path);
  }

  private static String write(Map<String, Object> json) {
    return PlainJson.string(JSON, json);
  }

  /**
   * Escapes what could end the script element or start markup inside it ({@code <}, {@code >},
   * {@code &}) and the two line separators that older JavaScript parsers reject.
   */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private final int[] escapes;

    ScriptSafeEscapes() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(
            String.format(java.util.Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  }
}
