package gloss.diag;

import java.nio.file.Path;
import java.text.Normalizer;

/** How a file is named to the user: relative to the project when inside it, forward slashes. */
public final class DisplayPath {
  private DisplayPath() {}

  /** The path as shown in diagnostics, e.g. {@code content/articles/a.md}. */
  public static String of(Path projectRoot, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path root = projectRoot.toAbsolutePath().normalize();
    Path shown = abs.startsWith(root) ? root.relativize(abs) : abs;
    // macOS hands out decomposed names; diagnostics and comparisons use the composed form.
    return Normalizer.normalize(shown.toString().replace('\\', '/'), Normalizer.Form.NFC);
  }
}
