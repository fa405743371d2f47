package gloss.scaffold;

import java.nio.file.Path;
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
}
