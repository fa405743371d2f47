package gloss.render;

import gloss.link.Anchor;
import gloss.link.BodyText;
import gloss.link.CrossReferences;
import gloss.link.LinkedAnnotation;
import gloss.link.LinkedArticle;
import gloss.link.Mention;
import gloss.link.TextFragments;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.SitePaths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The article family: an article's page, its annotation collection ({@code annotations.jsonld}) and
 * the summary that the other pages keep of it. An article page depends on other articles only
 * through entity data, so it is written as soon as its article is linked.
 */
public final class ArticlePages {
  private ArticlePages() {}

  /**
   * Everything one linked article produces.
   *
   * @param page the article's page
   * @param annotations its annotation collection, as written
   */
  /**
   * @param searchDocuments the data of the article's search document file ({@link
   *     SearchIndex#documentFile}), which its summary does not keep
   */
  public record Output(
      PageJob page, byte[] annotations, byte[] searchDocuments, ArticleSummary summary) {}

  /** How many passages an edition shows of each article. */
  static final int PASSAGES_SHOWN = 3;

  /**
   * @param editions the editions the article is in, newest first
   */
  public static Output of(PageContext context, LinkedArticle a, List<Views.EditionLink> editions) {
    Article art = a.article();
    List<Views.EntityGroup> groups = context.entityGroups(a);
    Views.Article view = view(context, a, groups, editions);
    String image = context.image(art.fields().get("image"));
    LocalDate updated = art.date();
    for (LinkedAnnotation la : a.annotations()) {
      if (la.annotation().date().isAfter(updated)) {
        updated = la.annotation().date();
      }
    }
    String url = view.url();
    PageJob page =
        context.page(
            new Views.Page(
                view.title(),
                view.summary(),
                url,
                context.urls.canonical(url),
                "article",
                context.jsonLd.article(a, art.summary(), image, updated),
                "",
                image),
            Map.of("article", view));
    Map<String, LinkedAnnotation> byName = new HashMap<>();
    a.annotations().forEach(la -> byName.put(la.annotation().name(), la));
    List<ArticleSummary.AuthorNote> notes = new ArrayList<>();
    for (LinkedAnnotation la : a.annotations()) {
      Annotation an = la.annotation();
      LinkedAnnotation parent = byName.get(an.inReplyTo());
      List<Views.Note> answers =
          parent == null
              ? List.of()
              : List.of(
                  note(
                      context,
                      a,
                      parent,
                      List.of(),
                      parent.bodyHtml(),
                      List.of(),
                      Excerpt.of(parent.text())));
      notes.add(
          new ArticleSummary.AuthorNote(
              an.handle(),
              an.author(),
              an.authorUrl(),
              note(context, a, la, List.of(), la.bodyHtml(), answers, Excerpt.of(la.text()))));
    }
    List<PageJob> redirects = new ArrayList<>();
    for (String old : art.redirectFrom()) {
      redirects.add(
          context.redirect(SitePaths.article(old), SitePaths.article(art.slug()), art.title()));
    }
    SearchIndex.Entry search = search(context, a);
    ArticleSummary summary =
        new ArticleSummary(
            art.slug(),
            art.date(),
            updated,
            context.card(a, groups),
            notes,
            passages(a),
            CrossReferences.Contribution.of(a),
            redirects,
            search.source());
    return new Output(
        page,
        AnnotationCollection.of(a, context.urls, context.config.language()),
        search.documentData(),
        summary);
  }

