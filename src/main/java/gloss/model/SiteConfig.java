package gloss.model;

import java.util.List;
import java.util.Map;

/**
 * The digest's settings from {@code content/site.yml}.
 *
 * @param baseUrl absolute URL of the published site, ending in {@code /}; its path is the
 *     prefix under which the site is served (e.g. {@code /digest/})
 * @param fields every key of site.yml, including unknown ones, for templates
 */
public record SiteConfig(
    String title,
    String description,
    String baseUrl,
    String language,
    String cname,
    LinkMode linkMentions,
    int pageSize,
    List<String> ignoreNames,
    List<EntityKind> entityKinds,
    Map<String, Object> fields) {

  public SiteConfig {
    ignoreNames = List.copyOf(ignoreNames);
    entityKinds = List.copyOf(entityKinds);
  }

  /** The path part of the base URL, always starting and ending with {@code /}. */
  public String basePath() {
    int scheme = baseUrl.indexOf("://");
    int slash = scheme < 0 ? baseUrl.indexOf('/') : baseUrl.indexOf('/', scheme + 3);
    String path = slash < 0 ? "/" : baseUrl.substring(slash);
    return path.endsWith("/") ? path : path + "/";
  }

  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(
        title, description, url, language, cname, linkMentions, pageSize, ignoreNames,
        entityKinds, fields);
  }
}
