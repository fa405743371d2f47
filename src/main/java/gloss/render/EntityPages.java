package gloss.render;

import gloss.link.CrossReferences;
import gloss.link.Mention;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The entity family: each entity's page (its description, the documents that mention it, the
 * entities it appears with), the redirects from its former URLs, and each kind's index.
 */
public final class EntityPages {
  private EntityPages() {}

  /** The theme's template for entities of a kind: {@code <singular>.ftlh} when it has one. */
  public static String template(TemplateSet templates, EntityKind kind) {
    return templates.has(kind.singular() + ".ftlh") ? kind.singular() + ".ftlh" : "entity.ftlh";
  }

  /**
   * An entity's pages and redirects.
   *
   * @param descriptionHtml the description as rendered and linked
   * @param backlinks the documents that mention it, newest first
   * @param companions the entities it appears with
   */
  public static List<PageJob> of(
      PageContext context,
      Entity e,
      String template,
      String descriptionHtml,
      List<CrossReferences.Backlink> backlinks,
      List<CrossReferences.Companion> companions,
      int mentionCount) {
    String summary = firstSentence(e.description());
    String path = SitePaths.entity(e.kind(), e.slug());
    String jsonLd = context.jsonLd.entity(e, summary);
    List<Views.EntityLink> appearsWith =
        companions.stream()
            .filter(c -> context.entities.containsKey(c.entityKey()))
            .map(c -> context.link(context.entities.get(c.entityKey()), c.articles()))
            .toList();
    List<PageJob> pages = new ArrayList<>();
    for (Paging.Slice<CrossReferences.Backlink> slice :
        Paging.of(backlinks, Paging.BACKLINKS, path)) {
      Views.Entity view =
          new Views.Entity(
              e.key(),
              e.slug(),
              e.kind().singular(),
              e.kind().label(),
              SitePaths.kindIndex(e.kind()),
              e.name(),
              e.aliases(),
              descriptionHtml,
              path,
              mentionCount,
              backlinks.size(),
              backlinks(context, slice.items()),
              slice.pager(),
              appearsWith,
              e.fields());
      PageJob page =
          context.page(e.name(), summary, slice.path(), "entity", jsonLd, Map.of("entity", view));
      pages.add(new PageJob(page.path(), template, page.model(), true));
    }
    for (String old : e.redirectFrom()) {
      pages.add(context.redirect(SitePaths.entity(e.kind(), old), path, e.name()));
    }
    return pages;
  }

  private static List<Views.Backlink> backlinks(
      PageContext context, List<CrossReferences.Backlink> found) {
    List<Views.Backlink> backlinks = new ArrayList<>();
    for (CrossReferences.Backlink b : found) {
      CrossReferences.Document d = b.document();
      String page = SitePaths.article(d.articleSlug());
      String target = d.isAnnotation() ? page + "#note-" + d.annotation() : page;
      List<Views.Context> contexts = new ArrayList<>();
      for (Mention m : b.contexts()) {
        contexts.add(new Views.Context(m.before(), m.text(), m.after(), page + "#" + m.id()));
      }
      backlinks.add(
          new Views.Backlink(
              d.title(),
              target,
              d.date().toString(),
              context.display(d.date()),
              d.isAnnotation(),
              d.author(),
              b.count(),
              contexts));
    }
    return backlinks;
  }

  /** Every entity as a link with its mention count, by kind in configured order, then by name. */
  /** What search finds of an entity: its name and aliases (weighted up) and its description. */
  public static SearchIndex.Source search(Entity e, String descriptionHtml) {
    List<String> names = new java.util.ArrayList<>();
    names.add(e.name());
    names.addAll(e.aliases());
    String text = SearchDocument.PlainText.of(descriptionHtml).text();
    if (!e.aliases().isEmpty()) {
      text = "Also known as " + String.join(", ", e.aliases()) + ". " + text;
    }
    return new SearchIndex.Source(
        "entity:" + e.key(),
        List.of(
            new SearchDocument(
                "entity:" + e.key(),
                e.kind().singular().toLowerCase(java.util.Locale.ROOT),
                e.name(),
                SitePaths.entity(e.kind(), e.slug()),
                "",
                text.strip(),
                List.of(),
                List.of(
                    new SearchDocument.Field(String.join(" ", names), SearchDocument.NAME),
                    new SearchDocument.Field(e.kind().singular(), SearchDocument.META)),
                names,
                List.of())));
  }

  public static List<Views.EntityLink> links(
      PageContext context, List<Entity> entities, CrossReferences references) {
    List<Views.EntityLink> all = new ArrayList<>();
    for (EntityKind kind : context.config.entityKinds()) {
      entities.stream()
          .filter(e -> e.kind().equals(kind))
          .map(e -> context.link(e, references.mentionCount(e.key())))
          .sorted(Comparator.comparing(Views.EntityLink::name).thenComparing(Views.EntityLink::key))
          .forEach(all::add);
    }
    return all;
  }

  /** Each kind's index pages ({@link Paging#INDEX} entities a page), from {@link #links}. */
  public static List<PageJob> indexes(PageContext context, List<Views.EntityLink> links) {
    List<PageJob> pages = new ArrayList<>();
    for (Views.Kind kind : context.site.kinds()) {
      List<Views.EntityLink> members =
          links.stream().filter(l -> l.key().startsWith(kind.key() + "/")).toList();
      for (Paging.Slice<Views.EntityLink> slice : Paging.of(members, Paging.INDEX, kind.url())) {
        pages.add(
            context.page(
                kind.label(),
                "",
                slice.path(),
                "entities",
                Map.of("kind", kind, "entities", slice.items(), "pager", slice.pager())));
      }
    }
    return pages;
  }

  /** A plain-text first sentence of Markdown, for meta descriptions. */
  private static String firstSentence(String markdown) {
    String text =
        markdown.replaceAll("[*_`#>\\[\\]]|\\([^)]*\\)", "").strip().replaceAll("\\s+", " ");
    int stop = text.indexOf(". ");
    return stop > 0 ? text.substring(0, stop + 1) : text;
  }
}
