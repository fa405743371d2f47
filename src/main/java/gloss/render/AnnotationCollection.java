package gloss.render;

import gloss.link.Anchor;
import gloss.link.LinkedAnnotation;
import gloss.link.LinkedArticle;
import gloss.model.Annotation;
import gloss.model.SitePaths;
import gloss.model.SiteUrls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's annotations as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD), so that
 * tools such as Hypothesis can re-anchor them. The text of an anchored annotation's target is that
 * of the page's {@code .article-body}, not of the whole page, so each text selector refines a
 * {@code CssSelector} for that element: one alternative with a TextQuoteSelector, one with a
 * TextPositionSelector whose offsets count Unicode code points, as the model says.
 */
final class AnnotationCollection {
  /** The element of the article page whose text content anchors are found in. */
  static final String ARTICLE_BODY = ".article-body";

  private AnnotationCollection() {}

  static byte[] of(LinkedArticle article, SiteUrls urls, String language) {
    String slug = article.article().slug();
    String page = urls.canonical(SitePaths.article(slug));
    String collectionId = urls.canonical(SitePaths.annotations(slug));
    String pageId = collectionId + "#page1";
    List<Map<String, Object>> items = new ArrayList<>();
    for (LinkedAnnotation la : article.annotations()) {
      items.add(item(la, page, language, urls));
    }
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("id", pageId);
    first.put("type", "AnnotationPage");
    first.put("partOf", collectionId);
    first.put("startIndex", 0);
    first.put("items", items);
    Map<String, Object> collection = new LinkedHashMap<>();
    collection.put("@context", "http://www.w3.org/ns/anno.jsonld");
    collection.put("id", collectionId);
    collection.put("type", "AnnotationCollection");
    collection.put("label", "Annotations on “" + article.article().title() + "”");
    collection.put("total", items.size());
    collection.put("first", first);
    collection.put("last", pageId); // one page holds them all
    // Compact: indentation was about a third of the file, at 10,000 articles 20 MB of the site.
    return PublishableText.utf8(PlainJson.string(PlainJson.FACTORY, collection) + "\n");
  }

  private static Map<String, Object> item(
      LinkedAnnotation la, String page, String language, SiteUrls urls) {
    Annotation a = la.annotation();
    Map<String, Object> creator = new LinkedHashMap<>();
    // The contributor's page on this site names one person whatever url each note gives.
    creator.put("id", urls.canonical(SitePaths.author(a.handle())));
    creator.put("type", "Person");
    creator.put("name", a.author());
    creator.put("nickname", a.handle());
    if (!a.authorUrl().isEmpty()) {
      creator.put("homepage", a.authorUrl());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "TextualBody");
    body.put("value", withPlainMentions(la.bodyHtml()));
    body.put("format", "text/html");
    body.put("language", language);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", page + "#note-" + a.name());
    item.put("type", "Annotation");
    item.put("motivation", a.inReplyTo().isEmpty() ? "commenting" : "replying");
    item.put("created", a.date() + "T00:00:00Z");
    item.put("creator", creator);
    item.put("body", body);
    if (!a.inReplyTo().isEmpty()) {
      item.put("target", page + "#note-" + a.inReplyTo());
    } else if (la.anchor().isPresent()) {
      Anchor anchor = la.anchor().get();
      Map<String, Object> quote = new LinkedHashMap<>();
      quote.put("type", "TextQuoteSelector");
      quote.put("exact", anchor.exact());
      quote.put("prefix", anchor.prefix());
      quote.put("suffix", anchor.suffix());
      Map<String, Object> position = new LinkedHashMap<>();
      position.put("type", "TextPositionSelector");
      position.put("start", anchor.codePointStart());
      position.put("end", anchor.codePointEnd());
      Map<String, Object> target = new LinkedHashMap<>();
      target.put("source", page);
      target.put("selector", List.of(inArticleBody(quote), inArticleBody(position)));
      item.put("target", target);
    } else {
      item.put("target", page);
    }
    return item;
  }

  /**
   * A note's HTML as a body that stands on its own: a mention's id and class serve the article page
   * (backlinks and the theme point at them), so here a linked mention is a plain link and a later
   * one its text. In the notes of the bench corpus that markup was half of the file.
   */
  static String withPlainMentions(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    for (Element mention : doc.body().select(".mention")) {
      if (mention.hasAttr("href")) {
        mention.removeAttr("class").removeAttr("id");
      } else {
        mention.unwrap();
      }
    }
    return doc.body().html();
  }

  /** A text selector applied within the article body, where its offsets and context count. */
  private static Map<String, Object> inArticleBody(Map<String, Object> textSelector) {
    Map<String, Object> css = new LinkedHashMap<>();
    css.put("type", "CssSelector");
    css.put("value", ARTICLE_BODY);
    css.put("refinedBy", textSelector);
    return css;
  }
}
