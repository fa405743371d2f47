package gloss.importer;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The kinds of page debris the importer removes, and how each is recognised: by the hints a page
 * puts on an element (tag, {@code role}, class and id words) or by the text of a short block
 * ("Related Posts", "AFP via Getty Images"). Kinds are reported to the editor in this order.
 */
enum Debris {
  NAVIGATION(
      "navigation and menus",
      "nav|navbar|navigation|menu|menubar|breadcrumbs?|skip-?link|skip-?to|masthead|site-?header|"
          + "pagination|pager|toolbar|topbar",
      "skip to (?:main |site )?(?:content|navigation|index)|back to (?:top|news|home|.{1,30} index)|menu|home|"
          + "[_*=~•·–—-]{3,}"),
  FOOTER(
      "header, footer and legal lines",
      "footer|site-?footer|colophon|copyright|legal|disclaimer",
      "(?:©|\\(c\\)|copyright)\\s.*|all rights reserved\\.?|.*\\ball rights reserved\\..*|"
          + "(?:privacy policy|terms of (?:use|service)|cookie policy)(?:\\s*[|·•]\\s*.*)?|our standards:.{0,80}|"
          + "a version of this article appears in print.{0,250}"),
  RELATED(
      "related and recommended links",
      "related|recommend(?:ed|ations)?|more-?stories|most-?(?:read|popular|viewed)|read-?more|"
          + "read-?next|up-?next|trending|outbrain|taboola|popular|also-?read|further-?reading|"
          + "more-?from|next-?article|suggested|teasers?|sidebar|right-?rail|rail|links-?block|amp-related",
      "(?:related|more|see also|read more|also read|recommended|further reading)\\s*:.{0,150}|"
          + "related(?: posts| stories| articles| coverage| content| topics)?|recommended(?: for you| stories)?|"
          + "most (?:read|popular|viewed)|more (?:stories|from .{1,40}|on this story)|"
          + "read (?:more|next|also)\\b.{0,120}|see also\\b.{0,120}|you (?:may|might) (?:also )?like|"
          + "up next|trending(?: now)?|further reading|(?:also|continue) reading\\b.{0,120}"),
  NEWSLETTER(
      "newsletter and subscription prompts",
      "newsletter|subscribe|subscription|signup|sign-?up|paywall|regwall|piano|membership|"
          + "inline-?cta|cta|epic|contributions|support-?us|donate|donation",
      "(?:sign up|subscribe|register)\\b.{0,150}|(?:get|receive|want) (?:our|the) .{0,60}newsletters?.{0,80}|"
          + "already a subscriber\\?.{0,60}|(?:log|sign) in to (?:continue|read).{0,80}|"
          + "this will close in \\d+ seconds?|support (?:our|independent) journalism.{0,100}|"
          + "become a (?:member|subscriber).{0,80}"),
  SHARE(
      "share and social buttons",
      "share|sharing|social|sociable|addthis|sharethis|follow-?us|print-?button|email-?button",
      "share(?: this(?: article| story| post| page)?| on \\w+)?:?|share(?: this(?: article| story| post| page)?)?\\s*:.{0,80}|(?:share|tweet|email|print|copy link)"
          + "(?:\\s*[|·•/]?\\s*(?:share|tweet|email|print|copy link|facebook|twitter|x|linkedin|"
          + "whatsapp|reddit))+|follow (?:us|our|\\S+ coverage)\\b.{0,120}|"
          + "(?:facebook|twitter|linkedin|whatsapp|email|reddit|pinterest)"
          + "(?:\\s*[|·•/]?\\s*(?:facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest))+"),
  COMMENTS(
      "comments",
      "comments?|comment-?list|respond|disqus|replies|discussion|talkback|coral",
      "(?:\\d+ )?comments?|leave a (?:reply|comment).{0,60}|show comments|join the conversation.{0,60}"),
  ADS(
      "ads and sponsored labels",
      "ads?|advert|advertisement|advertising|ad-?slot|ad-?unit|ad-?container|dfp|gpt|sponsored|"
          + "sponsor|promo|promoted|native-?ad|paid-?content",
      "(?:advertisement|advertising|anzeige|publicité|sponsored(?: content)?|paid (?:content|post)|promoted)"
          + "(?:\\s*[·|•:-]\\s*.{0,80})?|ad|"
          + "story continues below(?: advertisement)?|scroll to continue(?: with content)?|"
          + "continue reading below|article continues (?:below|after advertisement)"),
  COOKIES(
      "cookie and consent banners",
      "cookies?|consent|gdpr|cmp|privacy-?banner|onetrust|didomi|truste",
      "(?:we|this (?:site|website)|our (?:site|website)) (?:uses?|and our partners use) cookies.{0,250}|"
          + "(?:accept|reject|manage|allow)(?: all)?(?: cookies| preferences| choices)?|cookie (?:settings|preferences)"),
  BYLINES(
      "bylines, datelines and standfirsts (read as metadata)",
      "byline|by-?line|author-?name|authors?-?list|author-?line|dateline|date|dates|modified|post-?date|"
          + "entry-?date|publish(?:ed)?-?date|sub-?headline|standfirst|dek|kicker|overline|strapline|subtitle|"
          + "article-?summary|"
          + "timestamp|article-?date|post-?author|entry-?author|meta-?author|posted-?on|article-?meta|"
          + "story-?meta|updated",
      "(?:by|von|par|por)\\s+(?-i:"
          + Bylines.NAMES
          + ")(?:\\s*[|·•—–-]\\s*.{0,80}|,(?:\\s+\\p{Lu}\\p{L}+){1,4}|\\s+"
          + Bylines.DATE
          + ".{0,30})?|(?:(?:updated|published|posted|last updated)(?: on)?:?\\s+)?"
          + Bylines.DATE
          + ".{0,40}"),
  AUTHOR_BIO(
      "author bio boxes",
      "author-?bio|about-?the-?author|author-?box|author-?info|author-?card|bio-?box|contributor-?bio",
      ""),
  TAGS(
      "tag lists and breadcrumbs",
      "tags?|tag-?list|tagcloud|post-?tags|entry-?tags|topics|categories|keywords|post-?meta|entry-?meta|"
          + "entry-?footer|post-?footer",
      "(?:tags|topics|filed under|categories|posted in):.{0,200}"),
  HIDDEN("hidden elements", "", ""),
  EMBEDS("embeds (kept as a link)", "", ""),
  CAPTIONS(
      "photo captions and credit lines",
      "caption|credit|wp-caption|photo-?credit|image-?credit|media-?credit|figcaption|copyright-?notice|"
          + "carousel|slideshow|gallery|lightbox",
      ""),
  IMAGES("images", "", ""),
  SCRIPTS("scripts, styles and forms", "", "");

