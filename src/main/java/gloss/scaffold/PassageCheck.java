package gloss.scaffold;

import gloss.link.QuoteMatch;
import gloss.link.TextContent;
import gloss.link.TextQuoteMatcher;
import gloss.markdown.HtmlSanitizer;
import gloss.markdown.MarkdownRenderer;
import gloss.model.Article;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Whether a quote anchors in an article the way the build will anchor it: the article's Markdown is
 * rendered by the site's renderer and the quote looked up in the page's text content with {@link
 * TextQuoteMatcher}, the anchoring stage's own matcher.
 */
final class PassageCheck {
  private PassageCheck() {}

  /** Why a quote does not anchor, with a suggestion; empty when it anchors on one passage. */
  static Optional<String> problem(
      Article article, String baseUrl, String quote, String prefix, String suffix) {
    MarkdownRenderer markdown = MarkdownRenderer.create(HtmlSanitizer.forSite(baseUrl));
    Document doc = markdown.render(article.body());
    TextQuoteMatcher matcher = TextQuoteMatcher.of(TextContent.of(doc.body()));
    QuoteMatch match = matcher.find(quote, prefix, suffix);
    String where = article.file().path();
    if (match instanceof QuoteMatch.Exact) {
      return Optional.empty();
    } else if (match instanceof QuoteMatch.Approximate a) {
      return Optional.of(
          "the quote is not in "
              + where
              + " exactly; the nearest passage is \""
              + collapse(matcher.exactAt(a.start(), a.end()))
              + "\": copy it into --quote");
    } else if (match instanceof QuoteMatch.Ambiguous amb) {
      StringBuilder s =
          new StringBuilder(
              "the quote occurs "
                  + amb.candidates().size()
                  + " times in "
                  + where
                  + "; choose one with --prefix or --suffix:");
      for (QuoteMatch.Candidate c : amb.candidates()) {
        s.append("\n  \"…")
            .append(c.before())
            .append(" [")
            .append(collapse(quote))
            .append("] ")
            .append(c.after())
            .append("…\" → ")
            .append(
                c.suggestedPrefix().isEmpty()
                    ? "--suffix \"" + firstWords(c.after()) + "\""
                    : "--prefix \"" + c.suggestedPrefix() + "\"");
      }
      return Optional.of(s.toString());
    }
    QuoteMatch.NotFound nf = (QuoteMatch.NotFound) match;
    return Optional.of(
        "the quote is not in "
            + where
            + (nf.closestPassage().isEmpty()
                ? ""
                : "; the nearest passage is \"" + nf.closestPassage() + "\""));
  }

  private static String firstWords(String text) {
    String[] words = text.strip().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
