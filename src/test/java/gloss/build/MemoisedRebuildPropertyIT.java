package gloss.build;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.Reuse;
import gloss.SiteBuild;
import gloss.SiteLayout;
import gloss.TestSite;
import gloss.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever sequence of edits an editor makes (adding, changing, deleting and renaming articles,
 * notes and entities, editing templates and site.yml), the memoised rebuild after each edit is byte
 * for byte the site a fresh build of the same files makes, with the same diagnostics.
 */
class MemoisedRebuildPropertyIT {
  private static final List<String> NAMES =
      List.of("Ada Lovelace", "Charles Babbage", "Grace Hopper", "Alan Turing");
  private static final String[] KINDS = {"people", "places"};

  /** One edit: what to do, and two small numbers that pick the files and the text. */
  record Edit(int action, int a, int b) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3))
        .as(Edit::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  @Property(tries = 15)
  void memoisedRebuildEqualsFreshBuildAfterEveryEdit(@ForAll("edits") List<Edit> edits)
      throws IOException {
    Path dir = Files.createTempDirectory("gloss-memo");
    try {
      TestSite.write(dir, IncrementalBuildTest.SITE);
      copyTree(TestSite.DEFAULT_TEMPLATES, dir.resolve("templates"));
      SiteLayout layout = TestSite.layout(dir);
      IncrementalBuild build = IncrementalBuild.of(layout);
      run(build, new Diagnostics());
      int step = 0;
      for (Edit edit : edits) {
        step++;
        for (Path changed : apply(dir, edit, step)) {
          build.changed(changed);
        }
        Diagnostics memoised = new Diagnostics();
        Map<String, byte[]> rebuilt = run(build, memoised);
        Diagnostics fresh = new Diagnostics();
        Map<String, byte[]> full = new ConcurrentHashMap<>();
        SiteBuild.render(layout, Reuse.NONE, full::put, fresh);
        assertThat(rebuilt.keySet())
            .as("files after %s", edits.subList(0, step))
            .isEqualTo(new TreeMap<>(full).keySet());
        for (String path : full.keySet()) {
          assertThat(new String(rebuilt.get(path), StandardCharsets.UTF_8))
              .as("%s after %s", path, edits.subList(0, step))
              .isEqualTo(new String(full.get(path), StandardCharsets.UTF_8));
          assertThat(rebuilt.get(path)).isEqualTo(full.get(path));
        }
        assertThat(memoised.sorted()).containsExactlyElementsOf(fresh.sorted());
      }
    } finally {
      deleteTree(dir);
    }
  }

  /** Applies an edit to the files; returns the paths it touched. */
  private static List<Path> apply(Path dir, Edit edit, int step) throws IOException {
    Path content = dir.resolve("content");
    Path article = content.resolve("articles/a" + edit.a() + ".md");
    Path note = content.resolve("annotations/a" + edit.a() + "/n" + edit.b() + ".md");
    String kind = KINDS[edit.b() % 2];
    Path entity = content.resolve(kind + "/e" + edit.a() + ".md");
    String name = NAMES.get((edit.a() + edit.b()) % NAMES.size());
    List<Path> touched = new ArrayList<>();
    switch (edit.action()) {
      case 0, 1 ->
          touched.add(
              write(
                  article,
                  "---\ntitle: Article "
                      + edit.a()
                      + " v"
                      + step
                      + "\ndate: 2024-0"
                      + (edit.b() + 1)
                      + "-0"
                      + (step % 9 + 1)
                      + "\n---\n"
                      + name
                      + " met "
                      + NAMES.get(edit.b())
                      + " in London, step "
                      + step
                      + ".\n"));
      case 2 -> touched.add(delete(article));
      case 3 -> {
        Path to = content.resolve("articles/a" + edit.b() + ".md");
        if (Files.exists(article) && !Files.exists(to)) {
          Files.move(article, to);
          touched.add(article);
          touched.add(to);
        }
      }
      case 4 ->
          touched.add(
              write(
                  note,
                  "---\nauthor: Kim "
                      + (char) ('A' + edit.b())
                      + "\ndate: 2024-05-0"
                      + (step % 9 + 1)
                      + (edit.b() == 1 ? "\nquote: \"" + name + "\"" : "")
                      + (edit.b() == 2 ? "\nin_reply_to: n0" : "")
                      + "\n---\n"
                      + name
                      + " would disagree (step "
                      + step
                      + ").\n"));
      case 5 -> touched.add(delete(note));
      case 6 ->
          touched.add(
              write(
                  entity,
                  "---\nname: "
                      + name
                      + (edit.b() == 3 ? "\naliases: [Countess]" : "")
                      + "\n---\nStep "
                      + step
                      + ".\n"));
      case 7 -> touched.add(delete(entity));
      case 8 -> {
        Path to = content.resolve(kind + "/e" + ((edit.a() + 1) % 4) + ".md");
        if (Files.exists(entity) && !Files.exists(to)) {
          Files.move(entity, to);
          touched.add(entity);
          touched.add(to);
        }
      }
      case 9 -> {
        String[][] marks = {
          {"layout.ftlh", "Skip to content"}, {"entity.ftlh", "Mentioned in"},
          {"author.ftlh", "newest first"}, {"article.ftlh", "<article"}
        };
        String[] mark = marks[edit.b()];
        Path template = dir.resolve("templates").resolve(mark[0]);
        String text =
            Files.readString(template)
                .replaceFirst(
                    java.util.regex.Pattern.quote(mark[1]),
                    java.util.regex.Matcher.quoteReplacement(
                        mark[1]
                            + (mark[1].startsWith("<")
                                ? " data-v=\"" + step + "\""
                                : " v" + step)));
        touched.add(write(template, text));
      }
      default ->
          touched.add(
              write(
                  content.resolve("site.yml"),
                  "title: Digest "
                      + step
                      + "\nbase_url: https://example.org/digest/\nlanguage: en\npage_size: "
                      + (edit.b() + 1)
                      + (edit.a() % 2 == 0 ? "\nlink_mentions: all" : "")
                      + "\n"));
    }
    return touched;
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static Path delete(Path file) throws IOException {
    Files.deleteIfExists(file);
    return file;
  }

  private static Map<String, byte[]> run(IncrementalBuild build, Diagnostics diagnostics)
      throws IOException {
    Map<String, byte[]> out = new ConcurrentHashMap<>();
    build.run(out::put, diagnostics);
    return new TreeMap<>(out);
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

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
