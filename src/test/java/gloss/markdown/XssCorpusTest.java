package gloss.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The XSS corpus: every payload, as Markdown commentary, as raw HTML in an article and as a
 * front-matter value, must come out unable to run script. Checked on parsed output.
 */
class XssCorpusTest {
  private static final MarkdownRenderer MARKDOWN =
      MarkdownRenderer.create(HtmlSanitizer.forSite("https://example.org/digest/"));

  /** The corpus file plus Markdown-syntax variants of its script URLs. */
  static List<String> payloads() {
    Set<String> payloads = new LinkedHashSet<>();
    try {
      for (String line : Files.readAllLines(Path.of("src/test/resources/xss/payloads.txt"), StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("# ")) {
          payloads.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> urls =
        List.of("javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
            "jav&#x09;ascript:alert(1)", "javascript&#58;alert(1)", " javascript:alert(1)", "&#106;avascript:alert(1)");
    for (String url : urls) {
      payloads.add("[click](" + url + ")");
      payloads.add("![img](" + url + ")");
      payloads.add("<" + url + ">");
      payloads.add("[ref]\n\n[ref]: " + url);
      payloads.add("[x](" + url + " \"title\")");
    }
    return new ArrayList<>(payloads);
  }

  @Test
  void corpusHasAtLeast150Payloads() {
    assertThat(payloads()).hasSizeGreaterThanOrEqualTo(150);
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void renderedCommentaryCannotRunScript(String payload) {
    Document doc = MARKDOWN.render(payload);
    assertThat(ScriptFreeHtml.problems(doc.body())).as(payload).isEmpty();
    // The serialized fragment, parsed again as a browser would, is still clean (no mXSS).
    Document reparsed = Jsoup.parseBodyFragment(doc.body().html());
    assertThat(ScriptFreeHtml.problems(reparsed.body())).as(payload).isEmpty();
  }

  @Test
  void wholeSiteBuiltFromHostileContentCannotRunScript(@TempDir Path dir) throws IOException {
    List<String> payloads = payloads();
    StringBuilder fixture = new StringBuilder();
    fixture.append("-- content/articles/hostile.md --\n---\ntitle: Hostile\ndate: 2025-01-01\n---\n");
    for (String p : payloads) {
      fixture.append(p).append("\n\n");
    }
    for (int i = 0; i < payloads.size(); i++) {
      String yaml = yamlString(payloads.get(i));
      fixture.append("-- content/annotations/hostile/n").append(i).append(".md --\n---\nauthor: ").append(yaml)
          .append("\ndate: 2025-01-02\n---\n").append(payloads.get(i)).append("\n");
      fixture.append("-- content/articles/t").append(i).append(".md --\n---\ntitle: ").append(yaml)
          .append("\ndate: 2025-01-01\nsummary: ").append(yaml).append("\ntags: [").append(yaml).append("]\n---\nText.\n");
      fixture.append("-- content/people/p").append(i).append(".md --\n---\nname: ").append(yamlString("Name" + i + " " + payloads.get(i)))
          .append("\nrole: ").append(yaml).append("\n---\n").append(payloads.get(i)).append("\n");
    }
    TestSite site = TestSite.build(dir, fixture.toString());
    assertThat(site.result().published()).as(String.join("\n", site.messages())).isTrue();

    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(site.output())) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html"))::iterator) {
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        Element main = page.selectFirst("main");
        // The search page holds the theme's own form and scripts and no content.
        if (main != null && !file.endsWith(Path.of("search", "index.html"))) {
          ScriptFreeHtml.problems(main).forEach(p -> problems.add(site.output().relativize(file) + ": " + p));
        }
        for (Element script : page.select("script")) {
          boolean theme = script.hasAttr("src") && script.attr("src").matches("((\\.\\./)*|/digest/)(assets/[a-z-]+\\.js|search-index\\.js)");
          boolean data = script.attr("type").equals("application/ld+json") && !script.hasAttr("src");
          if (!theme && !data) {
            problems.add(site.output().relativize(file) + ": unexpected " + script.outerHtml());
          }
        }
        for (Element el : page.getAllElements()) {
          el.attributes().forEach(a -> {
            if (a.getKey().toLowerCase().startsWith("on")) problems.add(file + ": handler " + a.getKey());
          });
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static String yamlString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
  }
}
