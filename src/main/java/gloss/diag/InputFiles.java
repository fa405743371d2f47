package gloss.diag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The one way a build reads a file it is given (content, site.yml, templates, theme assets): only a
 * regular file, inside its folder once links are followed, and no larger than the limit. The checks
 * come before the file is opened, because opening a named pipe waits for a writer and a device such
 * as {@code /dev/zero} never ends. It lives in {@code diag} because every stage that reads files
 * may use this package.
 */
public final class InputFiles {
  /** The largest file a build reads. */
  public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

  private InputFiles() {}

  /**
   * Why {@code file} may not be read, in plain words, or empty when it may.
   *
   * @param folder the folder the file must stay inside, links followed
   * @param folderName how the folder is named in messages, e.g. {@code content}
   */
  public static Optional<String> refusal(Path file, Path folder, String folderName) {
    try {
      Path target;
      try {
        target = file.toRealPath();
      } catch (IOException e) {
        return Optional.of(
            Files.isSymbolicLink(file) ? "symbolic link is broken" : "file does not exist");
      }
      if (!target.startsWith(folder.toRealPath())) {
        return Optional.of(
            "symbolic link points outside the " + folderName + " folder; copy the file in instead");
      }
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        return Optional.of(
            attributes.isDirectory()
                ? "a folder where a file was expected"
                : "not a regular file but a named pipe, device or socket; replace it with a plain file");
      }
      if (attributes.size() > MAX_FILE_BYTES) {
        return Optional.of(tooLarge(attributes.size()));
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("cannot read file: " + e.getMessage());
    }
  }

  /**
   * The file's bytes, or empty after reporting at the file's start why it may not be read. Reads at
   * most one byte past the limit, so a file that grows after the check is still refused.
   */
  public static Optional<byte[]> read(
      Path file, Path folder, String folderName, String display, Diagnostics diagnostics) {
    Optional<String> refusal = refusal(file, folder, folderName);
    if (refusal.isPresent()) {
      diagnostics.error(SourcePos.startOf(display), refusal.get());
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        diagnostics.error(SourcePos.startOf(display), tooLarge(Files.size(file)));
        return Optional.empty();
      }
      return Optional.of(bytes);
    } catch (IOException e) {
      diagnostics.error(SourcePos.startOf(display), "cannot read file: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String tooLarge(long size) {
    return "file is " + size + " bytes; the limit is " + MAX_FILE_BYTES + " bytes (2 MB)";
  }
}
