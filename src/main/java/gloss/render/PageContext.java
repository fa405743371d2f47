package gloss.render;

import gloss.link.LinkedArticle;
import gloss.model.Article;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.SiteConfig;
import gloss.model.SitePaths;
import gloss.model.SiteUrls;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every page family reads besides its own documents: the settings, the site view shown on
 * every page, and for each entity what a link to it shows. Immutable; built once per build.
 */
public final class PageContext {
  final SiteConfig config;
  final SiteUrls urls;
  final Map<String, Entity> entities;
  final Views.Site site;
  final JsonLd jsonLd;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter monthFormat;
  private final Key key;
  private final String siteImage;

  /**
   * What views built in a context depend on: the settings, the site view and, for every entity,
   * what a link to it and its linked data show. Views built in contexts with equal keys are equal,
   * so a rebuild may keep them.
   */
  private record Key(
      SiteConfig config,
      Views.Site site,
      Map<String, Object> entityLinks,
      Map<String, Object> linkedData) {}

  private PageContext(SiteConfig config, List<Entity> entityList, boolean hasEditions) {
    this.config = config;
    this.urls = SiteUrls.of(config);
    this.entities = new HashMap<>();
    entityList.forEach(e -> entities.put(e.key(), e));
    this.jsonLd = new JsonLd(config, entities);
    Locale locale = Locale.forLanguageTag(config.language().isBlank() ? "en" : config.language());
    this.dateFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    this.monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    Map<String, Long> counts =
        entityList.stream()
            .collect(Collectors.groupingBy(e -> e.kind().key(), Collectors.counting()));
    this.site =
        new Views.Site(
            config.title(),
            config.description(),
            config.baseUrl(),
            config.basePath(),
            config.language(),
            config.entityKinds().stream()
                .map(
                    k ->
                        new Views.Kind(
                            k.key(),
                            k.singular(),
                            k.label(),
                            SitePaths.kindIndex(k),
                            counts.getOrDefault(k.key(), 0L).intValue()))
                .toList(),
            config.fields(),
            hasEditions);
    this.siteImage = image(config.fields().get("image"));
    Map<String, Object> links = new HashMap<>();
    Map<String, Object> data = new HashMap<>();
    for (Entity e : entityList) {
      links.put(e.key(), link(e, 0));
      data.put(
          e.key(),
          Arrays.asList(
              e.name(), e.aliases(), e.fields().get("wikidata"), e.fields().get("wikipedia")));
    }
    this.key = new Key(config, site, links, data);
  }

  /**
   * @param hasEditions whether the digest has editions (the navigation links them)
   */
  public static PageContext of(SiteConfig config, List<Entity> entities, boolean hasEditions) {
    return new PageContext(config, entities, hasEditions);
  }

  /**
   * The absolute URL of an {@code image} front-matter value (an https address, or a file under
   * content/images/ that the build copies to the same path), or "" for none.
   */
  String image(Object value) {
    if (value instanceof String s) {
      String image = s.strip();
      if (image.startsWith("https://")) {
        return image;
      }
      if (image.startsWith("images/")) {
        return urls.canonical(image);
      }
    }
    return "";
  }

  /** Equal for contexts in which every view comes out the same. */
  public Object key() {
    return key;
  }

  String display(LocalDate date) {
    return dateFormat.format(date);
  }

  String displayMonth(YearMonth month) {
    return monthFormat.format(month);
  }

  Views.EntityLink link(Entity e, int count) {
    return new Views.EntityLink(
        e.key(),
        e.kind().singular(),
        e.kind().label(),
        e.name(),
        SitePaths.entity(e.kind(), e.slug()),
        count);
  }

  PageJob page(
      String title, String description, String path, String type, Map<String, Object> extra) {
    return page(title, description, path, type, "", extra);
  }

  PageJob page(
      String title,
      String description,
      String path,
      String type,
      String jsonLd,
      Map<String, Object> extra) {
    return page(
        new Views.Page(title, description, path, urls.canonical(path), type, jsonLd, "", siteImage),
        extra);
  }

