package gloss.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.AttributeProviderFactory;

/**
 * Heading ids as commonmark-ext-heading-anchor makes them ("Two Words" becomes {@code two-words}, a
 * repeat {@code two-words-1}), lower-cased with {@link Locale#ROOT}. The extension lower-cases with
 * the machine's locale, so under a Turkish locale "Issues" became "ıssues" and lost its id. One
 * instance per rendered document, so ids are unique within it.
 */
final class HeadingIds implements AttributeProvider {
  static final AttributeProviderFactory FACTORY = context -> new HeadingIds();

  private static final Pattern ALLOWED =
      Pattern.compile("[\\w\\-_]+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final String DEFAULT_ID = "id";

  private final Map<String, Integer> seen = new HashMap<>();

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (!(node instanceof Heading)) {
      return;
    }
    StringBuilder words = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            words.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            words.append(code.getLiteral());
          }
        });
    attributes.put("id", unique(normalize(words.toString().trim().toLowerCase(Locale.ROOT))));
  }

  private static String normalize(String text) {
    StringBuilder id = new StringBuilder();
    Matcher allowed = ALLOWED.matcher(text.replace(" ", "-"));
    while (allowed.find()) {
      id.append(allowed.group());
    }
    return id.length() == 0 ? DEFAULT_ID : id.toString();
  }

  private String unique(String id) {
    int before = seen.merge(id, 1, Integer::sum) - 1;
    return before == 0 ? id : id + "-" + before;
  }
}
