package gloss.cli;

import gloss.scaffold.AnnotationScaffold;
import gloss.scaffold.EditionScaffold;
import gloss.scaffold.EntityScaffold;
import gloss.scaffold.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Scaffolds a content file with its front matter filled in.",
    subcommands = {
      NewCommand.Annotation.class,
      NewCommand.EditionCommand.class,
      NewCommand.Person.class,
      NewCommand.Place.class,
      NewCommand.Organization.class
    })
final class NewCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints what happened and maps it to the exit status. */
  static int report(Outcome outcome, CommandSpec spec, String next) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (outcome instanceof Outcome.Written w) {
      out.println("wrote " + w.display());
      out.println(next);
      return Main.OK;
    }
    for (String reason : ((Outcome.Refused) outcome).reasons()) {
      err.println("gloss new: " + reason);
    }
    err.println("nothing was written");
    return Main.CONTENT_ERRORS;
  }

  @Command(
      name = "annotation",
      mixinStandardHelpOptions = true,
      description = {
        "Writes content/annotations/ARTICLE/DATE-AUTHOR[-n].md with its front matter filled in.",
        "Checks that the article exists and that the quote anchors on one passage; otherwise it "
            + "suggests the nearest passage and writes nothing."
      })
  static final class Annotation implements Callable<Integer> {
    @Mixin FolderOptions folders;
    @Spec CommandSpec spec;

    @Option(
        names = "--article",
        required = true,
        paramLabel = "SLUG",
        description = "The article commented on: its file name in content/articles/ without .md.")
    String article;

    @Option(
        names = "--author",
        required = true,
        paramLabel = "NAME",
        description = "Your name as readers will see it.")
    String author;

    @Option(
        names = "--github",
        paramLabel = "HANDLE",
        defaultValue = "",
        description = "Your GitHub user name: links your name and names your author page.")
    String github;

    @Option(
        names = "--quote",
        paramLabel = "TEXT",
        defaultValue = "",
        description =
            "The exact passage of the article you comment on; leave out to comment on the whole article.")
    String quote;

    @Option(
        names = "--prefix",
        paramLabel = "TEXT",
        defaultValue = "",
        description = "A few words just before the quote, when the quote occurs more than once.")
    String prefix;

    @Option(
        names = "--suffix",
        paramLabel = "TEXT",
        defaultValue = "",
        description = "A few words just after the quote, when the quote occurs more than once.")
    String suffix;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "The annotation's date (default: today).")
    LocalDate date;

    @Override
    public Integer call() throws IOException, UsageException {
      Outcome outcome =
          AnnotationScaffold.create(
              folders.layout(),
              new AnnotationScaffold.Request(
                  article,
                  author,
                  github,
                  quote,
                  prefix,
                  suffix,
                  date != null ? date : LocalDate.now()));
      return report(outcome, spec, "next: write your commentary in it, then run ./gloss check");
    }
  }

  @Command(
      name = "edition",
      mixinStandardHelpOptions = true,
      description = {
        "Writes content/editions/DATE.md listing the articles dated since the last edition.",
        "The articles are newest first; reorder them and write the editor's note."
      })
  static final class EditionCommand implements Callable<Integer> {
    @Mixin FolderOptions folders;
    @Spec CommandSpec spec;

    @Option(
        names = "--date",
        required = true,
        paramLabel = "YYYY-MM-DD",
        description = "The edition's date: its articles are dated on or before it.")
    LocalDate date;

    @Option(
        names = "--since",
        paramLabel = "YYYY-MM-DD",
        description =
            "List the articles dated after this day (default: the latest earlier edition's date;"
                + " without one, every article).")
    LocalDate since;

    @Override
    public Integer call() throws IOException, UsageException {
      return report(
          EditionScaffold.create(folders.layout(), date, Optional.ofNullable(since)),
          spec,
          "next: write the editor's note, then run ./gloss check");
    }
  }

  /** The shared shape of {@code new person|place|organization}. */
  abstract static class EntityCommand implements Callable<Integer> {
    @Mixin FolderOptions folders;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The full name, as a page title.")
    String name;

    @Option(
        names = "--alias",
        paramLabel = "A",
        description = "Another name the text uses (repeatable): \"Fick\", \"WSJ\".")
    List<String> aliases = new ArrayList<>();

    abstract String singular();

    @Override
    public Integer call() throws IOException, UsageException {
      return report(
          EntityScaffold.create(folders.layout(), singular(), name, aliases),
          spec,
          "next: describe it in a sentence or two, then run ./gloss check");
    }
  }

  @Command(
      name = "person",
      mixinStandardHelpOptions = true,
      description =
          "Writes content/people/SLUG.md for a person, refusing a name or alias already taken.")
  static final class Person extends EntityCommand {
    @Override
    String singular() {
      return "person";
    }
  }

  @Command(
      name = "place",
      mixinStandardHelpOptions = true,
      description =
          "Writes content/places/SLUG.md for a place, refusing a name or alias already taken.")
  static final class Place extends EntityCommand {
    @Override
    String singular() {
      return "place";
    }
  }

  @Command(
      name = "organization",
      mixinStandardHelpOptions = true,
      description =
          "Writes content/organizations/SLUG.md for an organization, refusing a name or alias already taken.")
  static final class Organization extends EntityCommand {
    @Override
    String singular() {
      return "organization";
    }
  }
}
