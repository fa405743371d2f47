package gloss.markdown;

import java.util.List;
import java.util.Objects;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;

/**
 * Renders Markdown (articles, annotations, entity descriptions) to sanitized Jsoup documents.
 *
 * <p>Raw HTML in Markdown is passed through commonmark on purpose ({@code escapeHtml(false)}) so
 * that authors can write {@code <abbr>} or {@code <sup>}; every byte of output then goes through
 * the {@link HtmlSanitizer}, which is the security boundary. URL sanitizing ({@link
 * SchemeAllowList}) is on as a first line of defence for Markdown links and images.
 *
 * <p>Deeply nested or delimiter-heavy input renders without {@link StackOverflowError}: see {@link
 * MarkdownNestingFlattener} and {@link DelimiterBudgetInlineParser}. Immutable and thread-safe.
 */
public final class MarkdownRenderer {

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

  private static final Parser PARSER =
      Parser.builder()
          // Registered before the extensions so that it runs before their post-processors.
          .postProcessor(new MarkdownNestingFlattener())
          .extensions(EXTENSIONS)
          .inlineParserFactory(DelimiterBudgetInlineParser.FACTORY)
          .build();

  private static final HtmlRenderer HTML_RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .attributeProviderFactory(HeadingIds.FACTORY)
          .escapeHtml(false)
          .sanitizeUrls(true)
          .urlSanitizer(new SchemeAllowList())
          // A destination reaches the page as a valid URL: "a\\b" as "a%5Cb", which browsers
          // would otherwise read as "a/b".
          .percentEncodeUrls(true)
          .build();

  private final HtmlSanitizer sanitizer;

  private MarkdownRenderer(HtmlSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  public static MarkdownRenderer create(HtmlSanitizer sanitizer) {
    return new MarkdownRenderer(Objects.requireNonNull(sanitizer, "sanitizer"));
  }

  /**
   * Returns a new document whose body holds the rendered, sanitized fragment. Heading ids are
   * unique within one call only.
   */
  public Document render(String markdown) {
    return sanitizer.clean(toUncheckedHtml(markdown));
  }

  /**
   * Whether {@link #render(String)} keeps all of this Markdown's HTML, that is, the sanitizer has
   * nothing to drop. For {@code check} to report raw HTML that will not survive.
   */
  public boolean isSafe(String markdown) {
    return sanitizer.isSafe(toUncheckedHtml(markdown));
  }

  private static String toUncheckedHtml(String markdown) {
    return HTML_RENDERER.render(PARSER.parse(markdown));
  }
}
