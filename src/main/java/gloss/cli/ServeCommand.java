package gloss.cli;

import gloss.diag.Diagnostic;
import gloss.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the site into memory and serves it for preview, rebuilding and reloading open pages on every change.",
      "Content problems are printed as path:line:col: message and shown over the open pages; the last good build stays served."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin FolderOptions folders;
  @Mixin FolderOptions.BaseUrl baseUrl;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "4000",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
  String host;

  @Option(
      names = "--base-path",
      paramLabel = "PATH",
      defaultValue = "/",
      description =
          "Serve the site under this path, as GitHub Pages does for a project site, e.g. /digest/ (default: ${DEFAULT-VALUE}).")
  String basePath;

  @Option(names = "--open", description = "Open the site in the default browser.")
  boolean open;

  @Option(
      names = "--navigate",
      description = "On a change, take open pages to the page that the edited file renders.")
  boolean navigate;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DevServer.Options options;
    try {
      options = new DevServer.Options(host, port, basePath, navigate, 50);
    } catch (IllegalArgumentException e) {
      err.println("gloss: " + e.getMessage());
      return Main.USAGE;
    }
    DevServer server;
    try {
      server =
          DevServer.start(
              folders.layout(FolderOptions.DEFAULT_OUTPUT, baseUrl.baseUrl),
              options,
              reporter(out, err));
    } catch (DevServer.PortUnavailableException e) {
      err.println("gloss: " + e.getMessage());
      return Main.USAGE;
    }
    Thread hook =
        new Thread(
            () -> {
              server.close();
              out.println("stopped");
              out.flush();
            },
            "gloss-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("serving " + server.url() + " (Ctrl-C to stop)");
    if (!isLoopback(host)) {
      err.println(
          "warning: listening on " + host + ": other machines on the network can read the preview");
    }
    out.flush();
    if (open) {
      openBrowser(server.url(), err);
    }
    server.awaitStop();
    return Main.OK;
  }

  private static DevServer.Reporter reporter(PrintWriter out, PrintWriter err) {
    return new DevServer.Reporter() {
      @Override
      public void diagnostics(List<Diagnostic> diagnostics) {
        DiagnosticPrinter.print(diagnostics, err);
        err.flush();
      }

      @Override
      public void note(String line) {
        out.println(line);
        out.flush();
      }
    };
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.startsWith("127.")
        || host.equals("::1")
        || host.equals("[::1]");
  }

  /** Best effort: the URL is printed anyway. */
  private static void openBrowser(String url, PrintWriter err) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command =
        os.contains("mac")
            ? List.of("open", url)
            : os.contains("win")
                ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : List.of("xdg-open", url);
    try {
      new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      err.println("gloss: could not open a browser (" + e.getMessage() + "); open " + url);
    }
  }
}
