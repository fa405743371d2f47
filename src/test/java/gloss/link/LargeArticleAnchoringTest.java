package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.link.QuoteMatch.Approximate;
import gloss.link.QuoteMatch.Exact;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An article of 50,000 words with 200 annotations, a fifth of them with a typo, anchored and
 * highlighted end to end. There is no timing assertion (speed is measured in bench/), but a matcher
 * that was quadratic in the article would make this test take minutes, not moments.
 */
class LargeArticleAnchoringTest {

  private static final int WORDS = 50_000;
  private static final int ANNOTATIONS = 200;

  private record Planted(int wordIndex, int wordCount, String quote, boolean typo) {}

  @Test
  void anchorsAndHighlightsTwoHundredQuotesInAFiftyThousandWordArticle() {
    Random random = new Random(20_24);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      vocabulary.add(randomWord(random));
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < WORDS; i++) {
      words.add(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    Element root = Jsoup.parseBodyFragment(articleHtml(words, random)).body();
    String text = TextContent.of(root);

    List<Planted> planted = new ArrayList<>();
    for (int i = 0; i < ANNOTATIONS; i++) {
      int wordCount = 6 + random.nextInt(15);
      int wordIndex = i * (WORDS / ANNOTATIONS) + random.nextInt(WORDS / ANNOTATIONS - wordCount);
      String quote = String.join(" ", words.subList(wordIndex, wordIndex + wordCount));
      boolean typo = i % 5 == 0;
      if (typo) {
        int at = quote.length() / 2;
        char replacement = quote.charAt(at) == 'q' ? 'x' : 'q';
        quote = quote.substring(0, at) + replacement + quote.substring(at + 1);
      }
      planted.add(new Planted(wordIndex, wordCount, quote, typo));
    }

    TextQuoteMatcher matcher = TextQuoteMatcher.of(text);
    List<int[]> ranges = new ArrayList<>();
    for (Planted annotation : planted) {
      QuoteMatch match = matcher.find(annotation.quote(), null, null);
      int start;
      int end;
      if (annotation.typo()) {
        assertThat(match).as(annotation.quote()).isInstanceOf(Approximate.class);
        Approximate approximate = (Approximate) match;
        assertThat(approximate.errors()).isEqualTo(1);
        start = approximate.start();
        end = approximate.end();
      } else {
        assertThat(match).as(annotation.quote()).isInstanceOf(Exact.class);
        start = ((Exact) match).start();
        end = ((Exact) match).end();
      }
      String original =
          String.join(
              " ",
              words.subList(
                  annotation.wordIndex(), annotation.wordIndex() + annotation.wordCount()));
      assertThat(TextQuoteMatcher.collapseWhitespace(text.substring(start, end)))
          .isEqualTo(original);
      ranges.add(new int[] {start, end});
    }

    for (int i = 0; i < ranges.size(); i++) {
      PassageHighlighter.highlight(
          root, ranges.get(i)[0], ranges.get(i)[1], "n" + i, "Note " + (i + 1));
    }

    assertThat(TextContent.of(root)).isEqualTo(text);
    assertThat(root.select("a.note-ref")).hasSize(ANNOTATIONS);
    assertThat(root.select("mark[id^=passage-]")).hasSize(ANNOTATIONS);
  }

  private static String randomWord(Random random) {
    int length = 2 + random.nextInt(8);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  /** Paragraphs of 40 to 160 words, with links and emphasis around some words. */
  private static String articleHtml(List<String> words, Random random) {
    StringBuilder html = new StringBuilder();
    int i = 0;
    while (i < words.size()) {
      int paragraphEnd = Math.min(words.size(), i + 40 + random.nextInt(120));
      html.append("<p>");
      for (; i < paragraphEnd; i++) {
        String word = words.get(i);
        int style = random.nextInt(30);
        if (style == 0) {
          html.append("<a href=\"/people/").append(word).append("/\">").append(word).append("</a>");
        } else if (style == 1) {
          html.append("<em>").append(word).append("</em>");
        } else {
          html.append(word);
        }
        html.append(i + 1 < paragraphEnd ? (random.nextInt(12) == 0 ? "\n" : " ") : "");
      }
      html.append("</p>\n");
    }
    return html.toString();
  }
}
