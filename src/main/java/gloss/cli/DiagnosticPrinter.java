package gloss.cli;

import gloss.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics one per line, capped so that a broken digest stays readable. */
final class DiagnosticPrinter {
  static final int LIMIT = 200;

  private DiagnosticPrinter() {}

  static void print(List<Diagnostic> diagnostics, PrintWriter err) {
    diagnostics.stream().limit(LIMIT).forEach(d -> err.println(d.format()));
    if (diagnostics.size() > LIMIT) {
      err.println("… and " + (diagnostics.size() - LIMIT) + " more");
    }
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    if (!diagnostics.isEmpty()) {
      err.println(
          errors
              + " error"
              + (errors == 1 ? "" : "s")
              + ", "
              + warnings
              + " warning"
              + (warnings == 1 ? "" : "s"));
    }
  }
}
