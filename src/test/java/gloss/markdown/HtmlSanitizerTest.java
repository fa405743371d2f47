package gloss.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

  private static final String SITE = "https://example.github.io/digest/";
  private final HtmlSanitizer sanitizer = HtmlSanitizer.forSite(SITE);

  private Element cleanBody(String html) {
    return sanitizer.clean(html).body();
  }

  @Test
  void keepsTableWithAlignment() {
    Element body =
        cleanBody(
            "<table><caption>Votes</caption><thead><tr><th align=\"left\">Party</th></tr></thead>"
                + "<tbody><tr><td align=\"right\">42</td></tr></tbody><tfoot><tr><td>Σ</td></tr>"
                + "</tfoot></table>");

    assertThat(body.select("table > caption").text()).isEqualTo("Votes");
    assertThat(body.select("thead th[align=left]").text()).isEqualTo("Party");
    assertThat(body.select("tbody td[align=right]").text()).isEqualTo("42");
    assertThat(body.select("tfoot td").text()).isEqualTo("Σ");
  }

  @Test
  void keepsBlockquoteCodeBlockAndInlineMarkup() {
    Element body =
        cleanBody(
            "<blockquote><p>Said <em>so</em>, <strong>twice</strong>.</p></blockquote>"
                + "<pre><code>if (a &lt; b) {}\n  x();</code></pre>"
                + "<p><sup>1</sup> <sub>2</sub> <kbd>K</kbd> <mark>m</mark> <del>d</del></p>");

    assertThat(body.select("blockquote > p > em").text()).isEqualTo("so");
    assertThat(body.select("pre > code").first().wholeText()).isEqualTo("if (a < b) {}\n  x();");
    assertThat(body.select("p sup, p sub, p kbd, p mark, p del")).hasSize(5);
  }

  @Test
  void keepsAbbreviationTitle() {
    Element abbr =
        cleanBody("<abbr title=\"European Central Bank\">ECB</abbr>").selectFirst("abbr");

    assertThat(abbr).isNotNull();
    assertThat(abbr.attr("title")).isEqualTo("European Central Bank");
  }

  @Test
  void marksOffSiteLinkAsUntrusted() {
    Element link = cleanBody("<a href=\"https://news.example.org/a\">story</a>").selectFirst("a");

    assertThat(link.attr("href")).isEqualTo("https://news.example.org/a");
    assertThat(link.attr("rel")).isEqualTo("nofollow ugc noopener noreferrer");
  }

  @Test
  void leavesRelativeFragmentAndOwnSiteLinksWithoutRel() {
    Element body =
        cleanBody(
            "<a href=\"../people/ada/\">Ada</a><a href=\"/digest/places/\">P</a><a href=\"#note-2\">"
                + "n</a><a href=\"?page=2\">q</a><a href=\"https://example.github.io/digest/x/\">"
                + "abs</a>");

    assertThat(body.select("a").eachAttr("href"))
        .containsExactly(
            "../people/ada/",
            "/digest/places/",
            "#note-2",
            "?page=2",
            "https://example.github.io/digest/x/");
    assertThat(body.select("a[rel]")).isEmpty();
  }

  @Test
  void treatsProtocolRelativeAndDotSegmentEscapesAsOffSite() {
    Element body =
        cleanBody(
            "<a href=\"//evil.example/\">a</a><a href=\"https://example.github.io/digest/../other/\">"
                + "b</a><a href=\"https://example.github.io/digest.evil/\">c</a>"
                + "<a href=\"mailto:editor@example.org\">d</a>");

    assertThat(body.select("a")).hasSize(4).allSatisfy(a -> assertThat(a.attr("rel")).isNotEmpty());
  }

  @Test
  void treatsEveryAbsoluteLinkAsOffSiteWhenSiteHasNoBaseUrl() {
    Element body =
        HtmlSanitizer.forSite("")
            .clean("<a href=\"https://example.github.io/digest/\">a</a><a href=\"/x\">b</a>")
            .body();

    assertThat(body.select("a[href^=https]").attr("rel")).isEqualTo(HtmlSanitizer.OFF_SITE_REL);
    assertThat(body.select("a[href=/x]").hasAttr("rel")).isFalse();
  }

  @Test
  void keepsHttpsAndRelativeImages() {
    Element body =
        cleanBody(
            "<img src=\"https://img.example.org/a.png\" alt=\"A\" title=\"t\" width=\"10\""
                + " height=\"20\"><img src=\"media/b.png\" alt=\"B\">");

    assertThat(body.select("img").eachAttr("src"))
        .containsExactly("https://img.example.org/a.png", "media/b.png");
    assertThat(body.selectFirst("img").attributes().size()).isEqualTo(5);
  }

  @Test
  void dropsImageSourcesThatAreNotHttpOrRelative() {
    Element body =
        cleanBody(
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"a\">"
                + "<img src=\"ftp://example.org/x.png\" alt=\"b\">");

    // An image without a source is not an image: its alternative text stays.
    assertThat(body.select("img")).isEmpty();
    assertThat(body.text()).isEqualTo("ab");
  }

  @Test
  void keepsValidHeadingIdsAndDropsOthers() {
    Element body =
        cleanBody(
            "<h2 id=\"what-happened_2\">a</h2><h3 id=\"x y\">b</h3><h4 id=\"über\">c</h4>"
                + "<p id=\"para\">d</p>");

    assertThat(body.select("[id]").eachAttr("id")).containsExactly("what-happened_2");
    assertThat(body.select("h3, h4")).hasSize(2);
  }

  @Test
  void keepsOrderedListStartButNoClassOrStyle() {
    Element body =
        cleanBody(
            "<ol start=\"3\" class=\"x\"><li style=\"color:red\">c</li></ol>"
                + "<div class=\"warn\"><span style=\"x\">s</span></div>");

    assertThat(body.selectFirst("ol").attributes().asList()).hasSize(1);
    assertThat(body.selectFirst("ol").attr("start")).isEqualTo("3");
    assertThat(body.select("[class], [style]")).isEmpty();
    assertThat(body.select("div > span").text()).isEqualTo("s");
  }

  @Test
  void keepsTextOfDroppedElementsButNotScriptOrStyleBodies() {
    Element body =
        cleanBody(
            "<form><label>Name</label><button>Send</button></form>"
                + "<script>steal()</script><style>p{}</style><font>old</font>");

    assertThat(body.text()).isEqualTo("NameSendold");
    assertThat(body.children()).isEmpty();
  }

  @Test
  void dropsCommentsAndDangerousUrls() {
    Element body =
        cleanBody(
            "<!-- hidden --><a href=\"javascript:alert(1)\">a</a><a href=\"JaVa&#x09;Script:x\">b"
                + "</a><a href=\"vbscript:x\">c</a><a href=\"data:text/html,x\">d</a>");

    assertThat(body.html()).isEqualTo("abcd");
  }

  @Test
  void returnsDocumentBasedOnSiteUrlWithoutPrettyPrinting() {
    Document document = sanitizer.clean("<p>one\n<em>two</em></p><p><a href=\"x/\">x</a></p>");

    assertThat(document.body().html())
        .isEqualTo("<p>one\n<em>two</em></p><p><a href=\"x/\">x</a></p>");
    assertThat(document.selectFirst("a").absUrl("href")).isEqualTo(SITE + "x/");
    assertThat(document.head().childNodes()).isEmpty();
  }

  @Test
  void reportsWhetherCleaningWouldDropAnything() {
    assertThat(sanitizer.isSafe("<p><a href=\"/x\">a</a> <abbr title=\"t\">b</abbr></p>")).isTrue();
    assertThat(sanitizer.isSafe("<a href=\"https://elsewhere.example/\">off-site is fine</a>"))
        .isTrue();
    assertThat(sanitizer.isSafe("<p onclick=\"x()\">a</p>")).isFalse();
    assertThat(sanitizer.isSafe("<p><script>x()</script></p>")).isFalse();
    assertThat(sanitizer.isSafe("<a href=\"javascript:x()\">a</a>")).isFalse();
    assertThat(sanitizer.isSafe("<!-- c -->")).isFalse();
    assertThat(sanitizer.isSafe("<div>".repeat(HtmlNestingFlattener.MAX_DEPTH) + "text")).isTrue();
    assertThat(sanitizer.isSafe("<div>".repeat(HtmlNestingFlattener.MAX_DEPTH + 1))).isFalse();
  }

  @Test
  void flattensHostileNestingButKeepsItsText() {
    String html = "<div>".repeat(100_000) + "deep<script>alert(1)</script>" + "</div>".repeat(10);

    Document document = sanitizer.clean(html);

    assertThat(document.body().text()).isEqualTo("deep");
    assertThat(HtmlNestingFlattener.elementDepthBelow(document.body()))
        .isEqualTo(HtmlNestingFlattener.MAX_DEPTH);
    assertThat(ScriptCapability.problemsIn(document)).isEmpty();
  }

  @Test
  void dropsScriptBodyWhoseElementFallsBelowTheNestingCap() {
    // Moved up without its <script>, a DataNode would serialize unescaped inside a <div>.
    String html =
        "<div>".repeat(HtmlNestingFlattener.MAX_DEPTH)
            + "<script><img src=x onerror=alert(1)></script><style><svg onload=alert(2)></style>";

    Document document = sanitizer.clean(html);

    assertThat(document.body().select("img, svg")).isEmpty();
    assertThat(document.body().text()).isEmpty();
    assertThat(ScriptCapability.problemsIn(document)).isEmpty();
  }
}
