package gloss.load;

import gloss.diag.Diagnostics;
import gloss.model.EntityKind;
import gloss.model.LinkMode;
import gloss.model.SiteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code content/site.yml}. */
final class SiteConfigReader {
  static final List<EntityKind> DEFAULT_KINDS =
      List.of(EntityKind.PEOPLE, EntityKind.PLACES, EntityKind.ORGANIZATIONS);

  /** Folder names the site itself uses, which an entity kind cannot take. */
  private static final Set<String> RESERVED =
      Set.of("articles", "annotations", "authors", "assets", "page", "tags", "search");

  private SiteConfigReader() {}

  static SiteConfig defaults() {
    return new SiteConfig(
        "Digest",
        "",
        "http://localhost/",
        "en",
        "",
        LinkMode.FIRST,
        50,
        List.of(),
        SiteConfig.DEFAULT_TITLES,
        DEFAULT_KINDS,
        Map.of());
  }

  static SiteConfig read(String text, String display, Diagnostics diagnostics) {
    var parsed = FrontMatterParser.parseYaml(text, display, 1, diagnostics);
    if (parsed.isEmpty()) {
      return defaults();
    }
    Fields f = new Fields(parsed.get(), display, diagnostics);
    KnownKeys.SITE.warnAboutNearMisses(parsed.get(), List.of(), diagnostics);
    SiteConfig d = defaults();
    String title = f.required("title").orElse(d.title());
    String baseUrl = f.optional("base_url");
    if (baseUrl.isEmpty()) {
      baseUrl = d.baseUrl();
    } else {
      var problem = SiteConfig.baseUrlProblem("base_url", baseUrl);
      if (problem.isPresent()) {
        diagnostics.error(f.at("base_url"), problem.get());
        baseUrl = d.baseUrl();
      }
    }
    LinkMode mode = LinkMode.FIRST;
    String modeText = f.optional("link_mentions");
    if (!modeText.isEmpty()) {
      try {
        mode = LinkMode.valueOf(modeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        diagnostics.error(
            f.at("link_mentions"), "link_mentions is '" + modeText + "'; use 'first' or 'all'");
      }
    }
    int pageSize = d.pageSize();
    String pageSizeText = f.optional("page_size");
    if (!pageSizeText.isEmpty()) {
      try {
        pageSize = Integer.parseInt(pageSizeText);
        if (pageSize < 1) throw new NumberFormatException();
      } catch (NumberFormatException e) {
        diagnostics.error(f.at("page_size"), "page_size must be a whole number of at least 1");
        pageSize = d.pageSize();
      }
    }
    f.image("image");
    f.image("logo");
    return new SiteConfig(
        title,
        f.optional("description"),
        normalizeBaseUrl(baseUrl),
        f.optional("language").isEmpty() ? d.language() : f.optional("language"),
        f.optional("cname"),
        mode,
        pageSize,
        f.list("ignore_names"),
        parsed.get().values().containsKey("titles") ? f.list("titles") : d.titles(),
        kinds(f, parsed.get().values().get("entity_kinds"), diagnostics),
        f.all());
  }

  static String normalizeBaseUrl(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  private static List<EntityKind> kinds(Fields f, Object value, Diagnostics diagnostics) {
    if (value == null) {
      return DEFAULT_KINDS;
    }
    List<EntityKind> kinds = new ArrayList<>();
    if (value instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> map
            && map.get("key") instanceof String key
            && Fields.SLUG.matcher(key).matches()
            && !RESERVED.contains(key)) {
          String singular = map.get("singular") instanceof String s ? s : key;
          String label = map.get("label") instanceof String s ? s : key;
          kinds.add(new EntityKind(key, singular, label));
          continue;
        }
        diagnostics.error(
            f.at("entity_kinds"),
            "each entity kind needs a 'key' (a slug that is not one of "
                + RESERVED.stream().sorted().toList()
                + "), and may have 'singular' and 'label'");
        return DEFAULT_KINDS;
      }
      return List.copyOf(kinds);
    }
    diagnostics.error(
        f.at("entity_kinds"), "entity_kinds must be a list of {key, singular, label}");
    return DEFAULT_KINDS;
  }
}
