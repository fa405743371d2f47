package gloss.diag;

import java.util.List;
import java.util.function.Function;

/**
 * A stage's result together with what it reported, so that a result reused by a later build reports
 * the same problems again.
 */
public record Reported<T>(T value, List<Diagnostic> diagnostics) {

  public Reported {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Runs a step with its own diagnostics sink. */
  public static <T> Reported<T> of(Function<Diagnostics, T> step) {
    Diagnostics own = new Diagnostics();
    T value = step.apply(own);
    return new Reported<>(value, own.sorted());
  }

  /** The value, after adding its diagnostics to {@code sink}. */
  public T reportTo(Diagnostics sink) {
    diagnostics.forEach(sink::add);
    return value;
  }
}
