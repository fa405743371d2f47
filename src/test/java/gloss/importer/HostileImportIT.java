package gloss.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gloss.markdown.HtmlSanitizer;
import gloss.markdown.MarkdownRenderer;
import gloss.markdown.ScriptFreeHtml;
import gloss.markdown.XssCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, "Bad input": hostile HTML (the XSS corpus of the Markdown stage, placed in an article's
 * text, attributes and links) never reaches the imported Markdown as markup: the Markdown holds no
 * raw HTML, and rendered as any content is rendered, it can run no script.
 */
class HostileImportIT {
  private static final MarkdownRenderer RENDERER =
      MarkdownRenderer.create(HtmlSanitizer.forSite("https://example.github.io/digest/"));
  private static final String PARAGRAPH =
      "<p>The council met on Thursday evening to discuss the harbour budget, the ferry timetable and the "
          + "repairs to the sea wall, which the engineers say cannot wait another winter.</p>";

  static Stream<String> payloads() {
    return XssCorpus.read("payloads.txt").stream();
  }

  static Stream<String> urls() {
    return XssCorpus.read("urls.txt").stream();
  }

  static String page(String articleHtml) {
    return "<!DOCTYPE html><html><head><title>Harbour budget agreed</title></head><body><article>"
        + "<h1>Harbour budget agreed</h1>"
        + PARAGRAPH
        + articleHtml
        + PARAGRAPH
        + PARAGRAPH
        + "</article></body></html>";
  }

  static void assertHarmless(String markdown) {
    List<String> raw = new ArrayList<>();
    Node doc = Parser.builder().build().parse(markdown);
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlInline html) {
            raw.add(html.getLiteral());
          }

          @Override
          public void visit(HtmlBlock html) {
            raw.add(html.getLiteral());
          }
        });
    assertThat(raw).as("raw HTML in the Markdown").isEmpty();
    Document rendered = RENDERER.render(markdown);
    assertThat(ScriptFreeHtml.problems(rendered.body())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void aPayloadInTheArticleLeavesNoMarkup(String payload) {
    // A payload that swallows the page (an unclosed <textarea>, <plaintext>, comment) leaves no
    // article: refusing it, and writing nothing, is harmless too.
    try {
      ImportedArticle article =
          new Importer(true)
              .html(Jsoup.parse(page("<p>Residents said " + payload + " loudly.</p>")), "");
      assertHarmless(ArticleFile.render(article, java.util.Optional.empty()));
    } catch (ImportException refused) {
      assertThat(refused.getMessage()).startsWith("no article found");
    }
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void aPayloadInPlainTextStaysText(String payload) throws Exception {
    String text =
        "Harbour budget agreed\n\n"
            + Jsoup.parse(PARAGRAPH).text()
            + "\n\n"
            + payload
            + "\n\n"
            + Jsoup.parse(PARAGRAPH).text();
    assertHarmless(new Importer(false).text(text).body());
  }

  @ParameterizedTest
  @MethodSource("urls")
  void aScriptUrlNeverBecomesALinkOrImage(String url) throws Exception {
    String attr = url.replace("\"", "&quot;");
    ImportedArticle article =
        new Importer(true)
            .html(
                Jsoup.parse(
                    page(
                        "<p>See <a href=\""
                            + attr
                            + "\">the minutes</a> and <img src=\""
                            + attr
                            + "\" alt=\"the map\">.</p>"
                            + "<iframe src=\""
                            + attr
                            + "\"></iframe>")),
                "https://news.example/story");
    assertHarmless(article.body());
    assertThat(article.body()).contains("the minutes");
  }

  @Test
  void hostileMetadataIsQuotedYamlAndPlainText() throws Exception {
    String html =
        "<html><head><title>x</title><meta property=\"og:title\" content=\"&lt;script&gt;alert(1)&lt;/script&gt;\n---\ndate: 1\">"
            + "<meta name=\"author\" content=\"Jane &quot;x&quot; Doe\"></head><body><article>"
            + PARAGRAPH.repeat(3)
            + "</article></body></html>";
    String file =
        ArticleFile.render(
            new Importer(false).html(Jsoup.parse(html), ""), java.util.Optional.empty());
    assertThat(file).startsWith("---\ntitle: \"<script>alert(1)</script> --- date: 1\"\n");
    assertThat(file.lines().filter("---"::equals).count()).isEqualTo(2);
  }

  @Test
  void deepNestingImportsWithoutOverflow() throws Exception {
    String deep = "<div>".repeat(20_000) + PARAGRAPH.repeat(3) + "</div>".repeat(20_000);
    ImportedArticle article = new Importer(false).html(Jsoup.parse(page(deep)), "");
    assertThat(article.body()).contains("The council met on Thursday evening");
  }

  @Test
  void scriptsAndEventHandlersAreNeverText() throws Exception {
    ImportedArticle article =
        new Importer(false)
            .html(
                Jsoup.parse(
                    page(
                        "<script>document.write('pwned')</script><p onclick=\"steal()\">Fishermen asked for a new slipway.</p>"
                            + "<p><a href=\"javascript:steal()\">Read the plan</a></p>")),
                "");
    assertThat(article.body())
        .doesNotContain("pwned", "steal", "javascript")
        .contains("Fishermen asked for a new slipway.");
  }

  @Test
  void aPageWithoutAnArticleIsRefusedWithTheWordCount() {
    assertThatThrownBy(
            () ->
                new Importer(false)
                    .html(
                        Jsoup.parse(
                            "<html><head><title>Login</title></head><body><form><p>Sign in to read this story</p></form>"
                                + "<p>Subscribers get unlimited access to every article we publish.</p></body></html>"),
                        ""))
        .isInstanceOf(ImportException.class)
        .hasMessage("no article found: the page's largest text block has 9 words");
  }

  @Test
  void aHomePageOfHeadlinesIsRefusedAsLinks() {
    StringBuilder home =
        new StringBuilder("<html><head><title>Example News</title></head><body><main>");
    for (int i = 0; i < 20; i++) {
      home.append("<div class=\"card\"><h2><a href=\"/story/")
          .append(i)
          .append(
              "\">Council agrees a budget for the harbour, the ferry and the sea wall, story number ")
          .append(i)
          .append("</a></h2><p><a href=\"/story/")
          .append(i)
          .append(
              "\">Read the whole report from the town hall, with reactions from residents</a></p></div>");
    }
    assertThatThrownBy(
            () -> new Importer(false).html(Jsoup.parse(home + "</main></body></html>"), ""))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("no article found: the page's largest text block is mostly links");
  }

  @Test
  void imagesFlagKeepsEachImageAsOneMarkdownImageWithoutItsCaption() throws Exception {
    String figure =
        "<figure><img src=\"/photos/wall.jpg\" alt=\"The sea wall at high tide\"><figcaption>The wall in "
            + "January. Photo: Jan Berg</figcaption></figure>";
    String html = page(figure);
    ImportedArticle with =
        new Importer(true)
            .html(
                Jsoup.parse(html, "https://news.example/harbour/"),
                "https://news.example/harbour/");
    assertThat(with.body())
        .contains("\n\n![The sea wall at high tide](https://news.example/photos/wall.jpg)\n\n")
        .doesNotContain("Jan Berg");
    ImportedArticle without = new Importer(false).html(Jsoup.parse(html), "");
    assertThat(without.body()).doesNotContain("![", "Jan Berg", "sea wall at high tide");
  }
}
