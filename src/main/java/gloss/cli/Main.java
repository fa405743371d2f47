package gloss.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gloss} command. Exit codes: 0 ok, 1 content errors, 2 usage, 3 internal error. */
@Command(
    name = "gloss",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds an annotated article digest into a static, cross-linked website.",
    subcommands = {
      BuildCommand.class,
      ServeCommand.class,
      CheckCommand.class,
      NewCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  static final int OK = 0;
  static final int CONTENT_ERRORS = 1;
  static final int USAGE = 2;
  static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; used by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean debug = parseResult.hasMatchedOption("--debug")
              || parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
          commandLine.getErr().println("gloss: internal error: " + e);
          if (debug) {
            e.printStackTrace(commandLine.getErr());
          } else {
            commandLine.getErr().println("(run again with --debug for the stack trace)");
          }
          return INTERNAL_ERROR;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties props = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("/gloss/version.properties")) {
        if (in != null) props.load(in);
      }
      return new String[] {"gloss " + props.getProperty("version", "unknown")};
    }
  }
}
