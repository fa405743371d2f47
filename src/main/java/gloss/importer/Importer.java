package gloss.importer;

import gloss.importer.Metadata.Found;
import gloss.markdown.HtmlNestingFlattener;
import gloss.markdown.HtmlSanitizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code gloss import}: a saved HTML page, page text copied from a browser, or a fetched page
 * becomes an article (front-matter metadata and a CommonMark body). Pure over its input: the same
 * bytes always give the same article. Thread-safe.
 */
public final class Importer {
  /** Every body goes through the sanitizer that guards all content, before it becomes Markdown. */
  private static final HtmlSanitizer SANITIZER = HtmlSanitizer.forSite("");

  private static final Pattern HTML_START =
      Pattern.compile(
          "(?is)^\\s*(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html|<head|<body|<meta|<title|<article|<div|<p\\b)");
  private static final int SNIFF_BYTES = 4096;

  private final boolean images;

  /**
   * @param images keep each article image as one Markdown image with its alt text
   */
  public Importer(boolean images) {
    this.images = images;
  }

  /** Imports a file: HTML when it looks like markup, plain text otherwise. */
  public ImportedArticle file(Path file) throws IOException, ImportException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
      throw new ImportException("the file is empty");
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    if (looksBinary(bytes)) {
      throw new ImportException("not an HTML page or text: the file holds binary data");
    }
    if (HTML_START.matcher(stripBom(head)).find()) {
      Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
      return html(page, "");
    }
    return text(decodeText(bytes));
  }

  /**
   * Imports a parsed page.
   *
   * @param pageUrl where it was fetched from, or "" for a file: resolves relative links and is the
   *     last resort for {@code url}
   */
  public ImportedArticle html(Document page, String pageUrl) throws ImportException {
    if (page.body() == null || page.body().text().isBlank()) {
      throw new ImportException("the page is empty: it has no text");
    }
    if (page.baseUri().isEmpty()) {
      String base = baseFromPage(page, pageUrl);
      if (!base.isEmpty()) page.setBaseUri(base);
    }
    // Extraction and the byline search measure subtrees: capping hostile nesting first keeps
    // them linear in the page.
    Document shallow = HtmlNestingFlattener.limitDepth(page);
    if (shallow != page) {
      shallow.head().replaceWith(page.head().clone());
    }
    Document work = shallow.clone();
    absoluteUrls(work.body());
    Removals removed = new Removals();
    ContentExtractor.Extraction extraction = ContentExtractor.extract(work, images, removed);
    if (extraction.article().isEmpty()) {
      throw new ImportException(
          extraction.linkDensity() < 0.5
              ? "no article found: the page's largest text block has "
                  + extraction.words()
                  + " words"
              : "no article found: the page's largest text block is mostly links ("
                  + Math.round(extraction.linkDensity() * 100)
                  + " % of its text), like a home page or an index");
    }
    Element article = extraction.article().get();
    Metadata metadata = MetadataExtractor.read(shallow, pageUrl);
    if (metadata.title().isEmpty()) {
      throw new ImportException(
          "no headline found: the page has no title metadata, <h1> or <title>");
    }
    dropRepeatedTitle(article, metadata.title().get().value());
    Document safe = SANITIZER.clean(article.html());
    metadata = metadata.orSummary(MetadataExtractor.firstSentenceOf(safe.body().text()));
    return new ImportedArticle(
        metadata, MarkdownWriter.write(safe.body(), images), removed, "HTML page");
  }

  /** Imports page text: the first line is the headline, paragraphs are separated by blank lines. */
  public ImportedArticle text(String text) throws ImportException {
    Removals removed = new Removals();
    PlainText.Parsed parsed = PlainText.parse(text, removed);
    if (parsed.title().isEmpty()) {
      throw new ImportException("the file is empty");
    }
    String plain = String.join("\n\n", parsed.paragraphs());
    int words = ContentExtractor.wordCount(plain);
    if (words < ContentExtractor.MIN_WORDS) {
      throw new ImportException(
          "no article found: the text has " + words + " words after its first line");
    }
    List<String> paragraphs =
        parsed.paragraphs().stream()
            .map(p -> MarkdownWriter.finishParagraph(MarkdownWriter.escape(p)))
            .toList();
    Metadata metadata =
        new Metadata(
            Optional.of(new Found<>(parsed.title(), "first line of the text")),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            MetadataExtractor.firstSentenceOf(plain),
            Map.of());
    return new ImportedArticle(metadata, String.join("\n\n", paragraphs), removed, "plain text");
  }

  /** A saved page keeps its address only in metadata: links are resolved against that. */
  private static String baseFromPage(Document page, String pageUrl) {
    if (!pageUrl.isEmpty()) return pageUrl;
    for (String query : List.of("link[rel=canonical][href]", "meta[property=og:url][content]")) {
      Element el = page.selectFirst(query);
      if (el != null) {
        String url =
            ContentExtractor.httpUrl(el.hasAttr("href") ? el.attr("href") : el.attr("content"));
        if (!url.isEmpty()) return url;
      }
    }
    return "";
  }

  /**
   * The headline is front matter: its copy at the top of the body goes, before the first long
   * paragraph.
   */
  private static void dropRepeatedTitle(Element article, String title) {
    String wanted = normalize(title);
    for (Element el : article.select("h1, h2, h3, p")) {
      if (el.is("h1, h2, h3, p") && normalize(el.text()).equals(wanted)) {
        el.remove();
        return;
      }
      if (el.is("p") && el.text().length() > 80) return;
    }
  }

  private static String normalize(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** Links and images resolved against the page, so the Markdown holds absolute URLs only. */
  private static void absoluteUrls(Element article) {
    for (Element a : article.select("a[href]")) {
      String url = a.absUrl("href");
      if (url.isEmpty()) a.removeAttr("href");
      else a.attr("href", url);
    }
    for (Element img : article.select("img[src]")) {
      String url = img.absUrl("src");
      if (url.isEmpty()) img.remove();
      else img.attr("src", url);
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) return true;
      if (b < 0x09 || b > 0x0d && b < 0x20 && b != 0x1b) controls++;
    }
    return controls > n / 100 + 2;
  }

  private static String stripBom(String s) {
    return s.startsWith("\u00ef\u00bb\u00bf") ? s.substring(3) : s;
  }

  /** UTF-8 (with or without a byte-order mark), else Windows-1252, which every byte decodes in. */
  private static String decodeText(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
  }
}