  /** What search finds of an article: the article itself and each of its notes. */
  private static SearchIndex.Entry search(PageContext context, LinkedArticle a) {
    Article art = a.article();
    String url = SitePaths.article(art.slug());
    BodyText body = a.text();
    String lead = art.summary().isBlank() ? "" : art.summary().strip() + " ";
    List<BodyText.Anchor> anchors = new ArrayList<>();
    for (BodyText.Anchor an : body.anchors()) {
      anchors.add(
          new BodyText.Anchor(an.start() + lead.length(), an.end() + lead.length(), an.id()));
    }
    List<SearchDocument> docs = new ArrayList<>();
    docs.add(
        new SearchDocument(
            "article:" + art.slug(),
            "article",
            art.title(),
            url,
            context.display(art.date()),
            lead + body.text(),
            anchors,
            List.of(
                new SearchDocument.Field(art.title(), SearchDocument.TITLE),
                new SearchDocument.Field(art.source(), SearchDocument.META),
                new SearchDocument.Field(String.join(" ", art.authors()), SearchDocument.META),
                new SearchDocument.Field(String.join(" ", art.tags()), SearchDocument.META)),
            List.of(),
            a.mentions().stream().map(Mention::entityKey).toList()));
    List<LinkedAnnotation> notes = new ArrayList<>(a.annotations());
    notes.sort(Comparator.comparing(l -> l.annotation().name()));
    for (LinkedAnnotation la : notes) {
      Annotation an = la.annotation();
      String passage = la.anchor().map(Anchor::exact).orElse(an.quote());
      String commentary = la.text().text();
      docs.add(
          new SearchDocument(
              "note:" + art.slug() + "#" + an.name(),
              "note",
              "Note by " + an.author() + " on " + art.title(),
              url + "#note-" + an.name(),
              context.display(an.date()),
              passage.isBlank() ? commentary : "“" + passage.strip() + "” " + commentary,
              List.of(),
              List.of(new SearchDocument.Field(an.author(), SearchDocument.META)),
              List.of(),
              la.mentions().stream().map(Mention::entityKey).toList()));
    }
    return SearchIndex.Entry.of("article:" + art.slug(), docs);
  }

  /** One passage of the text and the notes on it so far: where it starts, its first note. */
  private record Discussed(int start, String exact, String firstNote, int notes) {}

  /**
   * The passages that carry the most notes (notes on the same words count together, and replies
   * count for their thread's passage), in that order, then in text order.
   */
  private static List<Views.Passage> passages(LinkedArticle a) {
    Map<String, LinkedAnnotation> byName = new HashMap<>();
    a.annotations().forEach(la -> byName.put(la.annotation().name(), la));
    Map<String, Discussed> passages = new HashMap<>();
    for (LinkedAnnotation la : a.annotations()) {
      LinkedAnnotation top = la;
      // The loader caps reply depth and refuses cycles; the step bound keeps this loop finite.
      for (int step = 0; !top.annotation().inReplyTo().isEmpty() && step < byName.size(); step++) {
        LinkedAnnotation parent = byName.get(top.annotation().inReplyTo());
        if (parent == null) {
          break;
        }
        top = parent;
      }
      Optional<Anchor> anchor = top.anchor();
      if (anchor.isPresent()) {
        String name = top.annotation().name();
        passages.merge(
            anchor.get().start() + ":" + anchor.get().exact(),
            new Discussed(anchor.get().start(), anchor.get().exact(), name, 1),
            (old, one) ->
                new Discussed(
                    old.start(),
                    old.exact(),
                    old.firstNote().compareTo(name) <= 0 ? old.firstNote() : name,
                    old.notes() + 1));
      }
    }
    String page = SitePaths.article(a.article().slug());
    return passages.values().stream()
        .sorted(
            Comparator.comparingInt((Discussed d) -> -d.notes())
                .thenComparingInt(Discussed::start)
                .thenComparing(Discussed::exact))
        .limit(PASSAGES_SHOWN)
        .map(d -> new Views.Passage(d.exact(), d.notes(), page + "#passage-" + d.firstNote()))
        .toList();
  }

