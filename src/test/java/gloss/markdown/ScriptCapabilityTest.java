package gloss.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker the XSS tests rely on must itself notice script, or those tests prove nothing. */
class ScriptCapabilityTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<p style=\"x\">a</p>",
        "<a href=\"java&#x09;script:alert(1)\">a</a>",
        "<a href=\"&amp;#106;avascript:alert(1)\">a</a>",
        "<a href=\"\u2028javascript:alert(1)\">a</a>",
        "<img src=\"DATA:image/svg+xml,x\">",
        "<img srcset=\"https://ok.example/a.png 1x, vbscript:x 2x\">",
        "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
        "<form><button formaction=\"javascript:alert(1)\">b</button></form>",
        "<p id=\"x\" class=\"y\">unexpected attribute</p>",
        "<body onload=alert(1)>",
        "<marquee>unknown element</marquee>"
      })
  void findsScriptCapableMarkup(String html) {
    assertThat(ScriptCapability.problemsIn(Jsoup.parse(html))).isNotEmpty();
  }

  @Test
  void findsUnescapedDataNodes() {
    Document document = Jsoup.parseBodyFragment("<div></div>");
    document.selectFirst("div").appendChild(new DataNode("<img src=x onerror=alert(1)>"));

    assertThat(ScriptCapability.problemsIn(document)).isNotEmpty();
  }

  @Test
  void acceptsCommentaryMarkup() {
    Document document =
        Jsoup.parseBodyFragment(
            "<h2 id=\"a\">A</h2><p><a href=\"/x\" rel=\"nofollow\" title=\"t\">x</a>"
                + "<img src=\"https://ok.example/a.png\" alt=\"a\"></p><ol start=\"2\"><li>i</li>"
                + "</ol><table><tr><td align=\"left\">c</td></tr></table>");

    assertThat(ScriptCapability.problemsIn(document)).isEmpty();
  }
}