  /**
   * A page that a reader can follow: its head and its "Follow" link name {@code feedUrl} (the feed
   * beside the list's first page, for every page of the list).
   */
  PageJob followable(
      String title,
      String description,
      String path,
      String type,
      String feedUrl,
      Map<String, Object> extra) {
    return page(
        new Views.Page(
            title, description, path, urls.canonical(path), type, "", feedUrl, siteImage),
        extra);
  }

  /** A page with its own image ({@code image} of an article), or the site's when it has none. */
  PageJob page(Views.Page page, Map<String, Object> extra) {
    Views.Page shared =
        page.image().isEmpty()
            ? new Views.Page(
                page.title(),
                page.description(),
                page.path(),
                page.canonicalUrl(),
                page.type(),
                page.jsonLd(),
                page.feedUrl(),
                siteImage)
            : page;
    return new PageJob(page.path(), template(page.type()), model(shared, extra), true);
  }

  private static String template(String type) {
    return switch (type) {
      case "home" -> "index.ftlh";
      case "feed" -> "feed.ftlx";
      case "sitemap" -> "sitemap.ftlx";
      case "email-text" -> "email.ftl";
      default -> type + ".ftlh";
    };
  }

  private Map<String, Object> model(Views.Page page, Map<String, Object> extra) {
    String path = page.path();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("site", site);
    model.put("page", page);
    // 404.html is served for missing paths at any depth, so its links start from the base path.
    model.put("root", path.equals("404.html") ? config.basePath() : SitePaths.rootFrom(path));
    model.putAll(extra);
    return model;
  }

  /**
   * A redirect page at a former URL. Redirects are not pages of their own, so the sitemap leaves
   * them out.
   */
  PageJob redirect(String from, String to, String title) {
    String canonical = urls.canonical(to);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("site", site);
    model.put("page", new Views.Page(title, "", from, canonical, "redirect", "", "", siteImage));
    model.put("root", SitePaths.rootFrom(from));
    model.put("redirect", new Views.Redirect(to, canonical, title));
    return new PageJob(from, "redirect.ftlh", model, false);
  }

  /** Entities of an article and its annotations, grouped by kind in configured order. */
  List<Views.EntityGroup> entityGroups(LinkedArticle a) {
    Map<String, Integer> counts = new HashMap<>();
    a.mentions().forEach(m -> counts.merge(m.entityKey(), 1, Integer::sum));
    a.annotations()
        .forEach(an -> an.mentions().forEach(m -> counts.merge(m.entityKey(), 1, Integer::sum)));
    a.article().listedEntities().forEach(k -> counts.putIfAbsent(k, 0));
    List<Views.EntityGroup> groups = new ArrayList<>();
    for (EntityKind kind : config.entityKinds()) {
      List<Views.EntityLink> links =
          counts.entrySet().stream()
              .map(e -> entities.get(e.getKey()))
              .filter(e -> e != null && e.kind().equals(kind))
              .map(e -> link(e, counts.get(e.key())))
              .sorted(
                  Comparator.comparingInt(Views.EntityLink::count)
                      .reversed()
                      .thenComparing(Views.EntityLink::name))
              .toList();
      if (!links.isEmpty()) {
        groups.add(new Views.EntityGroup(kind.key(), kind.label(), links));
      }
    }
    return groups;
  }

  Views.ArticleCard card(LinkedArticle a, List<Views.EntityGroup> groups) {
    Article art = a.article();
    String url = SitePaths.article(art.slug());
    List<Views.EntityLink> mentioned = groups.stream().flatMap(g -> g.entities().stream()).toList();
    return new Views.ArticleCard(
        art.slug(),
        url,
        urls.canonical(url),
        art.title(),
        art.date().toString(),
        display(art.date()),
        art.source(),
        art.summary(),
        a.annotations().size(),
        mentioned,
        tagLinks(art.tags()));
  }

  /** An article's tags as links to their pages, in the order written, one per tag page. */
  static List<Views.TagLink> tagLinks(List<String> tags) {
    Map<String, Views.TagLink> bySlug = new LinkedHashMap<>();
    for (String tag : tags) {
      String slug = gloss.model.Tags.slug(tag);
      if (!slug.isEmpty()) {
        bySlug.putIfAbsent(slug, new Views.TagLink(tag, slug, SitePaths.tag(slug), 0));
      }
    }
    return List.copyOf(bySlug.values());
  }
}
