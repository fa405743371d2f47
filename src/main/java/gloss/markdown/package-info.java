/**
 * Markdown to safe HTML.
 *
 * <p>{@link gloss.markdown.MarkdownRenderer} turns Markdown into a Jsoup document and always hands
 * the HTML to {@link gloss.markdown.HtmlSanitizer}, which copies only what commentary needs into a
 * fresh document. Annotations come from strangers' pull requests, so the sanitizer, not the
 * Markdown renderer, is the security boundary. Everything else in this package is package-private.
 */
package gloss.markdown;
