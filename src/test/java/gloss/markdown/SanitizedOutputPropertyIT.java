package gloss.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Issue 4: sanitized output never holds script, whatever text goes in. */
class SanitizedOutputPropertyIT {

  private static final HtmlSanitizer SANITIZER =
      HtmlSanitizer.forSite("https://example.github.io/digest/");
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.create(SANITIZER);

  /**
   * Pieces that XSS payloads are made of, so random strings hit tags, attributes and URLs often.
   */
  private static final List<String> HOSTILE_PIECES =
      List.of(
          "<",
          ">",
          "\"",
          "'",
          "`",
          "=",
          "/",
          ":",
          ";",
          "&",
          "#",
          "(",
          ")",
          "[",
          "]",
          "!",
          "*",
          "-",
          " ",
          "\t",
          "\n",
          "\r",
          "\u0000",
          "\u0001",
          "\u00a0",
          "javascript",
          "JaVaScRiPt",
          "vbscript",
          "data",
          "on",
          "script",
          "style",
          "error",
          "load",
          "x",
          "a",
          "img",
          "svg",
          "iframe",
          "src",
          "href",
          "srcset",
          "xlink:href",
          "formaction",
          "&#",
          "&#x",
          "106",
          "6A",
          "09",
          "colon",
          "Tab",
          "alert(1)",
          "<!--",
          "-->",
          "<![CDATA[",
          "]]>",
          "](",
          "<a ",
          "<img ",
          "e",
          "r",
          "s",
          "1");

  private static final List<String> TAGS =
      List.of(
          "a",
          "img",
          "p",
          "abbr",
          "h2",
          "ol",
          "td",
          "div",
          "span",
          "script",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "form",
          "button",
          "input",
          "base",
          "meta",
          "link",
          "style",
          "template",
          "noscript",
          "video",
          "body",
          "SCRIPT",
          "Img",
          "x");

  private static final List<String> ATTRIBUTES =
      List.of(
          "href",
          "src",
          "srcset",
          "title",
          "id",
          "start",
          "align",
          "alt",
          "style",
          "onerror",
          "onload",
          "OnClick",
          "onmouseover",
          "formaction",
          "action",
          "xlink:href",
          "poster",
          "background",
          "data",
          "srcdoc",
          "rel",
          "class");

  private static final List<String> URL_STARTS =
      List.of(
          "javascript:",
          "JAVASCRIPT:",
          "java\tscript:",
          "java&#x09;script:",
          "&#106;avascript:",
          "javascript&colon;",
          " javascript:",
          "\u0001javascript:",
          "vbscript:",
          "data:",
          "data:text/html,",
          "https:",
          "http:",
          "mailto:",
          "/",
          "//",
          "#",
          "?",
          "");

  @Property(tries = 2000)
  void markdownFromHostilePiecesRendersWithoutScript(@ForAll("hostileText") String markdown) {
    assertThat(ScriptCapability.problemsIn(RENDERER.render(markdown))).isEmpty();
  }

  @Property(tries = 2000)
  void htmlFromHostilePiecesCleansWithoutScript(@ForAll("hostileText") String html) {
    assertThat(ScriptCapability.problemsIn(SANITIZER.clean(html))).isEmpty();
  }

  @Property(tries = 3000)
  void hostileTagsAndAttributesCleanWithoutScript(@ForAll("hostileElements") String html) {
    assertThat(ScriptCapability.problemsIn(SANITIZER.clean(html))).isEmpty();
    assertThat(ScriptCapability.problemsIn(RENDERER.render(html))).isEmpty();
  }

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(HOSTILE_PIECES), Arbitraries.strings().ascii().ofMaxLength(3));
    return piece.list().ofMaxSize(80).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> hostileElements() {
    Arbitrary<String> url =
        Combinators.combine(
                Arbitraries.of(URL_STARTS), Arbitraries.of("alert(1)", "x", "//x.example/"))
            .as(String::concat);
    Arbitrary<String> quote = Arbitraries.of("\"", "'", "`", "");
    Arbitrary<String> attribute =
        Combinators.combine(Arbitraries.of(ATTRIBUTES), quote, url)
            .as((name, q, value) -> " " + name + "=" + q + value + q);
    Arbitrary<String> element =
        Combinators.combine(
                Arbitraries.of(TAGS), attribute.list().ofMaxSize(4), Arbitraries.of("", ">", "/>"))
            .as((tag, attributes, end) -> "<" + tag + String.join("", attributes) + end + "t");
    return element.list().ofMinSize(1).ofMaxSize(5).map(elements -> String.join("", elements));
  }
}
