package gloss.build;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild after a change must produce exactly what a fresh build of the changed files produces
 * (every file, byte for byte, and the same diagnostics), while re-rendering only the pages the
 * change affects.
 */
class IncrementalBuildTest {
  static final String SITE =
      """
      -- content/people/ada-lovelace.md --
      ---
      name: Ada Lovelace
      aliases: [Ada]
      ---
      Mathematician who wrote the first published program.
      -- content/people/charles-babbage.md --
      ---
      name: Charles Babbage
      aliases: [Babbage]
      ---
      Designer of the Analytical Engine, friend of Ada.
      -- content/places/london.md --
      ---
      name: London
      ---
      Capital of England.
      -- content/organizations/royal-society.md --
      ---
      name: Royal Society
      ---
      A learned society in London.
      -- content/articles/engine.md --
      ---
      title: The Analytical Engine
      date: 2024-01-02
      summary: Babbage's machine.
      ---
      Charles Babbage designed the engine in London. Ada Lovelace wrote about it.

      Later, Ada published her notes.
      -- content/articles/notes.md --
      ---
      title: The Notes
      date: 2024-02-03
      ---
      The notes by Ada Lovelace were read at the Royal Society.
      -- content/articles/quiet.md --
      ---
      title: A Quiet Article
      date: 2024-03-04
      ---
      Nothing to see here.
      -- content/annotations/engine/2024-01-05-kim-first.md --
      ---
      author: Kim Lee
      github: kimlee
      date: 2024-01-05
      quote: "designed the engine"
      ---
      Babbage never finished it.
      -- content/annotations/engine/2024-01-06-sam-context.md --
      ---
      author: Sam Roe
      date: 2024-01-06
      ---
      London was the centre of it all.
      -- content/annotations/notes/2024-02-04-kim-notes.md --
      ---
      author: Kim Lee
      github: kimlee
      date: 2024-02-04
      ---
      Ada's notes include the first program.
      """;

  @TempDir Path dir;

  /** A built fixture with its own copy of the default theme, rebuilt after each edit. */
  private final class Fixture {
    final IncrementalBuild build;
    Map<String, byte[]> last;

    Fixture() throws IOException {
      this(SITE);
      assertThat(last).containsKey("articles/engine/index.html");
    }

    Fixture(String site) throws IOException {
      TestSite.write(dir, site);
      copyTree(TestSite.DEFAULT_TEMPLATES, dir.resolve("templates"));
      build = IncrementalBuild.of(TestSite.layout(dir));
      last = run(build, new Diagnostics());
    }

    void write(String path, String text) throws IOException {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      build.changed(file);
    }

    void replace(String path, String from, String to) throws IOException {
      String text = Files.readString(dir.resolve(path));
      assertThat(text).contains(from);
      write(path, text.replace(from, to));
    }

    void delete(String path) throws IOException {
      Files.delete(dir.resolve(path));
      build.changed(dir.resolve(path));
    }

    /** Rebuilds and checks the result against a fresh build; returns the new output. */
    Map<String, byte[]> rebuildMatchesFreshBuild() throws IOException {
      Diagnostics incremental = new Diagnostics();
      Map<String, byte[]> before = last;
      last = run(build, incremental);
      Diagnostics fresh = new Diagnostics();
      Map<String, byte[]> full = run(IncrementalBuild.of(TestSite.layout(dir)), fresh);
      assertThat(last.keySet()).containsExactlyElementsOf(full.keySet());
      for (String path : full.keySet()) {
        assertThat(new String(last.get(path), StandardCharsets.UTF_8))
            .as("incremental %s", path)
            .isEqualTo(new String(full.get(path), StandardCharsets.UTF_8));
        assertThat(last.get(path)).as("bytes of %s", path).isEqualTo(full.get(path));
      }
      assertThat(incremental.sorted()).containsExactlyElementsOf(fresh.sorted());
      assertThat(full).isNotEmpty();
      previous = before;
      return last;
    }

    Map<String, byte[]> previous;

    /** Whether the page kept the very bytes of the previous build (its template did not run). */
    boolean reused(String path) {
      return previous.get(path) != null && previous.get(path) == last.get(path);
    }
  }

