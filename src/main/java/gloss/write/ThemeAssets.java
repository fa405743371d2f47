package gloss.write;

import gloss.render.PageSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies the theme's static files ({@code templates/assets/}) into the site's {@code assets/}. */
public final class ThemeAssets {
  private ThemeAssets() {}

  /** Copies every regular file, refusing files that link outside the assets folder. */
  public static void copy(Path assetsDir, PageSink sink) throws IOException {
    if (!Files.isDirectory(assetsDir)) {
      return;
    }
    Path realRoot = assetsDir.toRealPath();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(assetsDir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      if (!file.toRealPath().startsWith(realRoot)) {
        throw new IOException("theme asset links outside the assets folder: " + file);
      }
      String rel = assetsDir.relativize(file).toString().replace('\\', '/');
      sink.write("assets/" + rel, Files.readAllBytes(file));
    }
  }
}
