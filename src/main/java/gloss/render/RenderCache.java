package gloss.render;

import gloss.link.LinkedAnnotation;
import gloss.link.LinkedArticle;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
  record ViewContext(Object config, Map<String, Object> entityLinks) {}

  Map<String, PageState> pages = new ConcurrentHashMap<>();
  ViewContext context;
  Views.Site site;
  Map<LinkedArticle, Views.Article> articleViews = new IdentityHashMap<>();
  Map<LinkedArticle, Views.ArticleCard> cards = new IdentityHashMap<>();
  Map<LinkedAnnotation, Views.Note> notes = new IdentityHashMap<>();
  Map<String, EntityViewState> entityViews = new ConcurrentHashMap<>();

  Map<String, AuthorState> authors = new HashMap<>();
  List<String> sitemapPaths;
  List<Views.SitemapEntry> sitemap;

  /** An author's view with the notes (in site order) it was built from. */
  record AuthorState(Object inputs, Views.Author author) {}

  /** An entity page's view and summary with the inputs they were built from. */
  record EntityViewState(Object inputs, Views.Entity view, String summary) {}

  /** Drops the cached views when what they depend on changed. */
  void useContext(ViewContext now) {
    if (!now.equals(context)) {
      context = now;
      articleViews = new IdentityHashMap<>();
      cards = new IdentityHashMap<>();
      notes = new IdentityHashMap<>();
      entityViews = new ConcurrentHashMap<>();
      authors = new HashMap<>();
      sitemapPaths = null;
    }
  }
}
