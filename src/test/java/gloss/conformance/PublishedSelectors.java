package gloss.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * Applies an annotation's W3C selectors to its published page as a Web Annotation client would,
 * written from the model's definitions rather than from Gloss's code: a {@code CssSelector} picks
 * one element, a {@code TextPositionSelector} refining it slices that element's DOM {@code
 * textContent} by Unicode code points, and a {@code TextQuoteSelector} finds its exact text there
 * between its prefix and suffix.
 */
public final class PublishedSelectors {
  private PublishedSelectors() {}

  /** A selected range of an element's text content, in code points. */
  public record Selection(int start, int end, String text) {}

  /** Every selector alternative of an annotation's target, each applied to the page. */
  public static List<Selection> apply(Document page, JsonNode target) {
    List<Selection> selections = new ArrayList<>();
    for (JsonNode selector : target.get("selector")) {
      selections.add(applySelector(page, selector));
    }
    return selections;
  }

  static Selection applySelector(Document page, JsonNode selector) {
    if (!selector.path("type").asText().equals("CssSelector")) {
      throw new AssertionError("expected a CssSelector at the top, got " + selector);
    }
    Elements matches = page.select(selector.get("value").asText());
    if (matches.size() != 1) {
      throw new AssertionError(
          selector.get("value").asText() + " selects " + matches.size() + " elements, not one");
    }
    String text = textContent(matches.first());
    JsonNode refined = selector.get("refinedBy");
    return switch (refined.path("type").asText()) {
      case "TextPositionSelector" ->
          byPosition(text, refined.get("start").asInt(), refined.get("end").asInt());
      case "TextQuoteSelector" ->
          byQuote(
              text,
              refined.get("exact").asText(),
              refined.path("prefix").asText(""),
              refined.path("suffix").asText(""));
      default -> throw new AssertionError("unexpected refinement " + refined);
    };
  }

  private static Selection byPosition(String text, int start, int end) {
    int points = text.codePointCount(0, text.length());
    if (start < 0 || start > end || end > points) {
      throw new AssertionError(
          "positions " + start + ".." + end + " lie outside a text of " + points + " code points");
    }
    return new Selection(
        start,
        end,
        text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
  }

  private static Selection byQuote(String text, String exact, String prefix, String suffix) {
    List<Integer> found = new ArrayList<>();
    for (int i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
      if (text.startsWith(prefix, i - prefix.length())
          && text.startsWith(suffix, i + exact.length())) {
        found.add(i);
      }
    }
    if (found.size() != 1) {
      throw new AssertionError(
          "the quote \"" + exact + "\" with its context occurs " + found.size() + " times");
    }
    int start = text.codePointCount(0, found.get(0));
    return new Selection(start, start + exact.codePointCount(0, exact.length()), exact);
  }

  /** DOM {@code textContent}: every text node's data in document order (no script or style). */
  static String textContent(Element element) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            text.append(t.getWholeText());
          }
        },
        element);
    return text.toString();
  }
}
