package gloss.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gloss.diag.Diagnostics;
import gloss.diag.SourcePos;
import gloss.model.SiteConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a built site as a reader's browser and a crawler would meet it: every page parses as
 * well-formed HTML (feeds as XML, JSON-LD as JSON), and every internal {@code href}, {@code src},
 * redirect, canonical and linked-data URL leads to a file the build wrote and, when it names a
 * {@code #fragment}, to an element with that id. Problems are reported at the page's line and
 * column, with the page shown under the output folder's name.
 */
final class PageChecks {
  /** More than this many parse errors on one page are one broken template, not news. */
  static final int MAX_PARSE_ERRORS = 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SiteConfig config;
  private final String outputDisplay;
  private final Map<String, byte[]> files;
  private final Map<String, Set<String>> ids = new HashMap<>();
  private final Map<String, Document> pages = new HashMap<>();

  PageChecks(SiteConfig config, String outputDisplay, Map<String, byte[]> files) {
    this.config = config;
    this.outputDisplay = outputDisplay;
    this.files = files;
  }

  /** Checks every page; returns how many HTML pages there were. */
  int check(Diagnostics diagnostics) {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (f.getKey().endsWith(".html")) {
        parseHtml(f.getKey(), new String(f.getValue(), StandardCharsets.UTF_8), diagnostics);
      }
    }
    for (Map.Entry<String, Document> page : pages.entrySet()) {
      links(page.getKey(), page.getValue(), diagnostics);
    }
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String path = f.getKey();
      String text = new String(f.getValue(), StandardCharsets.UTF_8);
      if (path.endsWith(".xml")) {
        xml(path, f.getValue(), text, diagnostics);
      } else if (path.endsWith(".jsonld") || path.endsWith(".json")) {
        json(path, text, 1, 1, diagnostics);
      }
    }
    return pages.size();
  }

  private void parseHtml(String path, String html, Diagnostics diagnostics) {
    Parser parser = Parser.htmlParser().setTrackErrors(MAX_PARSE_ERRORS).setTrackPosition(true);
    Document doc = Jsoup.parse(html, "", parser);
    LineMap lines = new LineMap(html);
    for (ParseError error : parser.getErrors()) {
      diagnostics.error(
          lines.at(where(path), error.getPosition()),
          "the page is not well-formed HTML: " + error.getErrorMessage());
    }
    Set<String> found = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      if (!found.add(e.id())) {
        diagnostics.error(
            position(path, e),
            "duplicate id '"
                + e.id()
                + "': another element of the page has it already, and ids must be unique so that"
                + " links and labels find one element");
      }
    }
    for (Element e : doc.select("a[name]")) {
      found.add(e.attr("name"));
    }
    ids.put(path, found);
    pages.put(path, doc);
  }

  private void links(String page, Document doc, Diagnostics diagnostics) {
    for (Element e : doc.select("[href], [src]")) {
      for (String attr : List.of("href", "src")) {
        if (e.hasAttr(attr)) {
          target(page, e.attr(attr), position(page, e), diagnostics);
        }
      }
    }
    for (Element e : doc.select("meta[http-equiv=refresh]")) {
      String content = e.attr("content");
      int url = content.toLowerCase(Locale.ROOT).indexOf("url=");
      if (url >= 0) {
        target(page, content.substring(url + 4).strip(), position(page, e), diagnostics);
      }
    }
    for (Element e : doc.select("meta[property=og:url], meta[property=og:image]")) {
      target(page, e.attr("content"), position(page, e), diagnostics);
    }
    for (Element e : doc.select("script[type=application/ld+json]")) {
      SourcePos at = position(page, e);
      json(page, e.data(), at.line(), at.column(), diagnostics);
    }
  }

  private void json(String path, String text, int line, int column, Diagnostics diagnostics) {
    JsonNode tree;
    try {
      tree = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      int l = loc == null ? 1 : Math.max(1, loc.getLineNr());
      int c = loc == null ? 1 : Math.max(1, loc.getColumnNr());
      diagnostics.error(
          SourcePos.of(where(path), line + l - 1, l == 1 ? column + c - 1 : c),
          "the JSON is not valid: " + e.getOriginalMessage());
      return;
    }
    List<String> urls = new ArrayList<>();
    collectStrings(tree, urls);
    SourcePos at = SourcePos.of(where(path), line, column);
    for (String url : urls) {
      if (startsWithBase(url)) {
        target(path, url, at, diagnostics);
      }
    }
  }

  /** Every string in the tree, walked with a stack: front-matter fields set how deep it goes. */
  private static void collectStrings(JsonNode tree, List<String> out) {
    Deque<JsonNode> pending = new ArrayDeque<>(List.of(tree));
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isTextual()) {
        out.add(node.asText());
      }
      List<JsonNode> children = new ArrayList<>();
      node.forEach(children::add);
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i)); // in document order
      }
    }
  }

  private void xml(String path, byte[] bytes, String text, Diagnostics diagnostics) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setNamespaceAware(true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      diagnostics.error(
          SourcePos.of(
              where(path), Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber())),
          "the file is not well-formed XML: " + e.getMessage());
      return;
    } catch (SAXException | IOException | ParserConfigurationException e) {
      diagnostics.error(
          SourcePos.startOf(where(path)), "the file is not well-formed XML: " + e.getMessage());
      return;
    }
    Parser parser = Parser.xmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(text, "", parser);
    for (Element loc : doc.select("loc, id, uri")) {
      absoluteUrl(path, loc.text().strip(), position(path, loc), diagnostics);
    }
    for (Element link : doc.select("link[href]")) {
      absoluteUrl(path, link.attr("href").strip(), position(path, link), diagnostics);
    }
  }

  /** Feeds and sitemaps are read out of context: their URLs must be absolute. */
  private void absoluteUrl(String path, String url, SourcePos at, Diagnostics diagnostics) {
    if (url.isEmpty() || url.startsWith("urn:") || url.startsWith("tag:")) {
      return;
    }
    if (!url.matches("(?i)https?://.*")) {
      diagnostics.error(
          at,
          "URL '"
              + url
              + "' in a feed or sitemap must be absolute, starting with "
              + config.baseUrl());
      return;
    }
    if (startsWithBase(url)) {
      target(path, url, at, diagnostics);
    }
  }

  private boolean startsWithBase(String url) {
    return url.regionMatches(true, 0, config.baseUrl(), 0, config.baseUrl().length());
  }

  /** Resolves one URL found on a page and reports it when it leads nowhere. */
  private void target(String page, String url, SourcePos at, Diagnostics diagnostics) {
    String value = url.strip();
    if (value.isEmpty() || value.equals("#")) {
      return;
    }
    String sitePath;
    if (startsWithBase(value)) {
      sitePath = value.substring(config.baseUrl().length());
    } else if (value.startsWith("//") || value.matches("(?s)[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return; // another site, mailto:, data: …
    } else if (value.startsWith("/")) {
      if (!value.startsWith(config.basePath())) {
        diagnostics.error(
            at,
            "link '"
                + value
                + "' leads outside the site: root-relative links must start with the base path "
                + config.basePath());
        return;
      }
      sitePath = value.substring(config.basePath().length());
    } else {
      sitePath = directoryOf(page) + value;
    }
    String fragment = "";
    int hash = sitePath.indexOf('#');
    if (hash >= 0) {
      fragment = sitePath.substring(hash + 1);
      sitePath = sitePath.substring(0, hash);
    }
    int query = sitePath.indexOf('?');
    if (query >= 0) {
      sitePath = sitePath.substring(0, query);
    }
    String resolved = normalize(sitePath);
    if (resolved == null) {
      diagnostics.error(at, "link '" + value + "' leads outside the site");
      return;
    }
    String file = resolved;
    if (file.isEmpty() || file.endsWith("/")) {
      file += "index.html";
    } else if (!files.containsKey(file) && files.containsKey(file + "/index.html")) {
      file += "/index.html";
    }
    if (!files.containsKey(file)) {
      diagnostics.error(at, "link '" + value + "' leads nowhere: the site has no " + file);
      return;
    }
    if (!fragment.isEmpty() && !fragment.startsWith(":~:") && ids.containsKey(file)) {
      String id = decode(fragment);
      int directive = id.indexOf(":~:");
      if (directive >= 0) {
        id = id.substring(0, directive);
      }
      if (!id.isEmpty() && !ids.get(file).contains(id)) {
        diagnostics.error(
            at,
            "link '" + value + "' leads nowhere: " + file + " has no element with id '" + id + "'");
      }
    }
  }

  private static String directoryOf(String page) {
    int slash = page.lastIndexOf('/');
    return slash < 0 ? "" : page.substring(0, slash + 1);
  }

  /** Decodes and removes dot segments; null when the path climbs above the site root. */
  private static String normalize(String path) {
    String decoded = decode(path);
    List<String> parts = new ArrayList<>();
    for (String segment : decoded.split("/", -1)) {
      if (segment.equals("..")) {
        if (parts.isEmpty()) return null;
        parts.remove(parts.size() - 1);
      } else if (!segment.equals(".")) {
        parts.add(segment);
      }
    }
    String joined = String.join("/", parts);
    while (joined.contains("//")) {
      joined = joined.replace("//", "/");
    }
    return joined.startsWith("/") ? joined.substring(1) : joined;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private SourcePos position(String page, Element e) {
    Range range = e.sourceRange();
    if (range == null || !range.isTracked()) {
      return SourcePos.startOf(where(page));
    }
    return SourcePos.of(
        where(page),
        Math.max(1, range.start().lineNumber()),
        Math.max(1, range.start().columnNumber()));
  }

  private String where(String path) {
    return outputDisplay + "/" + path;
  }

  /** Offsets to 1-based lines and columns. */
  private static final class LineMap {
    private final List<Integer> starts = new ArrayList<>();

    LineMap(String text) {
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') starts.add(i + 1);
      }
    }

    SourcePos at(String file, int offset) {
      int line = 0;
      while (line + 1 < starts.size() && starts.get(line + 1) <= offset) line++;
      return SourcePos.of(file, line + 1, offset - starts.get(line) + 1);
    }
  }
}
