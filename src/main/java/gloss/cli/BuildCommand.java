package gloss.cli;

import gloss.BuildResult;
import gloss.SiteBuild;
import gloss.write.SiteWriter;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site from the content and templates folders into the output folder.",
      "Content problems are printed as path:line:col: message; the previous output is then left as it was.",
      "The output folder must be a folder of its own: gloss refuses (exit 2) the project, home, content or "
          + "templates folder, one holding or inside them, and a non-empty folder it did not write unless --force; "
          + "and (exit 2) an output folder another build is writing."
    })
final class BuildCommand implements Callable<Integer> {
  /** GitHub Pages refuses published sites over 1 GB; warn well before. */
  static final long PAGES_WARN_BYTES = 800L * 1024 * 1024;

  @Mixin FolderOptions folders;
  @Mixin FolderOptions.Output output;
  @Mixin FolderOptions.BaseUrl baseUrl;
  @Spec CommandSpec spec;

  @Option(
      names = "--force",
      description =
          "Replace an output folder that holds files gloss did not write (it has no "
              + SiteWriter.MARKER
              + " file). Never allowed for the project, home, content or templates folder.")
  boolean force;

  @Option(
      names = "--allow-empty",
      description =
          "Publish a site even when the content folder has no articles (an error otherwise).")
  boolean allowEmpty;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    BuildResult result =
        SiteBuild.build(
            folders.layout(output.output, baseUrl.baseUrl),
            new SiteBuild.Options(force, allowEmpty));
    PrintWriter err = spec.commandLine().getErr();
    DiagnosticPrinter.print(result.diagnostics(), err);
    if (!result.published()) {
      err.println("build failed; " + output.output + " was left as it was");
      return Main.CONTENT_ERRORS;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "built %d files (%s) into %s in %d ms%n",
            result.files(),
            size(result.bytes()),
            output.output,
            millis);
    spec.commandLine().getOut().flush();
    if (result.bytes() > PAGES_WARN_BYTES) {
      err.println(
          "warning: the site is "
              + size(result.bytes())
              + "; GitHub Pages refuses published sites over 1 GB");
    }
    // The site is in place; removing the one it replaced cannot change the outcome.
    try {
      result.previousSiteRemoval().join();
    } catch (CompletionException e) {
      err.println("warning: " + e.getCause().getMessage());
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
