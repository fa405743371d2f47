package gloss.importer;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gloss.importer.Metadata.Found;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from a page, each field from the most trusted source that has it:
 * JSON-LD ({@code NewsArticle}, {@code Article} and kin, also inside {@code @graph}, arrays and
 * CDATA-wrapped scripts), then OpenGraph and {@code article:*} meta, then other meta tags ({@code
 * author}, {@code byl}, {@code parsely-*}, {@code sailthru.*}, Dublin Core), then microdata {@code
 * itemprop}, then {@code <time datetime>}, and last what a reader sees: the byline, the {@code
 * <h1>}, the {@code <title>}.
 */
final class MetadataExtractor {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(
              JsonReadFeature.ALLOW_JAVA_COMMENTS,
              JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
              JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "report",
          "techarticle",
          "scholarlyarticle",
          "advertisercontentarticle",
          "satiricalarticle",
          "posting");
  private static final Pattern CDATA =
      Pattern.compile(
          "^\\s*(?://|/\\*)?\\s*<!\\[CDATA\\[(?:\\s*\\*/)?|(?://|/\\*)?\\s*]]>(?:\\s*\\*/)?\\s*$");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·•-]\\s+|:\\s+");
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "msclkid",
          "mc_cid",
          "mc_eid",
          "igshid",
          "ocid",
          "cmpid",
          "smid",
          "smtyp",
          "_ga",
          "_gl",
          "ref",
          "ref_src",
          "ref_url",
          "src",
          "ito",
          "ncid",
          "ns_mchannel",
          "ns_source",
          "ns_campaign",
          "ns_linkname",
          "ns_fee",
          "cid",
          "sr_share",
          "share",
          "mbid",
          "spm",
          "source",
          "guccounter",
          "guce_referrer",
          "guce_referrer_sig",
          "s_cid",
          "trk",
          "taid",
          "yptr");
  private static final Pattern DATE_PART = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}{3,9})\\.?,?\\s+(\\d{4})\\b");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private final Document page;
  private final String pageUrl;
  private final JsonNode article;
  private final Map<String, JsonNode> byId = new HashMap<>();
  private final Map<String, String> metas = new HashMap<>();

  private MetadataExtractor(Document page, String pageUrl) {
    this.page = page;
    this.pageUrl = pageUrl;
    for (Element meta : page.select("meta[content]")) {
      String key =
          !meta.attr("property").isEmpty()
              ? meta.attr("property")
              : !meta.attr("name").isEmpty() ? meta.attr("name") : meta.attr("itemprop");
      String value = meta.attr("content").strip();
      if (!key.isEmpty() && !value.isEmpty()) {
        metas.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
      }
    }
    this.article = findArticleNode();
  }

  /**
   * @param pageUrl the address the page was fetched from, or "" for a file; the last resort for
   *     {@code url}
   */
  static Metadata read(Document page, String pageUrl) {
    return new MetadataExtractor(page, pageUrl).read();
  }

  private Metadata read() {
    Optional<Found<String>> source = source();
    String siteName = source.map(Found::value).orElse("");
    return new Metadata(
        title(siteName), date(), source, url(), authors(siteName), summary(), extra());
  }

  // ---- JSON-LD ------------------------------------------------------------------------------

  private JsonNode findArticleNode() {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      String json = CDATA.matcher(script.data()).replaceAll("").strip();
      try {
        collect(JSON.readTree(json), nodes, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // A broken block is skipped: the next source in the chain still counts.
      }
    }
    for (JsonNode node : nodes) {
      if (node.hasNonNull("@id")) byId.putIfAbsent(node.get("@id").asText(), node);
    }
    for (JsonNode node : nodes) {
      if (hasType(node, ARTICLE_TYPES)) return node;
    }
    return null;
  }

  private static void collect(JsonNode node, List<JsonNode> into, int depth) {
    if (node == null || depth > 6) return;
    if (node.isArray()) {
      node.forEach(n -> collect(n, into, depth + 1));
    } else if (node.isObject()) {
      into.add(node);
      if (node.has("@graph")) collect(node.get("@graph"), into, depth + 1);
      if (node.has("mainEntity")) collect(node.get("mainEntity"), into, depth + 1);
    }
  }

  private static boolean hasType(JsonNode node, Set<String> types) {
    JsonNode type = node.get("@type");
    if (type == null) return false;
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (types.contains(t.asText().toLowerCase(Locale.ROOT))) return true;
      }
      return false;
    }
    return types.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  /** A node itself, or the node its {@code @id} reference points at. */
  private JsonNode resolve(JsonNode node) {
    if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
      JsonNode target = byId.get(node.get("@id").asText());
      return target != null ? target : node;
    }
    return node;
  }

  private Optional<String> ld(String field) {
    if (article == null) return Optional.empty();
    JsonNode value = resolve(article.get(field));
    if (value != null && value.isArray() && !value.isEmpty()) value = resolve(value.get(0));
    if (value == null) return Optional.empty();
    if (value.isObject()) {
      JsonNode inner = value.has("name") ? value.get("name") : value.get("@id");
      return inner == null ? Optional.empty() : nonBlank(inner.asText());
    }
    return value.isValueNode() ? nonBlank(value.asText()) : Optional.empty();
  }

  private List<String> ldPeople(String siteName) {
    List<String> names = new ArrayList<>();
    if (article == null || !article.has("author")) return names;
    JsonNode authors = article.get("author");
    List<JsonNode> list = new ArrayList<>();
    if (authors.isArray()) authors.forEach(list::add);
    else list.add(authors);
    for (JsonNode a : list) {
      JsonNode author = resolve(a);
      if (author.isTextual()) {
        names.addAll(Bylines.people(author.asText(), siteName));
      } else if (author.isObject()
          && !hasType(author, Set.of("organization", "newsmediaorganization"))
          && author.hasNonNull("name")) {
        names.addAll(Bylines.people(author.get("name").asText(), siteName));
      }
    }
    return names;
  }

  /**
   * The article's own address: {@code url}, else {@code mainEntityOfPage} as text or by its
   * {@code @id}.
   */
  private Optional<String> ldUrl() {
    if (article == null) return Optional.empty();
    for (String field : List.of("url", "mainEntityOfPage")) {
      JsonNode value = article.get(field);
      if (value != null && value.isArray() && !value.isEmpty()) value = value.get(0);
      if (value == null) continue;
      if (value.isTextual()) return nonBlank(value.asText());
      for (String key : List.of("@id", "url")) {
        if (value.isObject() && value.hasNonNull(key)) return nonBlank(value.get(key).asText());
      }
    }
    return Optional.empty();
  }

  private Optional<String> ldPublisher() {
    if (article == null) return Optional.empty();
    Optional<String> publisher = ld("publisher");
    if (publisher.isPresent()
        && !publisher.get().startsWith("http")
        && !publisher.get().startsWith("#")) {
      return publisher;
    }
    JsonNode partOf = resolve(article.get("isPartOf"));
    if (partOf != null && partOf.isObject()) {
      JsonNode site = partOf.has("isPartOf") ? resolve(partOf.get("isPartOf")) : null;
      for (JsonNode n : new JsonNode[] {partOf, site}) {
        if (n != null && hasType(n, Set.of("website")) && n.hasNonNull("name"))
          return nonBlank(n.get("name").asText());
      }
    }
    return Optional.empty();
  }

  // ---- fields -------------------------------------------------------------------------------

  private Optional<Found<String>> title(String siteName) {
    return first(
        List.of(
            candidate("JSON-LD headline", ld("headline").or(() -> ld("name"))),
            candidate("og:title", meta("og:title")),
            candidate("twitter:title", meta("twitter:title")),
            candidate("parsely-title", meta("parsely-title")),
            candidate("sailthru.title", meta("sailthru.title")),
            candidate("DC.title", meta("dc.title").or(() -> meta("dcterms.title"))),
            candidate("microdata headline", itemprop("headline")),
            candidate("<h1>", headlineHeading()),
            candidate("<title>", nonBlank(page.title()))),
        t -> nonBlank(cleanTitle(t, siteName)));
  }

  /**
   * The heading that is the headline: the first {@code <h1>} or {@code <h2>} that the {@code
   * <title>} contains (a blog's {@code <h1>} is often its own name), or the {@code <h1>} of a page
   * without one.
   */
  private Optional<String> headlineHeading() {
    String title = page.title().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    for (Element h : page.select("h1, h2")) {
      String text = h.text().strip();
      if (text.length() >= 10 && !title.isEmpty() && title.contains(text.toLowerCase(Locale.ROOT)))
        return Optional.of(text);
    }
    return title.isEmpty() ? text(page.selectFirst("h1")) : Optional.empty();
  }

  /** The headline without the " | Site Name" a page appends to it. */
  static String cleanTitle(String title, String siteName) {
    String t = title.replaceAll("\\s+", " ").strip();
    Matcher m = TITLE_SEPARATOR.matcher(t);
    int last = -1;
    int lastEnd = -1;
    while (m.find()) {
      last = m.start();
      lastEnd = m.end();
    }
    if (last > 0) {
      String tail = t.substring(lastEnd);
      String separator = t.substring(last, lastEnd).strip();
      boolean isSite =
          !siteName.isBlank()
              && (tail.equalsIgnoreCase(siteName)
                  || siteName.toLowerCase(Locale.ROOT).contains(tail.toLowerCase(Locale.ROOT))
                      && tail.length() >= 3);
      if (isSite || separator.equals("|") && tail.split(" ").length <= 4) {
        return t.substring(0, last).strip();
      }
    }
    return t;
  }

  private Optional<Found<LocalDate>> date() {
    Element time = publishedTime();
    return first(
        List.of(
            candidate("JSON-LD datePublished", ld("datePublished").or(() -> ld("dateCreated"))),
            candidate(
                "article:published_time",
                meta("article:published_time").or(() -> meta("og:published_time"))),
            candidate("parsely-pub-date", meta("parsely-pub-date")),
            candidate("sailthru.date", meta("sailthru.date")),
            candidate(
                "DC.date",
                meta("dc.date.issued")
                    .or(() -> meta("dc.date"))
                    .or(() -> meta("dcterms.created"))
                    .or(() -> meta("dcterms.date"))),
            candidate(
                "meta date",
                meta("pubdate")
                    .or(() -> meta("publish-date"))
                    .or(() -> meta("publication_date"))
                    .or(() -> meta("date"))
                    .or(() -> meta("article.published"))
                    .or(() -> meta("citation_publication_date"))),
            candidate("microdata datePublished", itemprop("datePublished")),
            candidate(
                "<time datetime>",
                time == null ? Optional.empty() : nonBlank(time.attr("datetime"))),
            candidate("visible dateline", visibleDate())),
        MetadataExtractor::parseDate);
  }

  /** The {@code <time datetime>} that is the publication's, not an "updated" stamp. */
  private Element publishedTime() {
    Element fallback = null;
    for (Element time : page.select("time[datetime]")) {
      String hints =
          (Debris.hintWords(time)
                  + " "
                  + time.attr("itemprop")
                  + " "
                  + (time.parent() != null ? Debris.hintWords(time.parent()) : ""))
              .toLowerCase(Locale.ROOT);
      if (hints.contains("updat") || hints.contains("modif")) continue;
      if (time.hasAttr("pubdate") || hints.contains("publish") || hints.contains("posted"))
        return time;
      if (fallback == null
          && time.closest("header, article, main, [class*=byline], [class*=meta]") != null) {
        fallback = time;
      }
      if (fallback == null) fallback = time;
    }
    return fallback;
  }

  private Optional<String> visibleDate() {
    for (Element el :
        page.select(
            "[class*=date], [class*=dateline], [class*=published], [class*=byline], "
                + "[class*=timestamp], [class*=posted]")) {
      String hints = Debris.hintWords(el);
      if (hints.contains("updat") || hints.contains("modif")) continue;
      String text = el.text();
      if (text.length() < 120 && parseDate(text).isPresent()) return Optional.of(text);
    }
    // Pages without classes: a short line just under the headline ("By A. Writer, May 3, 2024").
    Element h1 = page.selectFirst("h1");
    Element next = h1 == null ? null : h1.nextElementSibling();
    for (int i = 0; next != null && i < 3; i++, next = next.nextElementSibling()) {
      String text = next.text();
      if (text.length() < 80
          && !text.toLowerCase(Locale.ROOT).contains("updated")
          && parseDate(text).isPresent()) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /** The calendar date a value states (its own local date: no time-zone shift). */
  static Optional<LocalDate> parseDate(String value) {
    try {
      Matcher iso = DATE_PART.matcher(value);
      if (iso.find()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(iso.group(1)),
                Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3))));
      }
      Matcher mdy = MONTH_DAY_YEAR.matcher(value);
      while (mdy.find()) {
        int month = month(mdy.group(1));
        if (month > 0) {
          return Optional.of(
              LocalDate.of(Integer.parseInt(mdy.group(3)), month, Integer.parseInt(mdy.group(2))));
        }
      }
      Matcher dmy = DAY_MONTH_YEAR.matcher(value);
      while (dmy.find()) {
        int month = month(dmy.group(2));
        if (month > 0) {
          return Optional.of(
              LocalDate.of(Integer.parseInt(dmy.group(3)), month, Integer.parseInt(dmy.group(1))));
        }
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 3) return 0;
    int index = MONTHS.indexOf(w.substring(0, 3));
    // "Sept", "March" and "Mar." are months; "Marks" or "Junior" are not.
    String full =
        List.of(
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december")
            .get(Math.max(index, 0));
    return index >= 0 && (full.startsWith(w) || w.equals("sept")) ? index + 1 : 0;
  }

  private Optional<Found<String>> source() {
    return first(
        List.of(
            candidate("JSON-LD publisher", ldPublisher()),
            candidate("og:site_name", meta("og:site_name")),
            candidate("application-name", meta("application-name")),
            candidate("DC.publisher", meta("dc.publisher").or(() -> meta("dcterms.publisher"))),
            candidate("microdata publisher", itempropName("publisher")),
            candidate("<title>", titleTail())),
        Optional::of);
  }

  /** The site name a {@code <title>} appends to the headline: "Headline - The Daily Standard". */
  private Optional<String> titleTail() {
    String title = page.title().replaceAll("\\s+", " ").strip();
    Matcher m = TITLE_SEPARATOR.matcher(title);
    int lastEnd = -1;
    int last = -1;
    while (m.find()) {
      last = m.start();
      lastEnd = m.end();
    }
    if (last <= 0) return Optional.empty();
    String head = title.substring(0, last).strip();
    String tail = title.substring(lastEnd).strip();
    if (isHeadline(head) && tail.split(" ").length <= 5) return Optional.of(tail);
    // "Site: Headline", as Blogger writes it.
    Matcher first = TITLE_SEPARATOR.matcher(title);
    if (first.find()) {
      String site = title.substring(0, first.start()).strip();
      if (isHeadline(title.substring(first.end())) && site.split(" ").length <= 5)
        return Optional.of(site);
    }
    return Optional.empty();
  }

  /** Whether a part of the {@code <title>} holds the headline the page shows or shares. */
  private boolean isHeadline(String part) {
    String p = part.toLowerCase(Locale.ROOT);
    List<String> headlines =
        new ArrayList<>(page.select("meta[property=og:title]").eachAttr("content"));
    page.select("h1, h2, h3").stream().limit(3).forEach(h -> headlines.add(h.text()));
    return headlines.stream()
        .map(h -> h.strip().toLowerCase(Locale.ROOT))
        .anyMatch(h -> h.length() >= 10 && p.contains(h));
  }

  private Optional<Found<String>> url() {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    return first(
        List.of(
            candidate("JSON-LD url", ldUrl()),
            candidate("og:url", meta("og:url")),
            candidate(
                "<link rel=canonical>",
                canonical == null ? Optional.empty() : nonBlank(canonical.absUrl("href"))),
            candidate("the address it was fetched from", nonBlank(pageUrl))),
        u -> nonBlank(cleanUrl(resolveAgainstPage(u))));
  }

  private String resolveAgainstPage(String url) {
    try {
      return java.net
          .URI
          .create(page.location().isEmpty() ? url : page.location())
          .resolve(url)
          .toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** An absolute http(s) URL without its fragment and tracking parameters, or "". */
  static String cleanUrl(String url) {
    String u = url.strip();
    if (ContentExtractor.httpUrl(u).isEmpty()) return "";
    int hash = u.indexOf('#');
    if (hash >= 0) u = u.substring(0, hash);
    int query = u.indexOf('?');
    if (query < 0) return u;
    List<String> kept = new ArrayList<>();
    for (String param : u.substring(query + 1).split("&")) {
      String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!param.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) kept.add(param);
    }
    return u.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }

  private Optional<Found<List<String>>> authors(String siteName) {
    List<Found<List<String>>> candidates = new ArrayList<>();
    candidates.add(people("JSON-LD author", ldPeople(siteName)));
    List<String> articleAuthors = new ArrayList<>();
    for (Element m : page.select("meta[property=article:author], meta[name=article:author]")) {
      articleAuthors.addAll(Bylines.people(m.attr("content"), siteName));
    }
    candidates.add(people("article:author", articleAuthors));
    for (String key :
        List.of(
            "author",
            "byl",
            "parsely-author",
            "sailthru.author",
            "dc.creator",
            "dcterms.creator",
            "citation_author")) {
      candidates.add(
          people(
              "meta " + (key.startsWith("dc") ? key.replace("dc.", "DC.") : key),
              meta(key).map(v -> Bylines.people(v, siteName)).orElse(List.of())));
    }
    List<String> micro = new ArrayList<>();
    for (Element el : page.select("[itemprop=author]")) {
      Element name = el.selectFirst("[itemprop=name]");
      String value =
          name != null
              ? (name.hasAttr("content") ? name.attr("content") : name.text())
              : el.hasAttr("content") ? el.attr("content") : el.text();
      micro.addAll(Bylines.people(value, siteName));
    }
    candidates.add(people("microdata author", micro));
    candidates.add(people("visible byline", visibleByline(siteName)));
    return candidates.stream().filter(c -> !c.value().isEmpty()).findFirst();
  }

  private static Found<List<String>> people(String from, List<String> names) {
    return new Found<>(List.copyOf(new LinkedHashSet<>(names)), from);
  }

  private List<String> visibleByline(String siteName) {
    for (Element el :
        page.select(
            "[rel=author], [class*=byline], [class*=by-line], [class*=author-name], "
                + "[class*=authors], .author, [class*=article-author], [class*=post-author], address")) {
      if (el.closest("[class*=comment], [id*=comment], [class*=bio]") != null) continue;
      String text = el.text();
      if (text.isBlank() || text.split("\\s+").length > 14) continue;
      List<String> names = Bylines.people(text, siteName);
      if (!names.isEmpty()) return names;
    }
    Pattern by = Pattern.compile("^(?i:by)\\s+(?:" + Bylines.NAMES + ")(?:\\s*[|,·•—–-].{0,60})?$");
    for (Element el : page.select("p, span, div, i, em, b, strong, font, small")) {
      if (el.children().size() > 3) continue;
      String text = el.text().strip();
      if (text.length() < 80 && by.matcher(text).matches()) return Bylines.people(text, siteName);
    }
    return List.of();
  }

  private Optional<Found<String>> summary() {
    return first(
        List.of(
            candidate("JSON-LD description", ld("description")),
            candidate("og:description", meta("og:description")),
            candidate("meta description", meta("description")),
            candidate("twitter:description", meta("twitter:description")),
            candidate("DC.description", meta("dc.description"))),
        s -> nonBlank(s.replaceAll("\\s+", " ")));
  }

  /** The summary of a page without a description: its text's first sentence. */
  static Optional<Found<String>> firstSentenceOf(String text) {
    return firstSentence(text).map(s -> new Found<>(s, "first sentence of the text"));
  }

  /** The text up to the first full stop that ends a sentence (not "U.S." or "Mr."). */
  private static Optional<String> firstSentence(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    Matcher end =
        Pattern.compile(
                "(?<![A-Z]\\.[A-Z]|\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|vs))[.!?][”\"’']?(?=\\s+[\"“‘\\p{Lu}]|$)")
            .matcher(t);
    return nonBlank(end.find() ? t.substring(0, end.end()) : t.length() <= 300 ? t : "");
  }

  private Map<String, Found<Object>> extra() {
    Map<String, Found<Object>> extra = new LinkedHashMap<>();
    first(
            List.of(
                candidate("JSON-LD articleSection", ld("articleSection")),
                candidate("article:section", meta("article:section")),
                candidate("parsely-section", meta("parsely-section")),
                candidate("meta section", meta("section"))),
            Optional::of)
        .ifPresent(f -> extra.put("section", new Found<>(f.value(), f.from())));
    List<String> tags = new ArrayList<>();
    String tagSource = "";
    if (article != null && article.has("keywords")) {
      JsonNode k = article.get("keywords");
      if (k.isArray()) k.forEach(n -> tags.add(n.asText()));
      else tags.addAll(List.of(k.asText().split(",")));
      tagSource = "JSON-LD keywords";
    }
    if (tags.isEmpty()) {
      page.select("meta[property=article:tag]").forEach(m -> tags.add(m.attr("content")));
      tagSource = "article:tag";
    }
    if (tags.isEmpty()) {
      meta("news_keywords")
          .or(() -> meta("keywords"))
          .ifPresent(k -> tags.addAll(List.of(k.split(","))));
      tagSource = "meta keywords";
    }
    List<String> keywords =
        tags.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    if (!keywords.isEmpty()) extra.put("keywords", new Found<>(keywords, tagSource));
    return extra;
  }

  // ---- helpers ------------------------------------------------------------------------------

  private record Candidate(String from, Optional<String> value) {}

  private static Candidate candidate(String from, Optional<String> value) {
    return new Candidate(from, value);
  }

  private static <T> Optional<Found<T>> first(
      List<Candidate> candidates, Function<String, Optional<T>> accept) {
    for (Candidate c : candidates) {
      if (c.value().isEmpty()) continue;
      Optional<T> value = accept.apply(c.value().get());
      if (value.isPresent()) return Optional.of(new Found<>(value.get(), c.from()));
    }
    return Optional.empty();
  }

  private Optional<String> meta(String key) {
    return Optional.ofNullable(metas.get(key)).flatMap(MetadataExtractor::nonBlank);
  }

  private Optional<String> itemprop(String prop) {
    Element el = page.selectFirst("[itemprop=" + prop + "]");
    if (el == null) return Optional.empty();
    for (String attr : List.of("content", "datetime")) {
      if (el.hasAttr(attr)) return nonBlank(el.attr(attr));
    }
    return nonBlank(el.text());
  }

  private Optional<String> itempropName(String prop) {
    Element el = page.selectFirst("[itemprop=" + prop + "]");
    if (el == null) return Optional.empty();
    Element name = el.selectFirst("[itemprop=name]");
    if (name == null)
      return el.hasAttr("content") ? nonBlank(el.attr("content")) : Optional.empty();
    return name.hasAttr("content") ? nonBlank(name.attr("content")) : nonBlank(name.text());
  }

  private static Optional<String> text(Element el) {
    return el == null ? Optional.empty() : nonBlank(el.text());
  }

  private static Optional<String> nonBlank(String s) {
    if (s == null) return Optional.empty();
    String t = org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
