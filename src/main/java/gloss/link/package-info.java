/**
 * Anchoring annotations on the passages they quote.
 *
 * <p>The public pieces, in the order a build uses them for one article:
 *
 * <ol>
 *   <li>{@link gloss.link.TextContent#of} gives the article's text. Every offset below, and the
 *       {@code TextPositionSelector} in the JSON-LD, counts UTF-16 units in it. Compute it on the
 *       same DOM that is highlighted and written, and write that DOM without pretty-printing, or
 *       the published page's text will not match the offsets.
 *   <li>{@link gloss.link.TextQuoteMatcher#of} once per article, then {@link
 *       gloss.link.TextQuoteMatcher#find} per annotation: a {@link gloss.link.QuoteMatch} that is
 *       exact, approximate (warn), ambiguous (error, with candidates and the prefix that picks
 *       each) or not found (error, with the closest passage). {@code prefixBefore}/{@code
 *       suffixAfter} give W3C {@code TextQuoteSelector} context.
 *   <li>{@link gloss.link.PassageHighlighter#highlight} for each anchored annotation, with the
 *       offsets from step 2, in any order: highlighting never changes the text content.
 *   <li>{@link gloss.link.TextFragments#link} for the "see in the original" link.
 * </ol>
 */
package gloss.link;
