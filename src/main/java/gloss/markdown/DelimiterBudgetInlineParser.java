package gloss.markdown;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLines;

/**
 * Leaves a paragraph's inline Markdown unparsed when it holds too many nesting delimiters.
 *
 * <p>Why: commonmark-java 0.24 merges text nodes recursively, one stack frame pair per nesting
 * level, inside {@code Parser.parse} itself; {@code '*' x 300,000 + "a" + '*' x 300,000} nests
 * 150,000 emphasis nodes and overflows the stack before any post-processor can help. Inline nesting
 * comes only from emphasis ({@code * _}), strikethrough ({@code ~}) and links or images ({@code
 * [}), so counting those characters bounds the depth in linear time. Above the budget, the block's
 * text is kept as literal text, which is also what a long run of {@code *} without content renders
 * as.
 *
 * <p>Wraps commonmark's own inline parser, which is public but lives in its {@code internal}
 * package: commonmark offers no other way to reach the default. The version is pinned in {@code
 * pom.xml} and {@code PathologicalMarkdownTest} exercises this path.
 */
final class DelimiterBudgetInlineParser implements InlineParser {

  /**
   * Far above what prose uses in one paragraph; 500 nested images still parse on a 256 KB stack
   * with the JIT off (1,000 do not), and default thread stacks are 1 MB.
   */
  static final int MAX_NESTING_DELIMITERS = 500;

  static final InlineParserFactory FACTORY =
      context -> new DelimiterBudgetInlineParser(new InlineParserImpl(context));

  private final InlineParser commonmarkInlineParser;

  private DelimiterBudgetInlineParser(InlineParser commonmarkInlineParser) {
    this.commonmarkInlineParser = commonmarkInlineParser;
  }

  @Override
  public void parse(SourceLines lines, Node block) {
    String content = lines.getContent();
    if (countNestingDelimiters(content) > MAX_NESTING_DELIMITERS) {
      block.appendChild(new Text(content));
    } else {
      commonmarkInlineParser.parse(lines, block);
    }
  }

  private static int countNestingDelimiters(String content) {
    int count = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '*' || c == '_' || c == '~' || c == '[') {
        count++;
      }
    }
    return count;
  }
}
