package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The digest that ships in {@code content/} with the default theme: it builds cleanly, and every
 * link in it leads somewhere, down to the {@code #id}.
 */
class SampleSiteTest {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

  static Path output;
  static BuildResult result;
  static String baseUrl;

  @BeforeAll
  static void build(@TempDir Path tmp) throws IOException {
    output = tmp.resolve("site");
    result =
        SiteBuild.build(
            new SiteLayout(
                Path.of("").toAbsolutePath(),
                Path.of("content"),
                Path.of("templates"),
                output,
                null));
    baseUrl =
        Files.readAllLines(Path.of("content/site.yml")).stream()
            .filter(l -> l.startsWith("base_url:"))
            .map(l -> l.substring("base_url:".length()).strip().replace("\"", ""))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void buildsWithoutDiagnostics() {
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.published()).isTrue();
  }

  @Test
  void everyBeijingOfTheArticleLinksToChinaAndAppearsWithKeepsPlaces() {
    Document article =
        parse(output.resolve("articles/china-acknowledges-cyberattacks-over-taiwan/index.html"));
    assertThat(
            article.select(".article-body .mention:contains(Beijing)").stream()
                .map(MentionMarkup::entityOf))
        .hasSize(7)
        .containsOnly("places/china");
    assertThat(parse(output.resolve("places/geneva/index.html")).select(".appears-with li").text())
        .contains("Switzerland");
    assertThat(
            parse(output.resolve("people/nate-fick/index.html")).select(".appears-with li").text())
        .contains("Geneva");
  }

  @Test
  void hasThePagesOfTheUrlContract() {
    assertThat(output.resolve("index.html")).isRegularFile();
    assertThat(output.resolve("404.html")).isRegularFile();
    assertThat(output.resolve("feed.xml")).isRegularFile();
    assertThat(output.resolve("sitemap.xml")).isRegularFile();
    assertThat(output.resolve(".nojekyll")).isRegularFile();
    assertThat(output.resolve("assets")).isDirectory();
    for (String kind : List.of("people", "places", "organizations")) {
      assertThat(output.resolve(kind + "/index.html")).isRegularFile();
    }
    assertThat(output.resolve("articles/china-acknowledges-cyberattacks-over-taiwan/index.html"))
        .isRegularFile();
    assertThat(output.resolve("places/geneva/index.html")).isRegularFile();
    assertThat(output.resolve("people/nate-fick/index.html")).isRegularFile();
  }

  @Test
  void everyInternalLinkAndFragmentLeadsSomewhere() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : htmlPages()) {
      Document doc = parse(page);
      // 404.html is served at any depth, so it links from the base path; check it from there.
      boolean rootRelative = page.equals(output.resolve("404.html"));
      for (Element el : doc.select("[href], [src]")) {
        for (String attr : List.of("href", "src")) {
          if (!el.hasAttr(attr)) continue;
          String link = el.attr(attr);
          String problem = check(page, link, rootRelative);
          checked++;
          if (problem != null) {
            broken.add(
                output.relativize(page)
                    + ": <"
                    + el.tagName()
                    + " "
                    + attr
                    + "=\""
                    + link
                    + "\">: "
                    + problem);
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
    assertThat(broken).isEmpty();
  }

  @Test
  void everyEntityPageIsLinkedFromItsIndex() throws IOException {
    for (String kind : List.of("people", "places", "organizations")) {
      Set<String> pages;
      try (Stream<Path> dirs = Files.list(output.resolve(kind))) {
        pages =
            dirs.filter(Files::isDirectory)
                .map(d -> kind + "/" + d.getFileName() + "/index.html")
                .collect(Collectors.toSet());
      }
      Document index = parse(output.resolve(kind + "/index.html"));
      Set<String> linked =
          index.select("main a[href]").stream()
              .map(a -> resolve(output.resolve(kind + "/index.html"), a.attr("href")))
              .filter(p -> p != null)
              .map(p -> output.relativize(p).toString().replace('\\', '/'))
              .collect(Collectors.toSet());
      assertThat(linked).as(kind).containsAll(pages);
    }
  }

  @Test
  void feedIsAtomXmlWithAbsoluteLinksToArticles() throws Exception {
    org.w3c.dom.Document feed = parseXml(output.resolve("feed.xml"));
    org.w3c.dom.Element root = feed.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("feed");
    assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(text(root, "id")).isEqualTo(baseUrl);
    assertThat(text(root, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
    assertThat(entries.getLength()).isGreaterThanOrEqualTo(1);
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
      assertThat(text(entry, "title")).isNotBlank();
      String id = text(entry, "id");
      assertThat(id).startsWith(baseUrl);
      assertThat(published(id)).as(id).isRegularFile();
      org.w3c.dom.Element link =
          (org.w3c.dom.Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
      assertThat(link.getAttribute("href")).isEqualTo(id);
    }
  }

  @Test
  void sitemapListsEveryPageAtAnAbsoluteUrlUnderTheBaseUrl() throws Exception {
    org.w3c.dom.Document sitemap = parseXml(output.resolve("sitemap.xml"));
    assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
    NodeList locs = sitemap.getElementsByTagNameNS(SITEMAP, "loc");
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      urls.add(locs.item(i).getTextContent().strip());
    }
    assertThat(urls).isNotEmpty().allMatch(u -> u.startsWith(baseUrl), "starts with " + baseUrl);
    for (String url : urls) {
      assertThat(URI.create(url).isAbsolute()).isTrue();
      assertThat(published(url)).as(url).isRegularFile();
    }
    List<String> pages =
        htmlPages().stream()
            .filter(p -> !p.equals(output.resolve("404.html")))
            .map(
                p ->
                    baseUrl
                        + output
                            .relativize(p)
                            .toString()
                            .replace('\\', '/')
                            .replaceFirst("index\\.html$", ""))
            .sorted()
            .toList();
    assertThat(urls).containsExactlyInAnyOrderElementsOf(pages);
  }

  @Test
  void canonicalUrlsAreAbsoluteAndPointAtTheirOwnPage() throws IOException {
    for (Path page : htmlPages()) {
      if (page.equals(output.resolve("404.html"))) continue;
      Element canonical = parse(page).selectFirst("link[rel=canonical]");
      assertThat(canonical).as(page.toString()).isNotNull();
      assertThat(published(canonical.attr("href"))).as(page.toString()).isEqualTo(page);
    }
  }

  // ---- link checking ----

  /** Why a link from a page is broken, or null when it leads to an existing file and id. */
  static String check(Path page, String link, boolean rootRelative) {
    if (link.isBlank()) {
      return "empty link";
    }
    URI uri;
    try {
      uri = new URI(link);
    } catch (URISyntaxException e) {
      return "not a valid URI: " + e.getMessage();
    }
    if (uri.getScheme() != null || link.startsWith("//")) {
      if (link.startsWith(baseUrl)) {
        Path target = published(link);
        return Files.isRegularFile(target) ? null : "no such page in the site";
      }
      return null; // external
    }
    if (link.startsWith("/") && !rootRelative) {
      return "root-relative link breaks under file:// and a base path";
    }
    Path target;
    if (rootRelative && link.startsWith("/")) {
      String basePath = URI.create(baseUrl).getPath();
      if (!link.startsWith(basePath)) {
        return "outside the base path " + basePath;
      }
      target = resolve(output.resolve("index.html"), link.substring(basePath.length()));
    } else {
      target = resolve(page, link);
    }
    if (target == null) {
      return "leaves the site";
    }
    if (!Files.isRegularFile(target)) {
      return "no such file " + output.relativize(target);
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty()) {
      if (!target.toString().endsWith(".html")) {
        return "fragment on a file that is not HTML";
      }
      if (!ids(target).contains(fragment)) {
        return "no id '" + fragment + "' in " + output.relativize(target);
      }
    }
    return null;
  }

  /**
   * The file a relative link leads to: query and fragment dropped, %XX decoded, folder URLs mapped
   * to their index.html; null when it leaves the output folder.
   */
  static Path resolve(Path page, String link) {
    String path = link.replaceFirst("[?#].*$", "");
    if (path.isEmpty()) {
      return page;
    }
    URI base = page.toUri();
    Path target = Path.of(base.resolve(URI.create(path).getRawPath())).normalize();
    if (!target.startsWith(output)) {
      return null;
    }
    if (Files.isDirectory(target) || path.endsWith("/")) {
      target = target.resolve("index.html");
    }
    return target;
  }

  /** The file an absolute URL under base_url is served from. */
  static Path published(String url) {
    String rest = url.substring(baseUrl.length()).replaceFirst("[?#].*$", "");
    Path target = output.resolve(URI.create("x/" + rest).getPath().substring(2)).normalize();
    return rest.isEmpty() || rest.endsWith("/") || Files.isDirectory(target)
        ? target.resolve("index.html")
        : target;
  }

  static final Map<Path, Set<String>> IDS = new HashMap<>();

  static synchronized Set<String> ids(Path page) {
    return IDS.computeIfAbsent(
        page,
        p -> {
          Document doc = parse(p);
          Set<String> ids =
              doc.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
          doc.select("a[name]").forEach(a -> ids.add(a.attr("name")));
          return ids;
        });
  }

  /** The site's pages; an edition's e-mail issue is not one (EditionsTest checks it). */
  static List<Path> htmlPages() throws IOException {
    try (Stream<Path> walk = Files.walk(output)) {
      return walk.filter(p -> p.toString().endsWith(".html"))
          .filter(p -> !p.getFileName().toString().equals("email.html"))
          .sorted()
          .toList();
    }
  }

  static Document parse(Path page) {
    try {
      return Jsoup.parse(page.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static org.w3c.dom.Document parseXml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(file)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  static String text(org.w3c.dom.Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
    assertThat(nodes.getLength()).as("<%s>", name).isPositive();
    return nodes.item(0).getTextContent().strip();
  }
}