  private static Map<String, byte[]> run(IncrementalBuild build, Diagnostics diagnostics)
      throws IOException {
    Map<String, byte[]> out = new ConcurrentHashMap<>();
    build.run(out::put, diagnostics);
    return new TreeMap<>(out);
  }

  @Test
  void annotationEditRerendersItsArticleAndMatchesFullBuild() throws IOException {
    Fixture site = new Fixture();
    site.replace(
        "content/annotations/engine/2024-01-05-kim-first.md",
        "Babbage never finished it.",
        "Babbage never finished it; Ada Lovelace saw why.");
    site.rebuildMatchesFreshBuild();
    assertThat(site.reused("articles/engine/index.html")).isFalse();
    assertThat(site.reused("articles/quiet/index.html")).isTrue();
    assertThat(site.reused("places/london/index.html")).isTrue();
    assertThat(new String(site.last.get("articles/engine/index.html"), StandardCharsets.UTF_8))
        .contains("saw why");
  }

  @Test
  void annotationEditLinksOnlyItsArticle() throws IOException {
    Fixture site = new Fixture();
    site.replace(
        "content/annotations/engine/2024-01-05-kim-first.md",
        "Babbage never finished it.",
        "Babbage never finished it, they say.");
    site.rebuildMatchesFreshBuild();
    assertThat(site.build.work().articlesLinked()).isEqualTo(1);
    assertThat(site.reused("articles/engine/index.html")).isFalse();
    assertThat(site.reused("articles/notes/index.html")).isTrue();
  }

  @Test
  void articleTitleEditLinksOnlyThatArticleAndUpdatesItsCard() throws IOException {
    Fixture site = new Fixture();
    site.replace("content/articles/quiet.md", "title: A Quiet Article", "title: A Calm Article");
    site.rebuildMatchesFreshBuild();
    assertThat(site.build.work().articlesLinked()).isEqualTo(1);
    assertThat(new String(site.last.get("index.html"), StandardCharsets.UTF_8))
        .contains("A Calm Article")
        .doesNotContain("A Quiet Article");
  }

  @Test
  void articleEditMatchesFullBuild() throws IOException {
    Fixture site = new Fixture();
    site.replace(
        "content/articles/notes.md", "were read at the Royal Society", "were read in London");
    site.rebuildMatchesFreshBuild();
    assertThat(site.reused("articles/notes/index.html")).isFalse();
    assertThat(site.reused("places/london/index.html")).isFalse();
    assertThat(site.reused("articles/quiet/index.html")).isTrue();
  }

  @Test
  void articleFrontMatterEditMatchesFullBuild() throws IOException {
    Fixture site = new Fixture();
    site.replace("content/articles/quiet.md", "date: 2024-03-04", "date: 2023-12-01");
    site.rebuildMatchesFreshBuild();
  }

  @Test
  void entityDescriptionEditMatchesFullBuild() throws IOException {
    Fixture site = new Fixture();
    site.replace(
        "content/places/london.md", "Capital of England.", "Capital of the United Kingdom.");
    site.rebuildMatchesFreshBuild();
    assertThat(site.reused("places/london/index.html")).isFalse();
    assertThat(site.reused("articles/quiet/index.html")).isTrue();
  }

  @Test
  void entityAliasEditRelinksAndMatchesFullBuild() throws IOException {
    Fixture site = new Fixture();
    site.replace("content/people/ada-lovelace.md", "aliases: [Ada]", "aliases: [Ada, Countess]");
    site.rebuildMatchesFreshBuild();
    site.replace(
        "content/people/charles-babbage.md", "name: Charles Babbage", "name: Charles B. Babbage");
    site.rebuildMatchesFreshBuild();
  }

