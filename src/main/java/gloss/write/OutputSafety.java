package gloss.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folders a build must never replace. A build replaces its output folder as a whole, so an
 * output folder that is, holds or lies inside the sources, or that holds the project or the home
 * folder, would delete them; so would a folder of someone else's files. Paths are compared as the
 * file system sees them (symbolic links followed, {@code ..} applied after them), so {@code
 * --output ./x/..} or a link cannot slip past.
 *
 * @param content the content folder
 * @param templates the templates folder
 * @param projectRoot the folder the command runs in
 * @param home the user's home folder
 * @param force whether a non-empty folder that no build wrote may be replaced
 */
public record OutputSafety(
    Path content, Path templates, Path projectRoot, Path home, boolean force) {

  private record Guarded(String what, Path folder, boolean insideAllowed) {}

  /** The rules for a command run in {@code projectRoot} by the current user. */
  public static OutputSafety of(Path content, Path templates, Path projectRoot, boolean force) {
    return new OutputSafety(
        content, templates, projectRoot, Path.of(System.getProperty("user.home")), force);
  }

  /**
   * Why the site must not be written into {@code output}, or empty when it may be. Reads the file
   * system and writes nothing.
   */
  public Optional<String> refusal(Path output) throws IOException {
    Path real = resolve(output);
    String shown = shown(output, real);
    if (real.getParent() == null) {
      return Optional.of("output folder " + shown + " is the root of the file system" + OWN_FOLDER);
    }
    List<Guarded> guarded =
        List.of(
            new Guarded("home folder", resolve(home), true),
            new Guarded("project folder", resolve(projectRoot), true),
            new Guarded("content folder", resolve(content), false),
            new Guarded("templates folder", resolve(templates), false));
    for (Guarded g : guarded) {
      if (real.equals(g.folder())) {
        return Optional.of("output folder " + shown + " is the " + g.what() + OWN_FOLDER);
      }
      if (g.folder().startsWith(real)) {
        return Optional.of("output folder " + shown + " contains the " + g.what() + OWN_FOLDER);
      }
      if (!g.insideAllowed() && real.startsWith(g.folder())) {
        return Optional.of("output folder " + shown + " is inside the " + g.what() + OWN_FOLDER);
      }
    }
    if (Files.exists(real) && !Files.isDirectory(real)) {
      return Optional.of("output folder " + shown + " is a file, not a folder");
    }
    if (!force && !isEmptyOrOurs(real)) {
      return Optional.of(
          "output folder "
              + shown
              + " holds files that gloss did not write (it has no "
              + SiteWriter.MARKER
              + " file); pass --force to replace it, or choose another --output");
    }
    return Optional.empty();
  }

  private static final String OWN_FOLDER =
      "; the build replaces its output folder as a whole, so give it a folder of its own, like site-output";

  /** Whether the folder is missing, empty, or the output of an earlier build. */
  private static boolean isEmptyOrOurs(Path folder) throws IOException {
    if (!Files.isDirectory(folder)
        || Files.exists(folder.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  /**
   * The absolute path the file system would reach: the longest existing prefix with its links
   * followed, then the rest of the names (which cannot be links, as they do not exist yet).
   */
  static Path resolve(Path path) throws IOException {
    Path absolute = path.toAbsolutePath();
    int names = absolute.getNameCount();
    for (int i = names; i > 0; i--) {
      Path prefix = absolute.getRoot().resolve(absolute.subpath(0, i));
      if (Files.exists(prefix)) {
        Path real = prefix.toRealPath();
        return i == names ? real : real.resolve(absolute.subpath(i, names)).normalize();
      }
    }
    return absolute.normalize();
  }

  private static String shown(Path given, Path real) {
    return given.toAbsolutePath().normalize().equals(real)
        ? given.toString()
        : given + " (" + real + ")";
  }
}
