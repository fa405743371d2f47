package gloss.link;

/**
 * Where an annotation sits in its article's text content, as W3C selectors describe it.
 *
 * @param start offset of the passage in the article's text content (UTF-16 units, as Java strings
 *     and the highlighter count)
 * @param end end offset, exclusive
 * @param codePointStart the same offset in Unicode code points, as a W3C {@code
 *     TextPositionSelector} counts it
 * @param codePointEnd the end offset in code points, exclusive
 * @param exact the passage as it stands in the article
 * @param prefix up to 32 characters of text before it
 * @param suffix up to 32 characters after it
 * @param approximate whether the quote only matched approximately
 */
public record Anchor(
    int start,
    int end,
    int codePointStart,
    int codePointEnd,
    String exact,
    String prefix,
    String suffix,
    boolean approximate) {}
