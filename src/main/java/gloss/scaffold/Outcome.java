package gloss.scaffold;

import gloss.SiteLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** What a scaffolding command did: wrote one file, or refused and wrote nothing. */
public sealed interface Outcome {

  /**
   * @param file the new file
   * @param display its path as shown to the user
   */
  record Written(Path file, String display) implements Outcome {}

  /** Nothing was written; each message says why and, where it can, what to do instead. */
  record Refused(List<String> reasons) implements Outcome {
    public Refused {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * Writes a new file, never over an existing one: a file already there is refused with {@code
   * ifTaken} (what to do instead).
   */
  static Outcome writeNew(SiteLayout layout, Path file, String text, String ifTaken)
      throws IOException {
    Files.createDirectories(file.getParent());
    String display = AnnotationScaffold.display(layout, file);
    try {
      Files.writeString(
          file,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return new Refused(List.of(display + " already exists; " + ifTaken));
    }
    return new Written(file, display);
  }
}
