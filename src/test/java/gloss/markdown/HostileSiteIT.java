package gloss.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XSS corpus placed everywhere content reaches a page at once: as raw HTML in an article, as
 * annotation bodies, and as front-matter values (titles, summaries, tags, authors, entity names and
 * fields). Every built page is checked as a browser would parse it.
 */
class HostileSiteIT {
  @Test
  void siteBuiltFromHostileContentCannotRunScript(@TempDir Path dir) throws IOException {
    List<String> payloads = XssCorpus.read("payloads.txt");
    StringBuilder fixture = new StringBuilder();
    fixture.append(
        "-- content/articles/hostile.md --\n---\ntitle: Hostile\ndate: 2025-01-01\n---\n");
    payloads.forEach(p -> fixture.append(p).append("\n\n"));
    for (int i = 0; i < payloads.size(); i++) {
      String p = payloads.get(i);
      String yaml = yamlString(p);
      fixture
          .append("-- content/annotations/hostile/n")
          .append(i)
          .append(".md --\n---\nauthor: ")
          .append(yaml)
          .append("\ndate: 2025-01-02\n---\n")
          .append(p)
          .append("\n");
      fixture
          .append("-- content/articles/t")
          .append(i)
          .append(".md --\n---\ntitle: ")
          .append(yaml)
          .append("\ndate: 2025-01-01\nsummary: ")
          .append(yaml)
          .append("\ntags: [")
          .append(yaml)
          .append("]\n---\nText.\n");
      fixture
          .append("-- content/people/p")
          .append(i)
          .append(".md --\n---\nname: ")
          .append(yamlString("Name" + i + " " + p))
          .append("\nrole: ")
          .append(yaml)
          .append("\n---\n")
          .append(p)
          .append("\n");
    }
    TestSite site = TestSite.build(dir, fixture.toString());
    assertThat(site.result().published()).as(String.join("\n", site.messages())).isTrue();

    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(site.output())) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html"))::iterator) {
        String name = site.output().relativize(file).toString();
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        Element main = page.selectFirst("main");
        // The search and not-found pages hold the theme's own search form and no content.
        if (main != null && !name.equals("search/index.html") && !name.equals("404.html")) {
          ScriptFreeHtml.problems(main).forEach(p -> problems.add(name + ": " + p));
          Document reparsed = Jsoup.parseBodyFragment(main.html());
          ScriptFreeHtml.problems(reparsed.body())
              .forEach(p -> problems.add(name + " (re-parsed): " + p));
        }
        for (Element script : page.select("script")) {
          boolean theme =
              script.hasAttr("src")
                  && script.attr("src").matches("((\\.\\./)*|/digest/)assets/[a-z-]+\\.js");
          boolean data =
              script.attr("type").equals("application/ld+json") && !script.hasAttr("src");
          if (!theme && !data) {
            problems.add(name + ": unexpected " + script.outerHtml());
          }
        }
        page.getAllElements()
            .forEach(
                el ->
                    el.attributes()
                        .forEach(
                            a -> {
                              if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                                problems.add(
                                    name
                                        + ": handler "
                                        + a.getKey()
                                        + " on <"
                                        + el.normalName()
                                        + ">");
                              }
                            }));
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * A YAML double-quoted string without the control characters front matter refuses; tab, line
   * breaks and the BOM become \\uXXXX escapes.
   */
  private static String yamlString(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              if (c == '\\' || c == '"') {
                out.append('\\').appendCodePoint(c);
              } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                // Front matter refuses control characters (BadInputTest); tab and line breaks stay.
                if (c == '\t' || c == '\n' || c == '\r') {
                  out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
                }
              } else if (c == 0xfeff) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }
}
