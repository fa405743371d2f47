package gloss.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files a pull request adds or changes, as git tells: {@code git diff --name-only
 * --diff-filter=AMR BASE...HEAD}. Empty when git is missing, the folder is not in a repository, or
 * the base is not fetched (a shallow checkout); callers then list everything instead.
 */
public final class AddedFiles {
  private static final long TIMEOUT_SECONDS = 20;

  private AddedFiles() {}

  /**
   * Absolute, normalized paths of the files added, changed or renamed since {@code base} in the
   * repository around {@code dir}.
   */
  public static Optional<Set<Path>> since(Path dir, String base) {
    Optional<String> top = git(dir, "rev-parse", "--show-toplevel");
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Path root = Path.of(top.get().strip());
    return git(root, "diff", "--name-only", "--diff-filter=AMR", "-z", base + "...HEAD")
        .map(
            out -> {
              Set<Path> added = new HashSet<>();
              for (String name : out.split("\0")) {
                if (!name.isBlank()) {
                  added.add(root.resolve(name).toAbsolutePath().normalize());
                }
              }
              return added;
            });
  }

  private static Optional<String> git(Path dir, String... args) {
    String[] command = new String[args.length + 3];
    command[0] = "git";
    command[1] = "-C";
    command[2] = dir.toAbsolutePath().toString();
    System.arraycopy(args, 0, command, 3, args.length);
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      return process.exitValue() == 0
          ? Optional.of(new String(out, StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
