package gloss;

import gloss.diag.DisplayPath;
import gloss.model.SiteConfig;
import java.nio.file.Path;

/**
 * Where a digest's folders are.
 *
 * @param projectRoot the folder that diagnostics' paths are relative to
 * @param baseUrl a base URL that overrides site.yml's, or null; checked as site.yml's is
 */
public record SiteLayout(
    Path projectRoot, Path content, Path templates, Path output, String baseUrl) {

  public SiteLayout {
    if (baseUrl != null) {
      SiteConfig.baseUrlProblem("base URL", baseUrl)
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException(problem);
              });
    }
  }

  /** The standard layout of a project folder: content/, templates/, site-output/. */
  public static SiteLayout standard(Path projectRoot) {
    return new SiteLayout(
        projectRoot,
        projectRoot.resolve("content"),
        projectRoot.resolve("templates"),
        projectRoot.resolve("site-output"),
        null);
  }

  /** A folder or file as shown to the user: relative to the project when inside it. */
  public String display(Path path) {
    return DisplayPath.of(projectRoot, path);
  }
}
