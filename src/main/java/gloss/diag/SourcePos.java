package gloss.diag;

/**
 * A place in a content file: a display path (relative to the project, with forward slashes) and a
 * 1-based line and column.
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

  public SourcePos {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  public static SourcePos of(String file, int line, int column) {
    return new SourcePos(file, line, column);
  }

  /** The start of a file, for problems that concern the whole file. */
  public static SourcePos startOf(String file) {
    return new SourcePos(file, 1, 1);
  }

  @Override
  public int compareTo(SourcePos o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
