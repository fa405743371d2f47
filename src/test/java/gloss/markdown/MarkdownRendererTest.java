package gloss.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer =
      MarkdownRenderer.create(HtmlSanitizer.forSite("https://example.github.io/digest/"));

  private Element render(String markdown) {
    return renderer.render(markdown).body();
  }

  @Test
  void rendersGfmTable() {
    Element body = render("| Party | Seats |\n|:------|------:|\n| A | 12 |\n");

    assertThat(body.select("table thead th").eachText()).containsExactly("Party", "Seats");
    assertThat(body.select("tbody td[align=right]").text()).isEqualTo("12");
    assertThat(body.select("th[align=left]")).hasSize(1);
  }

  @Test
  void rendersStrikethroughAndEmphasis() {
    Element body = render("~~old~~ *new* **bold**");

    assertThat(body.select("del").text()).isEqualTo("old");
    assertThat(body.select("em").text()).isEqualTo("new");
    assertThat(body.select("strong").text()).isEqualTo("bold");
  }

  @Test
  void autolinksBareUrlsAsOffSiteLinks() {
    Element link = render("See https://news.example.org/story for more.").selectFirst("a");

    assertThat(link.attr("href")).isEqualTo("https://news.example.org/story");
    assertThat(link.attr("rel")).isEqualTo(HtmlSanitizer.OFF_SITE_REL);
  }

  @Test
  void givesHeadingsAnchorIds() {
    Element body = render("# What happened\n\n## What happened\n");

    assertThat(body.select("h1, h2").eachAttr("id"))
        .containsExactly("what-happened", "what-happened-1");
  }

  @Test
  void keepsAllowedRawHtmlAndCleansTheRest() {
    Element body =
        render(
            "The <abbr title=\"European Central Bank\">ECB</abbr> said<sup>1</sup>.\n\n"
                + "<div onclick=\"x()\">boxed</div>\n\n<script>alert(1)</script>\n");

    assertThat(body.select("abbr[title]").text()).isEqualTo("ECB");
    assertThat(body.select("sup").text()).isEqualTo("1");
    assertThat(body.select("div").text()).isEqualTo("boxed");
    assertThat(body.select("[onclick], script")).isEmpty();
  }

  @Test
  void keepsCodeAndOnlyItsLanguageClass() {
    Element code = render("```java\nint a = 1 < 2;\n```\n").selectFirst("pre > code");

    assertThat(code.wholeText()).isEqualTo("int a = 1 < 2;\n");
    assertThat(code.attributes().asList()).singleElement().hasToString("class=\"language-java\"");
  }

  @Test
  void neutralizesScriptLinksWrittenInMarkdown() {
    Document document =
        renderer.render("[a](javascript:alert(1)) ![b](javascript:alert(2)) <javascript:alert(3)>");

    assertThat(ScriptCapability.problemsIn(document)).isEmpty();
    // The refused link and image stay as their text.
    assertThat(document.select("a, img")).isEmpty();
    assertThat(document.body().text()).isEqualTo("a b javascript:alert(3)");
  }

  @Test
  void removesRelFromLinksThatStayOnSite() {
    Element body = render("[home](/digest/) <a href=\"#x\" rel=\"me\">x</a>");

    assertThat(body.select("a")).hasSize(2);
    assertThat(body.select("a[rel]")).isEmpty();
  }

  @Test
  void reportsMarkdownWhoseRawHtmlWouldBeDropped() {
    assertThat(renderer.isSafe("# Title\n\n*Fine* <abbr title=\"x\">y</abbr> [l](/x)")).isTrue();
    assertThat(renderer.isSafe("Hi <img src=x onerror=alert(1)>")).isFalse();
  }

  @Test
  void rendersIndependentlyOnManyThreads() throws InterruptedException {
    Thread[] threads = new Thread[4];
    boolean[] correct = new boolean[threads.length];
    for (int t = 0; t < threads.length; t++) {
      int index = t;
      threads[t] =
          new Thread(
              () -> {
                boolean allCorrect = true;
                for (int i = 0; i < 50; i++) {
                  String text = "t" + index + "i" + i;
                  Element body = render("## " + text + "\n\n[" + text + "](https://x.example/)");
                  allCorrect &=
                      body.selectFirst("h2").id().equals(text)
                          && body.selectFirst("a[rel]").text().equals(text);
                }
                correct[index] = allCorrect;
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(correct).containsOnly(true);
  }

  @Test
  void percentEncodesLinkDestinations() {
    Element body =
        render("[a](https://example.com/a\\b) [b](<https://example.com/a b/>) [c](ü.html)");

    assertThat(body.select("a").eachAttr("href"))
        .containsExactly("https://example.com/a%5Cb", "https://example.com/a%20b/", "%C3%BC.html");
  }

  @Test
  void turnsLinksWithARefusedSchemeIntoPlainText() {
    Element body =
        render(
            "[chat](irc:example.org/gloss), [app](made-up-scheme:x), [dev](localhost:5001),"
                + " <a href=\"irc:raw\">raw</a>, ![pic](ftp://example.org/p.png) and"
                + " [ok](https://example.org/).");

    assertThat(body.select("a").eachText()).containsExactly("ok");
    assertThat(body.select("img")).isEmpty();
    assertThat(body.text()).isEqualTo("chat, app, dev, raw, pic and ok.");
  }

  @Test
  void keepsTheRelativeLinkOfCommonMarkExample500() {
    // [link](foo\)\:) is a relative link to "foo):", not a link with the scheme "foo)".
    assertThat(render("[link](foo\\)\\:)\n").selectFirst("a").attr("href")).isEqualTo("foo):");
  }

  @Test
  void keepsTheLanguageClassOfFencedCode() {
    Element body = render("```java\nint x;\n```\n\n<code class=\"note-body\">borrowed</code>\n");

    assertThat(body.select("pre > code").attr("class")).isEqualTo("language-java");
    assertThat(body.select("code").last().hasAttr("class")).isFalse();
  }
}
