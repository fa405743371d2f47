package gloss.cli;

import gloss.SiteLayout;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folders every command works on, shared as a picocli mixin. */
final class FolderOptions {
  @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "content")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR", description = "Theme templates folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "templates")
  Path templates;

  @Option(names = "--output", paramLabel = "DIR", description = "Where the site is written (default: ${DEFAULT-VALUE}).",
      defaultValue = "site-output")
  Path output;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Absolute URL the site is published at, e.g. https://user.github.io/digest/; overrides base_url in site.yml.")
  String baseUrl;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  SiteLayout layout() {
    return new SiteLayout(Path.of("").toAbsolutePath(), content, templates, output, baseUrl);
  }
}
