package gloss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gloss.SiteBuild;
import gloss.TestSite;
import gloss.importer.SeedImportTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: {@code gloss import} as an editor runs it. */
class ImportCommandTest {
  static final Path SEED =
      Path.of(System.getProperty("gloss.shared", "../shared"), "seed", "000_ed8b881fa0fcd842.txt");
  static final Path FIXTURES = Path.of("src/test/resources/import");
  static final String WORDPRESS_SLUG = "harbour-town-votes-to-keep-its-last-ferry-running-through";

  static final String SITE =
      """
      -- content/site.yml --
      title: Test Digest
      -- content/people/maren.md --
      ---
      name: Maren Holt
      ---
      A reporter.
      """;

  static CheckCommandTest.Run gloss(Path dir, String... args) {
    return CheckCommandTest.gloss(
        Stream.concat(Stream.of(args), Stream.of("--content", dir.resolve("content").toString()))
            .toArray(String[]::new));
  }

  static List<String> paragraphs(String markdownFile) {
    String body = markdownFile.substring(markdownFile.indexOf("\n---\n", 4) + 5);
    return Arrays.stream(body.strip().split("\n\n")).toList();
  }

  @Test
  void dryRunOfTheSeedPrintsTheSampleArticlesBody(@TempDir Path dir) throws Exception {
    assumeTrue(
        Files.isRegularFile(SEED),
        "the seed "
            + SEED.toAbsolutePath().normalize()
            + " is not there: shared/ is not beside the repository");
    var run =
        CheckCommandTest.gloss(
            "import", SEED.toString(), "--dry-run", "--content", dir.resolve("content").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(paragraphs(run.out()))
        .containsExactlyElementsOf(SeedImportTest.sampleParagraphsBeforeEditing());
    assertThat(run.err()).contains("would write ").contains("4 photo captions and credit lines");
    assertThat(dir.resolve("content")).doesNotExist();
  }

  @Test
  void writesTheArticleReportsWhereEachFieldCameFromAndItBuilds(@TempDir Path dir)
      throws Exception {
    TestSite.write(dir, SITE);
    var run = gloss(dir, "import", FIXTURES.resolve("wordpress/page.html").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    Path file = dir.resolve("content/articles/" + WORDPRESS_SLUG + ".md");
    assertThat(run.out())
        .startsWith("wrote " + file + " (HTML page ")
        .contains("  date      2025-02-14 (JSON-LD datePublished)\n")
        .contains("  authors   Maren Holt (JSON-LD author)\n")
        .contains("  source    The Coastal Ledger (JSON-LD publisher)\n")
        .contains("1 share and social buttons")
        .contains("./gloss new person \"Ingrid Sæther\"")
        .doesNotContain("\"Maren Holt\"");
    assertThat(Files.readString(file))
        .isEqualTo(Files.readString(FIXTURES.resolve("wordpress/expected.md")));
    assertThat(SiteBuild.build(TestSite.layout(dir)).diagnostics()).isEmpty();
  }

  @Test
  void neverOverwritesAnArticleWithoutForceAndReimportsToTheSameBytes(@TempDir Path dir)
      throws Exception {
    TestSite.write(dir, SITE);
    String page = FIXTURES.resolve("wordpress/page.html").toString();
    assertThat(gloss(dir, "import", page).exit()).isZero();
    Path file = dir.resolve("content/articles/" + WORDPRESS_SLUG + ".md");
    byte[] first = Files.readAllBytes(file);
    Files.writeString(
        file,
        "edited by hand\nurl: \"https://coastalledger.example/2025/02/14/harbour-ferry-winter/\"\n");

    var again = gloss(dir, "import", page);
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err())
        .isEqualTo(
            page + ": error: " + file + " already holds this article; --force replaces it\n");
    assertThat(Files.readString(file)).startsWith("edited by hand");

    assertThat(gloss(dir, "import", page, "--force").exit()).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(first);
  }

  @Test
  void anotherArticleWithTheSameHeadlineGetsTheNextFreeSlug(@TempDir Path dir) throws Exception {
    TestSite.write(
        dir,
        SITE
            + """
        -- content/articles/%s.md --
        ---
        title: Another story
        date: 2020-01-01
        url: https://elsewhere.example/story
        ---
        Text.
        """
                .formatted(WORDPRESS_SLUG));
    var run = gloss(dir, "import", FIXTURES.resolve("wordpress/page.html").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(dir.resolve("content/articles/" + WORDPRESS_SLUG + "-2.md")).isRegularFile();
  }

  @Test
  void aFolderImportReportsEachFailureAndGoesOn(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE);
    Path pages = Files.createDirectories(dir.resolve("saved"));
    Files.copy(FIXTURES.resolve("wordpress/page.html"), pages.resolve("a-ferry.html"));
    Files.writeString(pages.resolve("b-empty.html"), "");
    Files.writeString(
        pages.resolve("c-home.html"),
        """
        <html><head><title>Example News</title></head><body><nav><a href="/">Home</a></nav>
        <div class="login"><h2>Sign in to continue reading</h2><p>Create a free account to read this story.</p></div>
        </body></html>""");
    Files.write(pages.resolve("d-photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.copy(FIXTURES.resolve("medium/page.html"), pages.resolve("e-medium.htm"));
    Files.writeString(pages.resolve("notes.md"), "not imported");

    var run = gloss(dir, "import", pages.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            pages.resolve("b-empty.html")
                + ": error: the file is empty\n"
                + pages.resolve("c-home.html")
                + ": error: no article found: the page's largest text block has 8 words\n"
                + pages.resolve("d-photo.txt")
                + ": error: not an HTML page or text: the file holds binary data\n");
    try (Stream<Path> written = Files.list(dir.resolve("content/articles"))) {
      assertThat(written.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              WORDPRESS_SLUG + ".md",
              "what-i-learned-migrating-a-ten-year-old-monolith-to-a-queue.md");
    }
  }

  @Test
  void aFileThatIsNotAPageIsRefusedOnOneLineAndNothingIsWritten(@TempDir Path dir)
      throws Exception {
    TestSite.write(dir, SITE);
    Path pdf = Files.writeString(dir.resolve("story.pdf"), "%PDF-1.7");
    var run = gloss(dir, "import", pdf.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            pdf
                + ": error: not an HTML page or text: .pdf files are not imported (use .html, .htm or .txt)\n");
    assertThat(dir.resolve("content/articles")).doesNotExist();

    var missing = gloss(dir, "import", dir.resolve("nope.html").toString());
    assertThat(missing.err()).isEqualTo(dir.resolve("nope.html") + ": error: no such file\n");
  }

  @Test
  void outputWritesToTheGivenFileOrToStandardOutput(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE);
    String page = FIXTURES.resolve("tables/page.html").toString();
    Path target = dir.resolve("draft.md");
    assertThat(gloss(dir, "import", page, "--output", target.toString()).exit()).isZero();
    String expected = Files.readString(FIXTURES.resolve("tables/expected.md"));
    assertThat(Files.readString(target)).isEqualTo(expected);
    assertThat(gloss(dir, "import", page, "--output", target.toString()).err())
        .endsWith("already exists; --force replaces it\n");

    var stdout = gloss(dir, "import", page, "--output", "-", "--slug", "by-elections");
    assertThat(stdout.out()).isEqualTo(expected);
    assertThat(stdout.err())
        .startsWith("would write " + dir.resolve("content/articles/by-elections.md"));
    assertThat(dir.resolve("content/articles")).doesNotExist();
  }

  @Test
  void dateFillsInWhatThePageDoesNotState(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE);
    Path text = dir.resolve("story.txt");
    Files.writeString(
        text,
        "Tram line opens\n\n"
            + "The new tram line between the station and the university opened "
            + "on Monday morning, and the first trams were full before they left the depot. "
                .repeat(4)
            + "\n\nAP\n");
    var run = gloss(dir, "import", text.toString(), "--date", "2025-04-10");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("  date      2025-04-10 (--date)\n");
    assertThat(Files.readString(dir.resolve("content/articles/tram-line-opens.md")))
        .contains("\ndate: 2025-04-10\n");
  }

  @Test
  void jsonReportNamesEveryFieldWithItsSource(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE);
    var run =
        gloss(
            dir,
            "import",
            FIXTURES.resolve("byl/page.html").toString(),
            "--format",
            "json",
            "--dry-run");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.err());
    JsonNode meta = report.at("/articles/0/metadata");
    assertThat(meta.at("/authors/value").toString())
        .isEqualTo("[\"Helen Marsh\",\"Victor Osei\",\"Ruth Cole\"]");
    assertThat(meta.at("/authors/from").asText()).isEqualTo("meta byl");
    assertThat(meta.at("/date/value").asText()).isEqualTo("2024-12-04");
    assertThat(meta.at("/url/value").asText())
        .isEqualTo("https://www.dailystandard.example/2024/12/04/us/mayor-recount-court.html");
    assertThat(report.at("/articles/0/written").isNull()).isTrue();
    assertThat(report.at("/failures").size()).isZero();
  }

  @Test
  void onePageOptionsAreAUsageMistakeForAFolder(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE);
    var run = gloss(dir, "import", FIXTURES.toString(), "--slug", "x");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("--slug, --output and --date apply to one page, not to " + FIXTURES);
    var slug =
        gloss(
            dir, "import", FIXTURES.resolve("tables/page.html").toString(), "--slug", "Not A Slug");
    assertThat(slug.exit()).isEqualTo(2);
    assertThat(slug.err())
        .startsWith(
            "--slug must be lowercase a-z, 0-9 and single hyphens, like tram-line-opens; got 'Not A Slug'");
  }

  @Test
  void helpExplainsEveryOption() {
    var run = CheckCommandTest.gloss("import", "--help");
    assertThat(run.exit()).isZero();
    for (String option :
        List.of(
            "--slug",
            "--output",
            "--force",
            "--dry-run",
            "--content",
            "--format",
            "--images",
            "--date",
            "--debug",
            "PAGE")) {
      assertThat(run.out()).contains(option);
    }
    assertThat(run.out()).contains("Exit status");
  }
}
