package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import gloss.diag.Diagnostics;
import gloss.load.ContentLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sitemap never grows past 2,500 pages: a larger site gets an index of sitemap files. */
class SitemapTest {
  @TempDir Path dir;

  @Test
  void largeSiteGetsASitemapIndexOfFilesOfAtMost2500Pages() throws IOException {
    TestSite.write(dir, "");
    Diagnostics diagnostics = new Diagnostics();
    var config = ContentLoader.config(dir, dir.resolve("content"), null, diagnostics);
    PageContext context = PageContext.of(config, List.of(), false);
    Set<String> listed =
        IntStream.range(0, 6000)
            .mapToObj(i -> "articles/a" + i + "/index.html")
            .collect(Collectors.toSet());
    TemplateSet templates = TemplateSet.load(TestSite.DEFAULT_TEMPLATES, "templates", "en");
    Map<String, Document> files = new TreeMap<>();
    for (PageJob job : ListPages.sitemap(context, listed)) {
      byte[] bytes = templates.render(job).reportTo(diagnostics).orElseThrow();
      files.put(
          job.path(),
          Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser()));
    }
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(files.keySet())
        .containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml");
    assertThat(files.get("sitemap.xml").select("sitemapindex > sitemap > loc").eachText())
        .containsExactly(
            "https://example.org/digest/sitemap-1.xml",
            "https://example.org/digest/sitemap-2.xml",
            "https://example.org/digest/sitemap-3.xml");
    assertThat(files.get("sitemap-1.xml").select("urlset > url > loc")).hasSize(2500);
    assertThat(files.get("sitemap-3.xml").select("urlset > url > loc")).hasSize(1000);
    assertThat(files.get("sitemap-1.xml").select("loc").first().text())
        .isEqualTo("https://example.org/digest/articles/a0/");
    assertThat(Files.exists(dir.resolve("site-output"))).isFalse();
  }
}
