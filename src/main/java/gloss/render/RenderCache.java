package gloss.render;

import gloss.link.LinkedArticle;
import gloss.model.Annotation;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the renderer remembers between two renders of the same site (serve's rebuilds): each
 * page's model, template fingerprint and bytes, and the view records built from linked
 * documents that did not change. A page is rendered again only when its model (the view
 * records, compared by value) or its template changed, so the output is always the same as a
 * fresh render's. Holds no state a caller can see; pass the same instance to every render.
 * Not for concurrent renders.
 */
public final class RenderCache {
  /** A page as last rendered without errors. */
  record PageState(String template, String fingerprint, Map<String, Object> model, byte[] bytes) {}

  /**
   * What view records depend on beyond their own documents: the site settings and, for every
   * entity, what a link to it shows. When it changes, cached views are dropped.
   */
  record ViewContext(Object config, Map<String, Object> entityLinks, Map<String, Object> linkedData) {}

  /**
   * What is built from one linked article besides its page: the page's view and JSON-LD and
   * the article's annotation collection ({@code annotations.jsonld}).
   */
  record ArticleOutput(Views.Article view, String jsonLd, byte[] annotations) {}

  Map<String, PageState> pages = new ConcurrentHashMap<>();
  ViewContext context;
  Views.Site site;
  ViewMemo<LinkedArticle, ArticleOutput> articleViews = new ViewMemo<>();
  ViewMemo<LinkedArticle, Views.ArticleCard> cards = new ViewMemo<>();
  Map<String, EntityViewState> entityViews = new ConcurrentHashMap<>();

  Authors authorNotes = new Authors();
  /** Page jobs by the view (or view state) they show, reused while the site view is the same. */
  Map<Object, Object> jobs = new IdentityHashMap<>();
  Set<String> sitemapPaths;
  /** The articles as last given, the same newest first, and each slug's place in that order. */
  List<LinkedArticle> orderedFrom;
  List<LinkedArticle> order;
  Map<String, Integer> orderIndex;
  /** Article page jobs by article view, reused while the site view is the same. */
  ViewMemo<ArticleOutput, SiteRenderer.Job> articleJobs = new ViewMemo<>();
  /** search-index.js and what it was made from (cards, entity links, authors). */
  Object searchInputs;
  byte[] searchIndex;
  List<Views.SitemapEntry> sitemap;

  /** A note on an author's page, with the annotation it shows. */
  record AuthorNote(Annotation annotation, Views.Note note) {}

  /** Every author's notes by article, and each author's view, as of the last render. */
  static final class Authors {
    final Map<String, LinkedArticle> seen = new HashMap<>();
    /** The articles as last given, to find changed ones by position. */
    List<LinkedArticle> from;
    final Map<String, List<AuthorNote>> bySlug = new HashMap<>();
    final Map<String, Map<String, List<AuthorNote>>> byAuthor = new HashMap<>();
    final Map<String, Views.Author> views = new TreeMap<>();

    /** Drops an article's notes, marking their authors for assembly. */
    void forget(String slug, Set<String> dirty) {
      List<AuthorNote> old = bySlug.remove(slug);
      if (old == null) {
        return;
      }
      for (AuthorNote n : old) {
        String handle = n.annotation().handle();
        Map<String, List<AuthorNote>> notes = byAuthor.get(handle);
        if (notes != null) {
          notes.remove(slug);
        }
        dirty.add(handle);
      }
    }
  }

  /** An entity page's view and summary with the inputs they were built from. */
  record EntityViewState(Object inputs, Views.Entity view, String summary, String jsonLd) {}

  /** Drops the cached views when what they depend on changed. */
  void useContext(ViewContext now) {
    if (!now.equals(context)) {
      context = now;
      articleViews = new ViewMemo<>();
      cards = new ViewMemo<>();
      entityViews = new ConcurrentHashMap<>();
      authorNotes = new Authors();
      jobs = new IdentityHashMap<>();
      articleJobs = new ViewMemo<>();
      sitemapPaths = null;
    }
  }
}
