package gloss.cli;

import gloss.BuildResult;
import gloss.SiteBuild;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site from the content and templates folders into the output folder.",
      "Content problems are printed as path:line:col: message; the previous output is then left as it was."
    })
final class BuildCommand implements Callable<Integer> {
  /** GitHub Pages refuses published sites over 1 GB; warn well before. */
  static final long PAGES_WARN_BYTES = 800L * 1024 * 1024;

  @Mixin FolderOptions folders;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    BuildResult result = SiteBuild.build(folders.layout());
    DiagnosticPrinter.print(result.diagnostics(), spec.commandLine().getErr());
    if (!result.published()) {
      spec.commandLine().getErr().println("build failed; " + folders.output + " was left as it was");
      return Main.CONTENT_ERRORS;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    spec.commandLine().getOut().printf(Locale.ROOT, "built %d files (%s) into %s in %d ms%n",
        result.files(), size(result.bytes()), folders.output, millis);
    if (result.bytes() > PAGES_WARN_BYTES) {
      spec.commandLine().getErr().println("warning: the site is " + size(result.bytes())
          + "; GitHub Pages refuses published sites over 1 GB");
    }
    return Main.OK;
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
