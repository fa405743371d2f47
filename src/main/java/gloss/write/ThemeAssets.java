package gloss.write;

import gloss.diag.InputFiles;
import gloss.render.PageSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies the theme's static files ({@code templates/assets/}) into the site's {@code assets/}. */
public final class ThemeAssets {
  private ThemeAssets() {}

  /**
   * Copies every file that {@link InputFiles} allows: regular, inside the assets folder once links
   * are followed, within the size limit. The others are left out here and reported by {@code
   * TemplateSet}, which checks the whole templates folder by the same rule.
   */
  public static void copy(Path assetsDir, PageSink sink) throws IOException {
    if (!Files.isDirectory(assetsDir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(assetsDir)) {
      files = walk.filter(p -> !Files.isDirectory(p)).sorted().toList();
    }
    for (Path file : files) {
      if (InputFiles.refusal(file, assetsDir.getParent(), "templates").isPresent()) {
        continue;
      }
      String rel = assetsDir.relativize(file).toString().replace('\\', '/');
      sink.write("assets/" + rel, Files.readAllBytes(file));
    }
  }
}
