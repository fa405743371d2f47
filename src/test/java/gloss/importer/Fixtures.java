package gloss.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The import fixture set under {@code src/test/resources/import/}: one folder per page, with the
 * page as saved ({@code page.html}) and the article it must give ({@code expected.md}).
 */
final class Fixtures {
  static final Path ROOT = Path.of("src", "test", "resources", "import");

  private Fixtures() {}

  record Fixture(String name, Path page, Map<String, Object> front, String body) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Fixture> all() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().map(Fixtures::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Fixture read(Path dir) {
    try {
      String expected = Files.readString(dir.resolve("expected.md"), StandardCharsets.UTF_8);
      return new Fixture(
          dir.getFileName().toString(), dir.resolve("page.html"), front(expected), body(expected));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The front matter of an article file, as the loader reads it (dates as text). */
  static Map<String, Object> front(String file) {
    int end = file.indexOf("\n---\n", 4);
    Yaml yaml =
        new Yaml(
            new SafeConstructor(new LoaderOptions()) {
              {
                yamlConstructors.put(
                    org.yaml.snakeyaml.nodes.Tag.TIMESTAMP,
                    yamlConstructors.get(org.yaml.snakeyaml.nodes.Tag.STR));
              }
            });
    Map<String, Object> front = yaml.load(file.substring(4, end));
    return front;
  }

  static String body(String file) {
    int end = file.indexOf("\n---\n", 4);
    return file.substring(end + 5).strip();
  }
}
