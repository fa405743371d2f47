package gloss.importer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article in a page, in the spirit of Mozilla's Readability: strip what cannot be the
 * article (scripts, hidden and debris-hinted elements, short debris blocks), score every paragraph
 * by its length and commas and hand the score to its ancestors, weight each candidate by its class
 * and id hints and its link density, take the best one, merge in siblings that look like more of
 * the same, and clean that subtree of link lists, forms and image galleries.
 *
 * <p>Works on the document it is given and changes it: pass a copy when the original is still
 * needed (the metadata is read from the untouched page).
 */
final class ContentExtractor {
  /** Words in text of the chosen block below which a page has no article. */
  static final int MIN_WORDS = 60;

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|"
              + "footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
              + "skyscraper|sponsor|shopping|tags|tool|widget|byline|author|dateline|caption|credit",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "dd",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "table",
          "ul",
          "tr",
          "td",
          "th",
          "tbody",
          "thead",
          "img",
          "picture",
          "iframe",
          "video",
          "br");
  private static final Set<String> WRAPPERS =
      Set.of(
          "div",
          "section",
          "article",
          "main",
          "body",
          "td",
          "li",
          "blockquote",
          "header",
          "footer",
          "figure",
          "aside");
  private static final String EMBED_MARK = "data-gloss-embed";

  private final boolean images;
  private final Removals removed;
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  private ContentExtractor(boolean images, Removals removed) {
    this.images = images;
    this.removed = removed;
  }

  /** The article's element, detached from the page, or empty with the page's best word count. */
  static Extraction extract(Document page, boolean images, Removals removed) {
    return new ContentExtractor(images, removed).run(page);
  }

  /**
   * @param words the words of the best block found, article or not
   */
  record Extraction(Optional<Element> article, int words, double linkDensity) {}

  private Extraction run(Document page) {
    Element body = page.body();
    stripNonContent(body);
    replaceEmbeds(body);
    stripFigures(body);
    stripHintedDebris(body);
    stripTextDebris(body);
    wrapLooseText(body);
    Element top = bestCandidate(body);
    Element article = mergeSiblings(top);
    // Measured before cleaning, which would strip a home page's link lists down to nothing.
    double density = linkDensity(article);
    clean(article);
    int words = wordCount(article.text());
    boolean isArticle = words >= MIN_WORDS && density < 0.5;
    return new Extraction(isArticle ? Optional.of(article) : Optional.empty(), words, density);
  }

  // ---- removing what cannot be the article -------------------------------------------------

  private void stripNonContent(Element body) {
    for (Element el :
        body.select(
            "script, style, noscript, template, link, meta, svg, canvas, map, amp-analytics, "
                + "object param, form, button, input, select, textarea, dialog")) {
      if (el.parent() != null) {
        if (el.is("form, button, input, select, textarea, dialog")) {
          removed.add(Debris.SCRIPTS);
        }
        el.remove();
      }
    }
    List<Node> comments = new ArrayList<>();
    body.forEachNode(
        n -> {
          if (n instanceof Comment) comments.add(n);
        });
    comments.forEach(Node::remove);
    for (Element el : body.select("[hidden], [aria-hidden=true], [style]")) {
      if (el.parent() != null && isHidden(el)) {
        removed.add(Debris.HIDDEN);
        el.remove();
      }
    }
  }

  private static boolean isHidden(Element el) {
    return el.hasAttr("hidden")
        || el.attr("aria-hidden").equalsIgnoreCase("true") && el.select("p").size() < 2
        || HIDDEN_STYLE.matcher(el.attr("style")).find();
  }

  /** Iframes, video, audio and social-post embeds become one paragraph with a link. */
  private void replaceEmbeds(Element body) {
    for (Element el :
        body.select(
            "iframe, video, audio, embed, object, amp-iframe, amp-video, amp-youtube, "
                + "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, "
                + "blockquote.bluesky-embed, blockquote.mastodon-embed")) {
      if (el.parent() == null) continue;
      String url = embedUrl(el);
      removed.add(Debris.EMBEDS);
      if (url.isEmpty()) {
        el.remove();
        continue;
      }
      String host = hostOf(url);
      String what = el.is("blockquote") ? "Post on " + host : "Embedded media from " + host;
      Element p = new Element("p").attr(EMBED_MARK, "");
      p.appendElement("a").attr("href", url).text(what);
      el.replaceWith(p);
    }
  }

  private static String embedUrl(Element el) {
    if (el.is("amp-youtube") && el.hasAttr("data-videoid")) {
      return "https://www.youtube.com/watch?v=" + el.attr("data-videoid");
    }
    if (el.is("blockquote")) {
      Elements links = el.select("a[href]");
      return links.isEmpty() ? "" : httpUrl(links.last().absUrl("href"));
    }
    for (String attr : List.of("src", "data-src", "data")) {
      String url = httpUrl(el.absUrl(attr));
      if (!url.isEmpty()) return url;
    }
    Element source = el.selectFirst("source[src]");
    return source != null ? httpUrl(source.absUrl("src")) : "";
  }

  static String httpUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? url : "";
  }

  private static String hostOf(String url) {
    try {
      String host = java.net.URI.create(url).getHost();
      return host == null ? "the page" : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return "the page";
    }
  }

  /** Figures lose their captions and credits; images go unless asked for. */
  private void stripFigures(Element body) {
    for (Element caption :
        body.select("figcaption, .wp-caption-text, [class*=caption], [class*=credit]")) {
      if (caption.parent() != null
          && !caption.is("body, article, main")
          && caption.select("p").size() < 3) {
        removed.add(Debris.CAPTIONS);
        caption.remove();
      }
    }
    for (Element img : body.select("img, picture, amp-img")) {
      if (img.parent() == null) continue;
      if (images
          && img.is("img, amp-img")
          && !img.attr("alt").isBlank()
          && !httpUrl(img.absUrl("src")).isEmpty()) {
        Element keep =
            new Element("img").attr("src", img.absUrl("src")).attr("alt", img.attr("alt"));
        Element holder = img.closest("figure, picture");
        (holder != null ? holder : img).replaceWith(new Element("p").appendChild(keep));
      } else {
        removed.add(Debris.IMAGES);
        img.remove();
      }
    }
    for (Element figure : body.select("figure")) {
      if (figure.parent() != null
          && figure.select("img").isEmpty()
          && wordCount(figure.text()) < 40) {
        figure.remove();
      }
    }
  }

  private void stripHintedDebris(Element body) {
    // Top-down, so a removed menu's items are not counted again.
    List<Element> queue = new ArrayList<>(body.children());
    while (!queue.isEmpty()) {
      Element el = queue.remove(queue.size() - 1);
      Optional<Debris> kind = Debris.byHints(el);
      if (kind.isPresent() && !el.hasAttr(EMBED_MARK)) {
        removed.add(kind.get());
        el.remove();
      } else {
        queue.addAll(el.children());
      }
    }
  }

  /** Short blocks whose whole text is debris: credits, "Advertisement", "Related Posts", … */
  private void stripTextDebris(Element body) {
    for (Element el :
        body.select(
            "p, h2, h3, h4, h5, h6, li, span, div, strong, em, small, a, blockquote, time, address")) {
      if (el.parent() == null || el.hasAttr(EMBED_MARK)) continue;
      if (el.is("div, li, blockquote, span, strong, em, small, a, time, address")
          && hasBlockChild(el)) continue;
      Optional<Debris> kind = Debris.byText(el.text());
      if (kind.isEmpty()) continue;
      if (el.is("a, span, strong, em, small, time") && !wholeTextOfParent(el)) continue;
      removed.add(kind.get());
      if (el.is("h2, h3, h4, h5, h6") && kind.get() != Debris.CAPTIONS) {
        // A "Related Posts" heading takes the list of links under it along.
        Element next = el.nextElementSibling();
        if (next != null && next.is("ul, ol, div, section") && linkDensity(next) > 0.5) {
          next.remove();
        }
      }
      el.remove();
    }
  }

  private static boolean wholeTextOfParent(Element el) {
    Element parent = el.parent();
    return parent != null && parent.text().strip().equals(el.text().strip()) && !parent.is("body");
  }

  // ---- finding the article -------------------------------------------------------------------

  /**
   * Text sitting directly in a wrapper beside blocks becomes paragraphs, split at double breaks.
   */
  private static void wrapLooseText(Element body) {
    for (Element wrapper : body.select(String.join(", ", WRAPPERS))) {
      if (!hasBlockChild(wrapper) && !wrapper.is("body") && !containsBreakPair(wrapper)) continue;
      List<Node> run = new ArrayList<>();
      for (Node child : new ArrayList<>(wrapper.childNodes())) {
        boolean inline =
            child instanceof TextNode
                || child instanceof Element e && !BLOCKS.contains(e.normalName());
        boolean breakPair = child instanceof Element e && e.is("br") && nextIsBreak(e);
        if (inline && !breakPair) {
          run.add(child);
        } else {
          wrap(run);
          run = new ArrayList<>();
          if (breakPair || child instanceof Element e && e.is("br") && isAfterBreak(e)) {
            child.remove();
          }
        }
      }
      wrap(run);
    }
  }

  private static boolean containsBreakPair(Element el) {
    for (Element br : el.children()) {
      if (br.is("br") && nextIsBreak(br)) return true;
    }
    return false;
  }

  private static boolean nextIsBreak(Element br) {
    Node next = br.nextSibling();
    while (next instanceof TextNode t && t.isBlank()) next = next.nextSibling();
    return next instanceof Element e && e.is("br");
  }

  private static boolean isAfterBreak(Element br) {
    Node prev = br.previousSibling();
    while (prev instanceof TextNode t && t.isBlank()) prev = prev.previousSibling();
    return prev == null || prev instanceof Element e && BLOCKS.contains(e.normalName());
  }

  private static void wrap(List<Node> run) {
    StringBuilder text = new StringBuilder();
    for (Node n : run) {
      text.append(n instanceof TextNode t ? t.text() : ((Element) n).text());
    }
    if (text.toString().isBlank()) return;
    Element p = new Element("p");
    run.get(0).before(p);
    for (Node n : run) p.appendChild(n);
  }

  private static boolean hasBlockChild(Element el) {
    for (Element child : el.children()) {
      if (BLOCKS.contains(child.normalName()) && !child.is("br")) return true;
    }
    return false;
  }

  private Element bestCandidate(Element body) {
    List<Element> candidates = new ArrayList<>();
    for (Element el : body.select("p, pre, td, div, section")) {
      if (el.is("div, section, td") && hasBlockChild(el)) continue;
      String text = el.text();
      if (text.length() < 25) continue;
      double score = 1 + countCommas(text) + Math.min(text.length() / 100, 3);
      Element ancestor = el.parent();
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        if (ancestor.parent() == null || ancestor.is("html")) break;
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor));
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, score / divider, Double::sum);
      }
    }
    Element top = null;
    double topScore = 0;
    List<Element> ranked = new ArrayList<>();
    for (Element c : candidates) {
      double s = scores.get(c) * (1 - linkDensity(c));
      scores.put(c, s);
      ranked.add(c);
      if (top == null || s > topScore) {
        top = c;
        topScore = s;
      }
    }
    if (top == null) {
      return body;
    }
    top = commonAncestorOfAlternatives(top, topScore, ranked);
    return climbWhileParentScoresMore(top);
  }

  /** When three or more near-best candidates share an ancestor, the article is that ancestor. */
  private Element commonAncestorOfAlternatives(Element top, double topScore, List<Element> ranked) {
    List<Element> alternatives = new ArrayList<>();
    for (Element c : ranked) {
      if (c != top && scores.get(c) / topScore >= 0.75) alternatives.add(c);
    }
    if (alternatives.size() < 3) return top;
    for (Element parent = top.parent();
        parent != null && !parent.is("html");
        parent = parent.parent()) {
      int inside = 0;
      for (Element alt : alternatives) {
        if (isAncestor(parent, alt)) inside++;
      }
      if (inside >= 3) {
        scores.putIfAbsent(parent, initialScore(parent));
        return parent;
      }
    }
    return top;
  }

  private Element climbWhileParentScoresMore(Element top) {
    double last = scores.get(top);
    double threshold = last / 3;
    for (Element parent = top.parent();
        parent != null && !parent.is("body, html");
        parent = parent.parent()) {
      Double score = scores.get(parent);
      if (score == null) continue;
      if (score < threshold) break;
      if (score > last) {
        top = parent;
        break;
      }
      last = score;
    }
    while (top.parent() != null
        && !top.parent().is("body, html")
        && top.parent().children().size() == 1) {
      top = top.parent();
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element el) {
    for (Element p = el.parent(); p != null; p = p.parent()) {
      if (p == ancestor) return true;
    }
    return false;
  }

  private double initialScore(Element el) {
    double base =
        switch (el.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return base + classWeight(el);
  }

  static int classWeight(Element el) {
    int weight = 0;
    for (String hint : List.of(el.className(), el.id())) {
      if (hint.isEmpty()) continue;
      if (NEGATIVE.matcher(hint).find()) weight -= 25;
      if (POSITIVE.matcher(hint).find()) weight += 25;
    }
    if (el.is("article, main, [itemprop=articleBody], [role=main]")) weight += 25;
    return weight;
  }

  /** The top candidate and its siblings that look like more of the article, in page order. */
  private Element mergeSiblings(Element top) {
    Element article = new Element("div");
    Element parent = top.parent();
    if (parent == null || top.is("body")) {
      for (Node child : new ArrayList<>(top.childNodes())) article.appendChild(child);
      return article;
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    for (Element sibling : new ArrayList<>(parent.children())) {
      boolean append = sibling == top;
      if (!append) {
        double bonus =
            !top.className().isEmpty() && sibling.className().equals(top.className())
                ? topScore * 0.2
                : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
          append = true;
        } else if (sibling.is("p, blockquote, ul, ol, h2, h3, h4, table, pre")
            || sibling.hasAttr(EMBED_MARK)) {
          append = siblingParagraphBelongs(sibling);
        }
      }
      if (append) article.appendChild(sibling);
    }
    return article;
  }

  private static boolean siblingParagraphBelongs(Element sibling) {
    if (sibling.hasAttr(EMBED_MARK)) return true;
    String text = sibling.text();
    double density = linkDensity(sibling);
    if (sibling.is("h2, h3, h4")) {
      Element next = sibling.nextElementSibling();
      return next != null && next.is("p") && next.text().length() > 80;
    }
    return text.length() > 80 && density < 0.25
        || text.length() > 0 && density == 0 && (text.contains(". ") || text.endsWith("."));
  }

  // ---- cleaning the article ------------------------------------------------------------------

  private void clean(Element article) {
    for (Element el :
        reversed(article.select("div, section, ul, ol, table, header, footer, aside, dl"))) {
      if (el.parent() == null || el == article) continue;
      if (shouldDrop(el)) {
        Optional<Debris> kind = Debris.byHints(el);
        removed.add(kind.orElse(linkDensity(el) > 0.5 ? Debris.RELATED : Debris.ADS));
        el.remove();
      }
    }
    for (Element el : article.select("p, h1, h2, h3, h4, h5, h6, span, div")) {
      if (el.parent() != null && el.text().isBlank() && el.select("img").isEmpty()) el.remove();
    }
  }

  private boolean shouldDrop(Element el) {
    if (el.select("[" + EMBED_MARK + "]").size() == el.select("p").size()
        && el.hasText()
        && el.select("[" + EMBED_MARK + "]").size() > 0) {
      return false;
    }
    int weight = classWeight(el);
    double score = scores.getOrDefault(el, 0.0);
    if (weight + score < 0) return true;
    String text = el.text();
    if (countCommas(text) >= 10) return false;
    boolean isList = el.is("ul, ol, dl");
    if (el.is("table") && isDataTable(el)) return false;
    int paragraphs = el.select("p").size();
    int imgs = el.select("img").size();
    int items = el.select("li").size() - 100;
    int length = text.length();
    double density = linkDensity(el);
    if (!isList) {
      int listText = 0;
      for (Element list : el.select("ul, ol")) listText += list.text().length();
      isList = length > 0 && listText / (double) length > 0.9;
    }
    return imgs > 1 && paragraphs / (double) imgs < 0.5
        || !isList && items > paragraphs
        || !isList && length < 25 && (imgs == 0 || imgs > 2) && density > 0
        || !isList && weight < 25 && density > 0.2
        || isList && density > 0.6 && el.closest("article, main, [itemprop=articleBody]") == null
        || weight >= 25 && density > 0.5;
  }

  private static boolean isDataTable(Element table) {
    if (!table.select("th, caption, thead").isEmpty()) return true;
    Elements rows = table.select("tr");
    return rows.size() >= 2
        && rows.first().select("td").size() >= 2
        && table.select("table table").isEmpty();
  }

  private static List<Element> reversed(Elements els) {
    List<Element> list = new ArrayList<>(els);
    java.util.Collections.reverse(list);
    return list;
  }

  // ---- measures ------------------------------------------------------------------------------

  static double linkDensity(Element el) {
    int length = el.text().length();
    if (length == 0) return 0;
    double links = 0;
    for (Element a : el.select("a")) {
      if (a.hasAttr(EMBED_MARK) || a.parent() != null && a.parent().hasAttr(EMBED_MARK)) continue;
      double coefficient = a.attr("href").startsWith("#") ? 0.3 : 1;
      links += a.text().length() * coefficient;
    }
    return Math.min(1, links / length);
  }

  private static int countCommas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') n++;
    }
    return n;
  }

  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) words++;
      inWord = letter;
    }
    return words;
  }
}
