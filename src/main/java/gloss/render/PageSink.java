package gloss.render;

import java.io.IOException;

/** Where rendered files go: the output folder for a build, memory for {@code serve}. */
@FunctionalInterface
public interface PageSink {
  /**
   * Accepts one output file. Called from several threads at once.
   *
   * @param path relative to the site root, with forward slashes
   */
  void write(String path, byte[] content) throws IOException;
}
