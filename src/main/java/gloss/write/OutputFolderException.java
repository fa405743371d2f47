package gloss.write;

import java.io.IOException;

/**
 * The build may not write into the output folder: the folder rules refuse it, or another build is
 * writing it. Nothing was written; the message is one line for the user.
 */
public final class OutputFolderException extends IOException {
  public OutputFolderException(String message) {
    super(message);
  }
}