  final String label;
  private final Pattern hints;
  private final Pattern text;

  Debris(String label, String hintWords, String textPattern) {
    this.label = label;
    this.hints =
        hintWords.isEmpty() ? null : Pattern.compile("(?:^|[-_ ])(?:" + hintWords + ")(?:$|[-_ ])");
    this.text =
        textPattern.isEmpty() ? null : Pattern.compile(textPattern, Pattern.CASE_INSENSITIVE);
  }

  private static final Pattern ROLES =
      Pattern.compile(
          "navigation|menu|menubar|banner|contentinfo|complementary|search|dialog|alertdialog");

  /**
   * Photo credits: a caption's closing words ("Bloomberg via Getty Images", "AP Photo/Evan Vucci",
   * "Reuters") or a line that is only a credit.
   */
  static final Pattern CREDIT =
      Pattern.compile(
          "(?:(?:[\\p{Lu}][\\p{L}.'’&-]*\\s+){0,5}via (?:Getty Images|AP|Reuters|AFP|Shutterstock|Imago|"
              + "ZUMA(?: Press)?(?: Wire)?|Alamy|Sipa(?: USA)?|Bloomberg)|"
              + "(?:AP|AFP|Reuters|EPA(?:-EFE)?|Getty Images|Shutterstock|Bloomberg|Xinhua|PA|"
              + "\\p{Lu}{2,6} Photo|Reuters Photo)(?:/[\\p{L}.'’ -]{2,60})?|"
              + "(?:Photo|Image|Picture|Photograph|Credit|Photo credit|Illustration)s?(?:\\s+by:?|:)\\s*"
              + "[\\p{L}.'’&/ -]{2,80}|"
              + "\\((?:Photo|Image|Credit)[^)]{0,80}\\)|\\([^)]{0,60}(?:Getty Images|Photo/|Reuters|AFP)[^)]{0,60}\\))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern CAPTION_ENDING_IN_CREDIT =
      Pattern.compile(
          ".*[.!?”\"’)]\\s+(?:" + CREDIT.pattern() + ")\\s*", CREDIT.flags() | Pattern.DOTALL);

  /** Whether a block of text is a photo caption ending in a credit, or a credit alone. */
  static boolean isCredit(String block) {
    String t = block.strip();
    return CREDIT.matcher(t).matches()
        || t.length() < 600 && CAPTION_ENDING_IN_CREDIT.matcher(t).matches();
  }

  /** The kind of debris an element's tag, role, class or id announces, if any. */
  static Optional<Debris> byHints(Element el) {
    String tag = el.normalName();
    switch (tag) {
      case "nav", "menu", "amp-sidebar" -> {
        return Optional.of(NAVIGATION);
      }
      case "amp-ad", "amp-embed", "amp-sticky-ad" -> {
        return Optional.of(ADS);
      }
      case "amp-social-share" -> {
        return Optional.of(SHARE);
      }
      case "aside" -> {
        return Optional.of(hintKind(el).orElse(RELATED));
      }
      case "figcaption" -> {
        return Optional.of(CAPTIONS);
      }
      case "form", "button", "input", "select", "textarea", "dialog" -> {
        return Optional.of(SCRIPTS);
      }
      default -> {}
    }
    String role = el.attr("role").toLowerCase(Locale.ROOT);
    if (ROLES.matcher(role).matches() && !el.is("body, main, article")) {
      return Optional.of(
          switch (role) {
            case "contentinfo" -> FOOTER;
            case "complementary" -> RELATED;
            case "dialog", "alertdialog" -> COOKIES;
            default -> NAVIGATION;
          });
    }
    if ((tag.equals("header") || tag.equals("footer"))
        && el.closest("article, main, [role=main]") == null) {
      return Optional.of(tag.equals("header") ? NAVIGATION : FOOTER);
    }
    return hintKind(el);
  }

  private static Optional<Debris> hintKind(Element el) {
    String words = hintWords(el);
    if (words.isBlank() || el.is("body, main, article, [role=main]")) {
      return Optional.empty();
    }
    for (Debris kind : values()) {
      if (kind.hints != null && kind.hints.matcher(words).find()) {
        // "post-content", "article-body" outweigh a stray "share" or "commercial" in the same
        // attribute,
        // and a block of long, unlinked paragraphs is the article whatever its class says.
        if (kind != CAPTIONS
            && kind != COMMENTS
            && (isContentName(words) || holdsArticleText(el))) {
          return Optional.empty();
        }
        // A byline, tag list or share bar is short: a long unlinked text under such a name
        // ("date-outer" around a whole blog post) is the article.
        if (EnumSet.of(NAVIGATION, FOOTER, SHARE, ADS, BYLINES, AUTHOR_BIO, TAGS).contains(kind)
            && isLongText(el)) {
          return Optional.empty();
        }
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Class and id names that mean "this is the article" ({@code article-body}, {@code
   * entry-content}, {@code styles_articleBody__u3Y9w}): they protect an element from debris hints
   * beside them.
   */
  private static final Pattern CONTENT_NAME =
      Pattern.compile(
          "(?:[a-z0-9]+[-_]+)?(?:(?:article|entry|post|story|blog|page|main|news|rich-?text)[-_]?"
              + "(?:body|content|text|copy)|article|content|main|prose|story|post|single)"
              + "(?:[-_]+(?:body|content|text|wrapper|inner|container|selector|viewer|area|main|commercial|"
              + "(?=[a-z]*\\d)[a-z0-9]{1,8}))*");

  private static boolean isContentName(String words) {
    for (String name : words.split(" ")) {
      if (CONTENT_NAME.matcher(name).matches()) return true;
    }
    return false;
  }

  private static boolean holdsArticleText(Element el) {
    int long_ = 0;
    for (Element p : el.getElementsByTag("p")) {
      if (p.text().length() > 100 && p.select("a").text().length() < p.text().length() / 5) long_++;
      if (long_ >= 3) return true;
    }
    return false;
  }

  private static boolean isLongText(Element el) {
    String text = el.text();
    return text.length() > 600 && el.select("a").text().length() < text.length() * 0.3;
  }

  /** The element's class, id and component names, lower-cased, camelCase split, space-separated. */
  static String hintWords(Element el) {
    String raw =
        el.className()
            + " "
            + el.id()
            + " "
            + el.attr("data-component")
            + " "
            + el.attr("data-testid");
    if (raw.isBlank()) {
      return "";
    }
    return raw.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** The kind of debris a short block's whole text is, if any (long blocks are never debris). */
  static Optional<Debris> byText(String blockText) {
    String t = blockText.strip();
    if (t.isEmpty() || t.length() > 300) {
      return Optional.empty();
    }
    if (isCredit(t)) {
      return Optional.of(CAPTIONS);
    }
    String bare = t.replaceAll("[\\s:|•·»›→…]+$", "").replaceAll("^[\\s|•·»›→…]+", "");
    for (Debris kind : values()) {
      if (kind.text != null && kind.text.matcher(bare).matches()) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
