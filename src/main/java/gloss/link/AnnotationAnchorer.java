package gloss.link;

import gloss.diag.Diagnostics;
import gloss.model.Annotation;
import gloss.model.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Places annotations on their quoted passages in an article's rendered body: finds each quote in
 * the text content, reports quotes that are ambiguous or missing (with the candidates or the
 * closest passage, so the contributor can fix the pull request), then highlights every anchored
 * passage. Offsets are all computed before any highlighting, which never changes the text.
 */
final class AnnotationAnchorer {
  /** Context kept on each side for W3C TextQuoteSelectors, as Hypothesis does. */
  static final int SELECTOR_CONTEXT = 32;

  /**
   * The longest quote, in characters once white space is collapsed. A note is about a passage: a
   * sentence or a paragraph, and a long paragraph is about 150 words, 900 characters. Quoting more
   * is copying the article, and the approximate search costs in proportion to the quote.
   */
  static final int MAX_QUOTE_CHARS = 1_000;

  private AnnotationAnchorer() {}

  static Map<String, Anchor> anchor(
      Element body, Article article, List<Annotation> annotations, Diagnostics diagnostics) {
    List<Annotation> quoted =
        annotations.stream().filter(a -> a.isAnchored() && a.inReplyTo().isEmpty()).toList();
    if (quoted.isEmpty()) {
      return Map.of();
    }
    TextQuoteMatcher matcher = TextQuoteMatcher.of(TextContent.of(body));
    SearchBudget budget = SearchBudget.perArticle();
    Map<String, Anchor> anchors = new LinkedHashMap<>();
    for (Annotation a : quoted) {
      int length = collapse(a.quote()).length();
      if (length > MAX_QUOTE_CHARS) {
        diagnostics.error(
            a.file().at("quote"),
            "quote is "
                + length
                + " characters long, over the limit of "
                + MAX_QUOTE_CHARS
                + "; quote the sentence or paragraph that the note is about");
        continue;
      }
      QuoteMatch match = matcher.find(a.quote(), a.prefix(), a.suffix(), budget);
      if (match instanceof QuoteMatch.Exact e) {
        anchors.put(a.name(), anchorAt(matcher, e.start(), e.end(), false));
      } else if (match instanceof QuoteMatch.Approximate ap) {
        Anchor anchor = anchorAt(matcher, ap.start(), ap.end(), true);
        anchors.put(a.name(), anchor);
        diagnostics.warning(
            a.file().at("quote"),
            "quote does not match "
                + article.file().path()
                + " exactly ("
                + ap.errors()
                + (ap.errors() == 1 ? " difference" : " differences")
                + "); anchored on \""
                + collapse(anchor.exact())
                + "\"; copy that passage into quote: to silence this");
      } else if (match instanceof QuoteMatch.Ambiguous amb) {
        diagnostics.error(
            a.file().at("quote"),
            "quote occurs "
                + amb.candidates().size()
                + " times in "
                + article.file().path()
                + "; add the prefix: (or suffix:) shown beside the one you mean",
            candidates(matcher, article, a, amb));
      } else if (match instanceof QuoteMatch.NotFound nf) {
        diagnostics.error(
            a.file().at("quote"),
            "quote is not in "
                + article.file().path()
                + (nf.searchCutShort()
                    ? "; the search for a close passage was cut short, as the quotes of this"
                        + " article that match nothing used up its budget"
                    : nf.closestPassage().isEmpty()
                        ? ""
                        : "; the closest passage is \"" + nf.closestPassage() + "\""));
      }
    }
    for (Annotation a : quoted) {
      Anchor anchor = anchors.get(a.name());
      if (anchor != null) {
        PassageHighlighter.highlight(
            body, anchor.start(), anchor.end(), a.name(), "Note by " + a.author());
      }
    }
    return anchors;
  }

  private static Anchor anchorAt(
      TextQuoteMatcher matcher, int start, int end, boolean approximate) {
    int codePointStart = matcher.codePointsBefore(start);
    return new Anchor(
        start,
        end,
        codePointStart,
        codePointStart + matcher.codePointsBetween(start, end),
        matcher.exactAt(start, end),
        matcher.prefixBefore(start, SELECTOR_CONTEXT),
        matcher.suffixAfter(end, SELECTOR_CONTEXT),
        approximate);
  }

  /**
   * One line per candidate passage, aligned: its line in the article, the passage in brackets in
   * its context, and the {@code prefix:} (or {@code suffix:}) that picks it.
   */
  private static List<String> candidates(
      TextQuoteMatcher matcher, Article article, Annotation a, QuoteMatch.Ambiguous amb) {
    List<Integer> lines = candidateLines(article, a.quote(), amb.candidates().size());
    List<String> wheres = new ArrayList<>();
    List<String> contexts = new ArrayList<>();
    List<String> picks = new ArrayList<>();
    for (int i = 0; i < amb.candidates().size(); i++) {
      QuoteMatch.Candidate c = amb.candidates().get(i);
      wheres.add(lines.isEmpty() ? "" : "line " + lines.get(i) + ":");
      String before =
          c.before().isEmpty()
              ? ""
              : (reaches(matcher.prefixBefore(c.start(), CONTEXT_PROBE), c.before()) ? "" : "…")
                  + c.before()
                  + gap(matcher.prefixBefore(c.start(), 1));
      String after =
          c.after().isEmpty()
              ? ""
              : gap(matcher.suffixAfter(c.end(), 1))
                  + c.after()
                  + (reaches(matcher.suffixAfter(c.end(), CONTEXT_PROBE), c.after()) ? "" : "…");
      contexts.add(before + "[" + collapse(matcher.exactAt(c.start(), c.end())) + "]" + after);
      picks.add(
          c.suggestedPrefix().isEmpty()
              ? "suffix: \"" + firstWords(c.after()) + "\""
              : "prefix: \"" + c.suggestedPrefix() + "\"");
    }
    int whereWidth = wheres.stream().mapToInt(String::length).max().orElse(0);
    int contextWidth = contexts.stream().mapToInt(String::length).max().orElse(0);
    List<String> result = new ArrayList<>();
    for (int i = 0; i < contexts.size(); i++) {
      String where = whereWidth == 0 ? "" : pad(wheres.get(i), whereWidth) + " ";
      result.add(where + pad(contexts.get(i), contextWidth) + "  " + picks.get(i));
    }
    return result;
  }

  /** More text than a candidate's context holds, to tell whether the context reaches the end. */
  private static final int CONTEXT_PROBE = 200;

  /** Whether the context shown is all the text there is on that side: no "…" then. */
  private static boolean reaches(String text, String context) {
    return collapse(text).equals(context);
  }

  /** A space where the text has white space beside the passage, else nothing ("[Beijing]’s"). */
  private static String gap(String beside) {
    return beside.isBlank() ? " " : "";
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  /**
   * File lines of the quote's occurrences in the article's Markdown, when the Markdown holds
   * exactly as many plain occurrences of its first words as there are candidates.
   */
  private static List<Integer> candidateLines(Article article, String quote, int expected) {
    String[] words = collapse(quote).split(" ");
    String probe = String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
    String source = article.body().replaceAll("[ \\t]+", " ");
    List<Integer> lines = new ArrayList<>();
    for (int at = source.indexOf(probe); at >= 0; at = source.indexOf(probe, at + 1)) {
      int line = article.file().bodyLine();
      for (int i = 0; i < at; i++) {
        if (source.charAt(i) == '\n') line++;
      }
      lines.add(line);
    }
    return lines.size() == expected ? lines : List.of();
  }

  private static String firstWords(String text) {
    String[] words = text.strip().split(" ");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
