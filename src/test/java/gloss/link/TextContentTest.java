package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextContentTest {

  @Test
  void concatenatesTextNodesAcrossInlineAndBlockElementsWithoutNormalisingWhiteSpace() {
    Element body =
        Jsoup.parseBodyFragment(
                "<p>One  <em>two</em>\n<a href=\"/x\">three</a></p>\n<p>four&nbsp;five</p>")
            .body();

    assertThat(TextContent.of(body)).isEqualTo("One  two\nthree\nfour\u00A0five");
  }

  @Test
  void leavesOutScriptAndStyleContents() {
    Element body =
        Jsoup.parseBodyFragment("<p>a<script>var x = 1;</script>b<style>p{}</style>c</p>").body();

    assertThat(TextContent.of(body)).isEqualTo("abc");
  }

  @Test
  void differsFromJsoupTextWhichCollapsesWhiteSpace() {
    Element body = Jsoup.parseBodyFragment("<pre>  indented\n\n  code</pre>").body();

    assertThat(TextContent.of(body)).isEqualTo("  indented\n\n  code");
    assertThat(body.text()).isNotEqualTo(TextContent.of(body));
  }
}