  @Test
  void templateEditRerendersOnlyPagesUsingItAndMatchesFullBuild() throws IOException {
    Fixture site = new Fixture();
    site.replace(
        "templates/entity.ftlh",
        "<h2 id=\"mentions-heading\" class=\"section-heading\">Mentioned in</h2>",
        "<h2 id=\"mentions-heading\" class=\"section-heading\">Cited in</h2>");
    site.rebuildMatchesFreshBuild();
    assertThat(site.reused("places/london/index.html")).isFalse();
    assertThat(site.reused("articles/engine/index.html")).isTrue();
    site.replace("templates/layout.ftlh", "Skip to content", "Skip to the content");
    site.rebuildMatchesFreshBuild();
    assertThat(site.reused("articles/engine/index.html")).isFalse();
    site.replace("templates/assets/gloss.css", "", "/* edited */\n");
    site.rebuildMatchesFreshBuild();
    assertThat(site.reused("articles/engine/index.html")).isTrue();
  }

  @Test
  void addedFilesMatchFullBuild() throws IOException {
    Fixture site = new Fixture();
    site.write(
        "content/annotations/quiet/2024-03-05-ann-new.md",
        "---\nauthor: Ann New\ndate: 2024-03-05\n---\nAda Lovelace would disagree.\n");
    site.rebuildMatchesFreshBuild();
    assertThat(site.last).containsKey("authors/ann-new/index.html");
    site.write(
        "content/articles/fresh.md",
        "---\ntitle: Fresh\ndate: 2025-01-01\n---\nBabbage again, in London.\n");
    site.write("content/people/grace-hopper.md", "---\nname: Grace Hopper\n---\nAdmiral.\n");
    site.rebuildMatchesFreshBuild();
    assertThat(site.last)
        .containsKeys("articles/fresh/index.html", "people/grace-hopper/index.html");
  }

  @Test
  void deletedFilesMatchFullBuild() throws IOException {
    Fixture site = new Fixture();
    site.delete("content/annotations/engine/2024-01-06-sam-context.md");
    site.rebuildMatchesFreshBuild();
    assertThat(site.last).doesNotContainKey("authors/sam-roe/index.html");
    site.delete("content/annotations/notes/2024-02-04-kim-notes.md");
    site.delete("content/annotations/notes");
    site.delete("content/articles/notes.md");
    site.rebuildMatchesFreshBuild();
    assertThat(site.last).doesNotContainKey("articles/notes/index.html");
    site.delete("content/organizations/royal-society.md");
    site.rebuildMatchesFreshBuild();
  }

  @Test
  void renamedFolderMatchesFullBuild() throws IOException {
    Fixture site = new Fixture();
    Path from = dir.resolve("content/annotations/notes");
    Path to = dir.resolve("content/annotations/quiet");
    Files.move(from, to);
    site.build.changed(from);
    site.build.changed(to);
    site.rebuildMatchesFreshBuild();
  }

