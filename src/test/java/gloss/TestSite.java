package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small digest written inline as txtar ({@code -- path --} sections), built into a temporary
 * folder, so that a test shows the whole site it is about. The real default theme in {@code
 * templates/} is used unless the fixture brings its own templates.
 *
 * <pre>{@code
 * TestSite site = TestSite.build(tempDir, """
 *     -- content/people/ada.md --
 *     ---
 *     name: Ada Lovelace
 *     ---
 *     """);
 * }</pre>
 */
public final class TestSite {
  /** The repository's own theme, used when a fixture has no templates of its own. */
  public static final Path DEFAULT_TEMPLATES = Path.of("templates").toAbsolutePath();

  static final String DEFAULT_SITE_YML =
      "title: Test Digest\nbase_url: https://example.org/digest/\nlanguage: en\n";

  private final Path root;
  private final BuildResult result;

  private TestSite(Path root, BuildResult result) {
    this.root = root;
    this.result = result;
  }

  /** Writes the fixture under {@code dir} and builds it into {@code dir/site-output}. */
  public static TestSite build(Path dir, String txtar) {
    write(dir, txtar);
    try {
      return new TestSite(dir, SiteBuild.build(layout(dir)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The layout of a fixture folder: its own templates when it has them, else the default theme. */
  public static SiteLayout layout(Path dir) {
    Path templates =
        Files.isDirectory(dir.resolve("templates")) ? dir.resolve("templates") : DEFAULT_TEMPLATES;
    return new SiteLayout(dir, dir.resolve("content"), templates, dir.resolve("site-output"), null);
  }

  /** Writes txtar sections to files under {@code dir}; adds a site.yml when none is given. */
  public static void write(Path dir, String txtar) {
    try {
      for (String[] file : parse(txtar)) {
        Path target = dir.resolve(file[0]);
        Files.createDirectories(target.getParent());
        Files.writeString(target, file[1], StandardCharsets.UTF_8);
      }
      Path siteYml = dir.resolve("content/site.yml");
      if (!Files.exists(siteYml)) {
        Files.createDirectories(siteYml.getParent());
        Files.writeString(siteYml, DEFAULT_SITE_YML);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits txtar text into (path, content) pairs. */
  static List<String[]> parse(String txtar) {
    List<String[]> files = new ArrayList<>();
    String path = null;
    StringBuilder body = new StringBuilder();
    for (String line : txtar.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
        if (path != null) files.add(new String[] {path, body.toString()});
        path = line.substring(3, line.length() - 3).strip();
        body.setLength(0);
      } else if (path != null) {
        body.append(line).append('\n');
      }
    }
    if (path != null) files.add(new String[] {path, body.toString()});
    return files;
  }

  /** What a test makes of one file: its text, its hash, its key. */
  @FunctionalInterface
  public interface PerFile<V> {
    V of(Path file) throws IOException;
  }

  /**
   * What {@code perFile} makes of every regular file under {@code root}, by path relative to it
   * with forward slashes, in path order; empty when there is no {@code root}.
   */
  public static <V> Map<String, V> filesByPath(Path root, PerFile<V> perFile) throws IOException {
    Map<String, V> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), perFile.of(p));
      }
    }
    return files;
  }

  /** Copies a folder tree, e.g. the sample content or the default theme into a fixture. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  public BuildResult result() {
    return result;
  }

  public List<Diagnostic> diagnostics() {
    return result.diagnostics();
  }

  /** Diagnostics in their printed form, {@code path:line:col: error: message}. */
  public List<String> messages() {
    return result.diagnostics().stream().map(Diagnostic::format).toList();
  }

  public Path root() {
    return root;
  }

  public Path output() {
    return root.resolve("site-output");
  }

  /** A page of the built site, parsed. */
  public Document html(String path) {
    Path file = output().resolve(path);
    assertThat(file).as("output file %s", path).exists();
    try {
      return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String text(String path) {
    try {
      return Files.readString(output().resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
