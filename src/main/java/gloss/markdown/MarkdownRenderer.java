package gloss.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Temporary stand-in until the sanitizing renderer lands. */
public final class MarkdownRenderer {
  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  public static MarkdownRenderer create(HtmlSanitizer sanitizer) {
    return new MarkdownRenderer();
  }

  public Document render(String markdown) {
    return Jsoup.parseBodyFragment(renderer.render(parser.parse(markdown)));
  }
}
