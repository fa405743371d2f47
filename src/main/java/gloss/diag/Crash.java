package gloss.diag;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A crash: a throwable that is a bug in Gloss (or an exhausted machine), never a problem of the
 * content. It is told apart from content errors by its exit status (3), so it is described on one
 * line, without the wrappers that threads put around it.
 */
public final class Crash {
  private Crash() {}

  /**
   * The throwable that actually happened: a parallel stream rethrows a worker's error as a new
   * throwable of the same class whose cause is the original, and executors wrap it in an {@link
   * ExecutionException} or {@link CompletionException}.
   */
  public static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    while (t.getCause() != null
        && t.getCause() != t
        && (t.getCause().getClass() == t.getClass()
            || t instanceof ExecutionException
            || t instanceof CompletionException)) {
      t = t.getCause();
    }
    return t;
  }

  /** One line for the terminal, e.g. {@code java.lang.StackOverflowError}. */
  public static String describe(Throwable thrown) {
    String text = unwrap(thrown).toString();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
