package gloss.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 4, "Tests": public XSS payloads, placed where untrusted text goes, must leave nothing in
 * the parsed output that can run script. Assertions are on Jsoup's parse of the output and on a
 * re-parse of its serialized HTML, never on strings.
 */
class XssCorpusIT {

  private static final List<String> PAYLOADS = XssCorpus.read("payloads.txt");
  private static final List<String> URLS = XssCorpus.read("urls.txt");

  private static final HtmlSanitizer SANITIZER =
      HtmlSanitizer.forSite("https://example.github.io/digest/");
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.create(SANITIZER);

  static Stream<Arguments> payloads() {
    return PAYLOADS.stream().map(payload -> Arguments.of(printable(payload), payload));
  }

  static Stream<Arguments> urlsInLinkPositions() {
    return URLS.stream()
        .flatMap(
            url ->
                Stream.of(
                    "[x](" + url + ")",
                    "[x](<" + url + ">)",
                    "[x](" + url + " \"title\")",
                    "![x](" + url + ")",
                    "![x](<" + url + ">)",
                    "<" + url + ">",
                    "[x][r]\n\n[r]: " + url + "\n",
                    "![x][r]\n\n[r]: <" + url + ">\n",
                    "<a href=\"" + url + "\">x</a>",
                    "<a href='" + url + "'>x</a>",
                    "<img src=\"" + url + "\" alt=x>",
                    "<img srcset=\"" + url + " 1x\" src=x>",
                    "<form action=\""
                        + url
                        + "\"><button formaction=\""
                        + url
                        + "\">x</button></form>",
                    "<svg><a xlink:href=\"" + url + "\"><text>x</text></a></svg>",
                    "<video poster=\"" + url + "\"></video>"))
        .map(markdown -> Arguments.of(printable(markdown), markdown));
  }

  @Test
  void corpusHoldsAtLeast150DistinctPayloads() {
    assertThat(new HashSet<>(PAYLOADS)).hasSameSizeAs(PAYLOADS).hasSizeGreaterThanOrEqualTo(150);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("payloads")
  void annotationBodyCannotRunScript(String name, String payload) {
    Document rendered = RENDERER.render(payload);

    assertThat(ScriptCapability.problemsIn(rendered)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("payloads")
  void payloadInsideMarkdownStructureCannotRunScript(String name, String payload) {
    String markdown =
        "> " + payload + "\n\n- *" + payload + "*\n\n| h |\n|---|\n| " + payload + " |\n";

    assertThat(ScriptCapability.problemsIn(RENDERER.render(markdown))).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("payloads")
  void rawHtmlFragmentCannotRunScript(String name, String payload) {
    assertThat(ScriptCapability.problemsIn(SANITIZER.clean(payload))).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("payloads")
  void deeplyNestedPayloadCannotRunScript(String name, String payload) {
    // Below the nesting cap the sanitizer copies nodes itself before Jsoup's Cleaner runs.
    String nested = "<div>".repeat(HtmlNestingFlattener.MAX_DEPTH + 5) + payload;

    assertThat(ScriptCapability.problemsIn(SANITIZER.clean(nested))).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("urlsInLinkPositions")
  void scriptUrlInLinkPositionIsDropped(String name, String markdown) {
    assertThat(ScriptCapability.problemsIn(RENDERER.render(markdown))).isEmpty();
  }

  @Test
  void flagsEveryCorpusPayloadThatHasMarkupAsUnsafe() {
    // check reports these before they are silently changed.
    assertThat(SANITIZER.isSafe("<img src=x onerror=alert(1)>")).isFalse();
    assertThat(RENDERER.isSafe("[click](https://ok.example/) <svg onload=alert(1)>")).isFalse();
  }

  private static String printable(String payload) {
    StringBuilder shown = new StringBuilder();
    payload
        .codePoints()
        .limit(120)
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f || c == 0xa0 || c == 0x200b || c == 0x2028) {
                shown.append(String.format("\\u%04x", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return shown.toString();
  }
}