  private static Views.Article view(
      PageContext context,
      LinkedArticle a,
      List<Views.EntityGroup> groups,
      List<Views.EditionLink> editions) {
    Article art = a.article();
    Map<String, List<LinkedAnnotation>> replies = new HashMap<>();
    List<LinkedAnnotation> anchored = new ArrayList<>();
    List<LinkedAnnotation> general = new ArrayList<>();
    Comparator<LinkedAnnotation> byDate =
        Comparator.comparing((LinkedAnnotation l) -> l.annotation().date())
            .thenComparing(l -> l.annotation().name());
    for (LinkedAnnotation la : a.annotations()) {
      Annotation an = la.annotation();
      if (!an.inReplyTo().isEmpty()) {
        replies.computeIfAbsent(an.inReplyTo(), k -> new ArrayList<>()).add(la);
      } else if (la.anchor().isPresent()) {
        anchored.add(la);
      } else {
        general.add(la);
      }
    }
    replies.values().forEach(list -> list.sort(byDate));
    anchored.sort(
        Comparator.comparingInt((LinkedAnnotation l) -> l.anchor().orElseThrow().start())
            .thenComparing(byDate));
    general.sort(byDate);
    return new Views.Article(
        art.slug(),
        SitePaths.article(art.slug()),
        art.title(),
        art.date().toString(),
        context.display(art.date()),
        art.source(),
        art.url(),
        art.authors(),
        art.summary(),
        art.tags(),
        a.bodyHtml(),
        a.annotations().size(),
        noteTrees(context, a, anchored, replies),
        noteTrees(context, a, general, replies),
        groups,
        SitePaths.annotations(art.slug()),
        art.fields(),
        PageContext.tagLinks(art.tags()),
        editions);
  }

  /**
   * The notes with their replies nested under them, built replies first and without recursion: how
   * deep a thread goes is up to its contributors (the loader caps it, but this need not know).
   */
  private static List<Views.Note> noteTrees(
      PageContext context,
      LinkedArticle a,
      List<LinkedAnnotation> tops,
      Map<String, List<LinkedAnnotation>> replies) {
    List<LinkedAnnotation> thread = new ArrayList<>(tops);
    for (int i = 0; i < thread.size(); i++) {
      thread.addAll(replies.getOrDefault(thread.get(i).annotation().name(), List.of()));
    }
    Map<String, Views.Note> built = new HashMap<>();
    for (int i = thread.size() - 1; i >= 0; i--) {
      LinkedAnnotation la = thread.get(i);
      List<Views.Note> children =
          replies.getOrDefault(la.annotation().name(), List.of()).stream()
              .map(r -> built.get(r.annotation().name()))
              .toList();
      built.put(
          la.annotation().name(), note(context, a, la, children, la.bodyHtml(), List.of(), ""));
    }
    return tops.stream().map(la -> built.get(la.annotation().name())).toList();
  }

  private static Views.Note note(
      PageContext context,
      LinkedArticle a,
      LinkedAnnotation la,
      List<Views.Note> replies,
      String bodyHtml,
      List<Views.Note> inReplyTo,
      String excerpt) {
    Annotation an = la.annotation();
    Optional<Anchor> anchor = la.anchor();
    String articleUrl = SitePaths.article(a.article().slug());
    String original =
        anchor.isPresent() && !a.article().url().isEmpty()
            ? TextFragments.link(
                a.article().url(),
                anchor.get().prefix(),
                anchor.get().exact(),
                anchor.get().suffix())
            : "";
    return new Views.Note(
        an.name(),
        "note-" + an.name(),
        anchor.isPresent() ? "passage-" + an.name() : "",
        a.article().slug(),
        a.article().title(),
        articleUrl,
        an.author(),
        an.authorUrl(),
        SitePaths.author(an.handle()),
        an.date().toString(),
        context.display(an.date()),
        anchor.isPresent(),
        an.quote(),
        anchor.map(Anchor::exact).orElse(""),
        anchor.map(Anchor::approximate).orElse(false),
        original,
        bodyHtml,
        replies,
        an.fields(),
        inReplyTo,
        excerpt);
  }
}
