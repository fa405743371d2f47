import gloss.importer.ArticleFile;
import gloss.importer.ImportException;
import gloss.importer.ImportedArticle;
import gloss.importer.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Scores {@code gloss import} on the fixture set (src/test/resources/import/NAME/page.html with
 * its expected.md), next to Readability4J, a Java port of Mozilla's Readability.js:
 *
 * <ul>
 *   <li>text: precision, recall and F1 over 4-word shingles of the visible text (lower-cased
 *       words of letters and digits), per page, then averaged over pages;
 *   <li>metadata: the share of pages whose title, date, authors, source and url equal the expected
 *       front matter (Readability4J finds a title and a byline only);
 *   <li>speed: milliseconds per page after warm-up, over 200 imports in one JVM.
 * </ul>
 *
 * <p>Run from the repository (the test classpath carries Readability4J):
 *
 * <pre>
 * mvn -B -q compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp target/classes:$(cat target/test.classpath) bench/ImportScore.java [FIXTURES_DIR]
 * </pre>
 */
public final class ImportScore {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
  private static final List<String> FIELDS = List.of("title", "date", "authors", "source", "url");
  private static final int TIMED_PAGES = 200;

  record Score(double precision, double recall) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  record Fixture(String name, Path page, String html, Map<String, Object> front, String expectedText) {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/import");
    List<Fixture> fixtures = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        String expected = Files.readString(dir.resolve("expected.md"), StandardCharsets.UTF_8);
        Path page = dir.resolve("page.html");
        String html = Jsoup.parse(page.toFile(), null).outerHtml();
        fixtures.add(new Fixture(dir.getFileName().toString(), page, html, front(expected), markdownText(body(expected))));
      }
    }
    Importer importer = new Importer(false);
    System.out.println("| page | gloss P | gloss R | gloss F1 | Readability4J F1 | gloss metadata |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    List<Score> gloss = new ArrayList<>();
    List<Score> readability = new ArrayList<>();
    Map<String, int[]> fields = new HashMap<>();
    int[] r4jTitle = new int[2];
    int[] r4jAuthor = new int[2];
    for (Fixture f : fixtures) {
      Map<String, Object> found;
      Score g;
      String refused = "";
      try {
        ImportedArticle article = importer.file(f.page());
        found = front(ArticleFile.render(article, Optional.empty()));
        g = score(markdownText(article.body()), f.expectedText());
      } catch (ImportException e) {
        // A page the importer refuses scores nothing.
        found = Map.of();
        g = new Score(0, 0);
        refused = " (refused: " + e.getMessage() + ")";
      }
      var r4j = new Readability4J(canonical(f), f.html()).parse();
      Score r = score(Jsoup.parse(Objects.requireNonNullElse(r4j.getContent(), "")).text(), f.expectedText());
      gloss.add(g);
      readability.add(r);
      List<String> wrong = new ArrayList<>();
      for (String field : FIELDS) {
        Object want = f.front().get(field);
        if (want == null) continue;
        int[] tally = fields.computeIfAbsent(field, k -> new int[2]);
        tally[1]++;
        if (want.equals(found.get(field))) tally[0]++; else wrong.add(field);
      }
      tally(r4jTitle, Objects.equals(clean(r4j.getTitle()), f.front().get("title")));
      if (f.front().get("authors") instanceof List<?> authors) {
        String byline = Objects.requireNonNullElse(r4j.getByline(), "");
        tally(r4jAuthor, !authors.isEmpty() && authors.stream().allMatch(a -> byline.contains(String.valueOf(a))));
      }
      System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %s |%n", f.name(), g.precision(), g.recall(),
          g.f1(), r.f1(), (wrong.isEmpty() ? "all right" : "wrong: " + String.join(", ", wrong)) + refused);
    }
    System.out.printf(Locale.ROOT, "%nmean over %d pages: gloss P %.3f R %.3f F1 %.3f; Readability4J P %.3f R %.3f F1 %.3f%n",
        fixtures.size(), mean(gloss, Score::precision), mean(gloss, Score::recall), mean(gloss, Score::f1),
        mean(readability, Score::precision), mean(readability, Score::recall), mean(readability, Score::f1));
    System.out.print("gloss metadata:");
    for (String field : FIELDS) {
      int[] t = fields.getOrDefault(field, new int[2]);
      System.out.printf(Locale.ROOT, " %s %d/%d", field, t[0], t[1]);
    }
    System.out.printf(Locale.ROOT, "%nReadability4J metadata: title %d/%d, authors (byline names them all) %d/%d%n",
        r4jTitle[0], r4jTitle[1], r4jAuthor[0], r4jAuthor[1]);

    List<Fixture> importable = new ArrayList<>();
    for (Fixture f : fixtures) {
      try {
        importer.file(f.page());
        importable.add(f);
      } catch (ImportException e) {
        // timed on the pages it imports
      }
    }
    System.out.printf(Locale.ROOT, "speed, ms per page after warm-up (%d pages in one JVM): gloss %s; Readability4J %s%n",
        TIMED_PAGES, timing(importable, f -> importer.file(f.page())),
        timing(fixtures, f -> new Readability4J(canonical(f), f.html()).parse()));
  }

  private static void tally(int[] t, boolean right) {
    t[1]++;
    if (right) t[0]++;
  }

  private static String clean(String s) {
    return s == null ? null : s.replaceAll("\\s+", " ").strip();
  }

  private static String canonical(Fixture f) {
    Object url = f.front().get("url");
    return url != null ? url.toString() : "https://fixture.invalid/" + f.name();
  }

  interface Job {
    Object run(Fixture f) throws Exception;
  }

  /** Mean and 95th percentile over {@value #TIMED_PAGES} pages, after three warm-up rounds. */
  private static String timing(List<Fixture> fixtures, Job job) throws Exception {
    for (int round = 0; round < 3; round++) {
      for (Fixture f : fixtures) job.run(f);
    }
    long[] nanos = new long[TIMED_PAGES];
    for (int i = 0; i < TIMED_PAGES; i++) {
      Fixture f = fixtures.get(i % fixtures.size());
      long start = System.nanoTime();
      job.run(f);
      nanos[i] = System.nanoTime() - start;
    }
    java.util.Arrays.sort(nanos);
    double mean = java.util.Arrays.stream(nanos).average().orElse(0) / 1e6;
    return String.format(Locale.ROOT, "mean %.1f, p95 %.1f", mean, nanos[(int) (TIMED_PAGES * 0.95) - 1] / 1e6);
  }

  private static double mean(List<Score> scores, Function<Score, Double> value) {
    return scores.stream().mapToDouble(value::apply).average().orElse(0);
  }

  /** Shingle precision and recall of {@code actual} against {@code expected}, as multisets. */
  static Score score(String actual, String expected) {
    Map<String, Integer> want = shingles(expected);
    Map<String, Integer> got = shingles(actual);
    int matched = 0;
    int gotTotal = 0;
    for (var e : got.entrySet()) {
      matched += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
      gotTotal += e.getValue();
    }
    int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
    return new Score(gotTotal == 0 ? 0 : matched / (double) gotTotal, wantTotal == 0 ? 0 : matched / (double) wantTotal);
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) words.add(m.group());
    Map<String, Integer> shingles = new HashMap<>();
    for (int i = 0; i + 4 <= words.size(); i++) {
      shingles.merge(String.join(" ", words.subList(i, i + 4)), 1, Integer::sum);
    }
    return shingles;
  }

  /** What a reader sees of a Markdown body: its rendered text. */
  private static String markdownText(String markdown) {
    return Jsoup.parse(HTML.render(MARKDOWN.parse(markdown))).text();
  }

  private static Map<String, Object> front(String file) {
    int end = file.indexOf("\n---\n", 4);
    LoaderOptions options = new LoaderOptions();
    Yaml yaml = new Yaml(new SafeConstructor(options) {
      {
        yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP, yamlConstructors.get(org.yaml.snakeyaml.nodes.Tag.STR));
      }
    });
    return yaml.load(file.substring(4, end));
  }

  private static String body(String file) {
    return file.substring(file.indexOf("\n---\n", 4) + 5);
  }
}