  @Test
  void brokenThenFixedFileMatchesFullBuild() throws IOException {
    Fixture site = new Fixture();
    String path = "content/annotations/engine/2024-01-05-kim-first.md";
    String good = Files.readString(dir.resolve(path));
    site.write(path, good.replace("quote: \"designed the engine\"", "quote: [unclosed"));
    Diagnostics diagnostics = new Diagnostics();
    run(site.build, diagnostics);
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::format)
        .anyMatch(m -> m.startsWith(path + ":5:"));
    site.write(path, good.replace("Babbage never", "Babbage, sadly, never"));
    site.rebuildMatchesFreshBuild();
  }

  @Test
  void authorEditsAndArticleDatesMatchFullBuild() throws IOException {
    Fixture site = new Fixture();
    site.replace(
        "content/annotations/engine/2024-01-05-kim-first.md",
        "author: Kim Lee",
        "author: Kim A. Lee");
    site.rebuildMatchesFreshBuild();
    // The author's name comes from their note on the newest article: make "engine" the newest.
    site.replace("content/articles/engine.md", "date: 2024-01-02", "date: 2024-06-01");
    site.rebuildMatchesFreshBuild();
    assertThat(new String(site.last.get("authors/kimlee/index.html"), StandardCharsets.UTF_8))
        .contains("Kim A. Lee");
    site.replace(
        "content/annotations/notes/2024-02-04-kim-notes.md", "github: kimlee", "github: kimlee2");
    site.rebuildMatchesFreshBuild();
  }

  @Test
  void problemsFoundAcrossFilesMatchFullBuild() throws IOException {
    Fixture site = new Fixture();
    String reply = "content/annotations/engine/2024-01-07-ann-reply.md";
    site.write(
        reply, "---\nauthor: Ann Reply\ndate: 2024-01-07\nin_reply_to: nope\n---\nI disagree.\n");
    site.rebuildMatchesFreshBuild();
    site.replace(reply, "I disagree.", "I still disagree.");
    site.rebuildMatchesFreshBuild();
    site.replace(reply, "in_reply_to: nope", "in_reply_to: 2024-01-05-kim-first");
    site.rebuildMatchesFreshBuild();
    site.replace(reply, "I still disagree.", "I agree now.");
    site.rebuildMatchesFreshBuild();

    site.replace(
        "content/articles/quiet.md", "date: 2024-03-04", "date: 2024-03-04\npeople: [nobody]");
    site.rebuildMatchesFreshBuild();
    site.replace("content/articles/quiet.md", "Nothing to see here.", "Still nothing to see.");
    site.rebuildMatchesFreshBuild();
    site.replace("content/articles/quiet.md", "people: [nobody]", "people: [ada-lovelace]");
    site.rebuildMatchesFreshBuild();
    site.replace("content/people/ada-lovelace.md", "Mathematician", "Mathematician and writer");
    site.rebuildMatchesFreshBuild();
  }

  @Test
  void siteSettingsEditMatchesFullBuild() throws IOException {
    Fixture site = new Fixture();
    site.replace("content/site.yml", "title: Test Digest", "title: Renamed Digest");
    site.rebuildMatchesFreshBuild();
    assertThat(site.reused("articles/quiet/index.html")).isFalse();
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void wordEditRewritesOnlyTheSearchFragmentsOfItsWordsAndItsArticlesDocuments()
      throws IOException {
    Fixture site = new Fixture(manyArticles(80));
    site.replace("content/articles/a17.md", "zanzibarqx", "quixotically");
    site.rebuildMatchesFreshBuild();
    List<String> fragments =
        site.last.keySet().stream().filter(p -> p.startsWith("search/t/")).toList();
    List<String> rewritten =
        site.last.keySet().stream()
            .filter(p -> p.startsWith("search/") && !site.reused(p))
            .toList();
    assertThat(fragments).hasSizeGreaterThan(4);
    // The fragment that held the old word and the one that holds the new (one, when they share).
    assertThat(rewritten.stream().filter(fragments::contains).count()).isBetween(1L, 2L);
    assertThat(rewritten.stream().filter(p -> p.startsWith("search/d/")))
        .as("document files rewritten")
        .hasSize(1);
  }

  /** Articles of made-up words, enough for the search index to have several fragments. */
  private static String manyArticles(int count) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(15);
    String letters = "aeioubdfgklmnprstvz";
    StringBuilder site = new StringBuilder();
    for (int a = 0; a < count; a++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 150; w++) {
        int length = 4 + random.nextInt(6);
        for (int k = 0; k < length; k++) {
          body.append(letters.charAt(random.nextInt(letters.length())));
        }
        body.append(w % 12 == 11 ? ".\n" : " ");
      }
      site.append("-- content/articles/a")
          .append(a)
          .append(".md --\n---\ntitle: Article ")
          .append(a)
          .append("\ndate: 2024-01-")
          .append(String.format(java.util.Locale.ROOT, "%02d", 1 + a % 28))
          .append("\n---\n")
          .append(a == 17 ? "The zanzibarqx word. " : "")
          .append(body)
          .append("\n");
    }
    return site.toString();
  }

  @Test
  void unchangedRebuildRendersNothing() throws IOException {
    Fixture site = new Fixture();
    site.rebuildMatchesFreshBuild();
    List<String> rerendered = site.last.keySet().stream().filter(p -> !site.reused(p)).toList();
    // Theme assets are read again only when templates change; every page comes from the cache.
    assertThat(rerendered).isEmpty();
    assertThat(site.build.work()).isEqualTo(new IncrementalBuild.Work(0, 0));
  }
}
