package gloss.model;

import gloss.diag.SourcePos;
import java.util.Map;

/**
 * Where a content item came from, so that later stages can point at the right line.
 *
 * @param path display path relative to the project, forward slashes
 * @param bodyLine 1-based file line on which the Markdown body starts
 * @param positions positions of front-matter values by key ({@code title}) and of list items by key
 *     and index ({@code people[1]})
 */
public record SourceFile(String path, int bodyLine, Map<String, SourcePos> positions) {

  public SourceFile {
    positions = Map.copyOf(positions);
  }

  /**
   * The position of a front-matter value ({@code title}) or list item ({@code people[2]}); a list
   * item written as a single value falls back to its key, anything absent to the file.
   */
  public SourcePos at(String key) {
    SourcePos pos = positions.get(key);
    if (pos == null && key.endsWith("]")) {
      pos = positions.get(key.substring(0, key.lastIndexOf('[')));
    }
    return pos != null ? pos : SourcePos.startOf(path);
  }

  /** The position of an offset into the Markdown body {@code body} of this file. */
  public SourcePos bodyOffset(String body, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (body.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return bodyLine(line, offset - lineStart + 1);
  }

  /** The position of a line of the Markdown body (1-based within the body). */
  public SourcePos bodyLine(int lineInBody, int column) {
    return SourcePos.of(path, bodyLine + lineInBody - 1, column);
  }
}
