package gloss.cli;

import gloss.diag.Crash;
import gloss.write.OutputFolderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gloss} command. Exit codes: 0 ok, 1 content errors, 2 usage, 3 internal error. */
@Command(
    name = "gloss",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds an annotated article digest into a static, cross-linked website.")
public final class Main implements Runnable {
  static final int OK = 0;
  static final int CONTENT_ERRORS = 1;
  static final int USAGE = 2;
  static final int INTERNAL_ERROR = 3;

  /**
   * The subcommands in the order help lists them. Picocli reflects over a command's class when it
   * is added, which is a tenth of a small build's start-up for all of them, so a run that names its
   * command adds only that one.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("build", BuildCommand::new);
    COMMANDS.put("serve", ServeCommand::new);
    COMMANDS.put("check", CheckCommand::new);
    COMMANDS.put("new", NewCommand::new);
    COMMANDS.put("import", ImportCommand::new);
    COMMANDS.put("help", CommandLine.HelpCommand::new);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; used by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    // help needs them all, and so does the message for a command that does not exist
    boolean named = args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help");
    COMMANDS.forEach(
        (name, command) -> {
          if (!named || name.equals(args[0])) cli.addSubcommand(name, command.get());
        });
    // settings reach the subcommands added so far
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    HelpWrapping.apply(cli);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageException || e instanceof OutputFolderException) {
            commandLine.getErr().println("gloss: " + e.getMessage());
            return USAGE;
          }
          return internalError(
              e,
              parseResult.hasMatchedOption("--debug")
                  || parseResult.subcommand() != null
                      && parseResult.subcommand().hasMatchedOption("--debug"),
              commandLine.getErr());
        });
    try {
      return cli.execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the handler; an Error would leave the JVM with status 1.
      return internalError(e, List.of(args).contains("--debug"), err);
    }
  }

  /**
   * A crash, told apart from content errors (1) by its status: one line, the trace with --debug.
   */
  private static int internalError(Throwable e, boolean debug, PrintWriter err) {
    if (debug) {
      err.println("gloss: internal error: " + Crash.describe(e));
      e.printStackTrace(err);
    } else {
      err.println(
          "gloss: internal error: "
              + Crash.describe(e)
              + " (run again with --debug for the stack trace)");
    }
    err.flush();
    return INTERNAL_ERROR;
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
