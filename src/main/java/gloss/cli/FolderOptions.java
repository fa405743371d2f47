package gloss.cli;

import gloss.SiteLayout;
import gloss.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The folders every command works on, shared as a picocli mixin; the output folder and the base URL
 * are mixins of their own, for the commands they change something for.
 */
final class FolderOptions {
  static final Path DEFAULT_OUTPUT = Path.of("site-output");

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description =
          "Content folder (default: ${DEFAULT-VALUE}); a symbolic link to a folder is followed.",
      defaultValue = "content")
  Path content;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "Theme templates folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "templates")
  Path templates;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  /** {@code --output}: for the commands that write the site. */
  static final class Output {
    @Option(
        names = "--output",
        paramLabel = "DIR",
        description = "Where the site is written (default: ${DEFAULT-VALUE}).",
        defaultValue = "site-output")
    Path output;
  }

  /** {@code --base-url}: for the commands that build pages. */
  static final class BaseUrl {
    @Option(
        names = "--base-url",
        paramLabel = "URL",
        description =
            "Absolute http(s) URL the site is published at, e.g. https://user.github.io/digest/;"
                + " overrides base_url in site.yml and is checked by the same rule.")
    String baseUrl;
  }

  /** The folders as given, the output folder's default and site.yml's base URL. */
  SiteLayout layout() throws UsageException {
    return layout(DEFAULT_OUTPUT, null);
  }

  /** The folders as given, with a link given as the content or templates folder followed. */
  SiteLayout layout(Path output, String baseUrl) throws UsageException {
    if (baseUrl != null) {
      Optional<String> problem = SiteConfig.baseUrlProblem("--base-url", baseUrl);
      if (problem.isPresent()) {
        throw new UsageException(problem.get());
      }
    }
    return new SiteLayout(
        Path.of("").toAbsolutePath(), followed(content), followed(templates), output, baseUrl);
  }

  /** The folder a link points to: the stages walk a folder without following links in it. */
  private static Path followed(Path folder) {
    if (!Files.isSymbolicLink(folder)) {
      return folder;
    }
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      return folder; // a broken link: the stage reports the folder as missing
    }
  }
}
