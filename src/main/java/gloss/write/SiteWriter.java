package gloss.write;

import gloss.render.PageSink;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Writes a site into a staging folder beside the output folder and swaps it in at the end, so
 * that a failed, interrupted or killed build never leaves a half-written site: the previous
 * output stays as it was until the new one is complete. The only class that writes the site.
 */
public final class SiteWriter {
  private final Path output;
  private final Path staging;
  private final Path retired;
  private final AtomicLong bytes = new AtomicLong();

  private SiteWriter(Path output) {
    this.output = output.toAbsolutePath().normalize();
    String name = this.output.getFileName().toString();
    long id = ProcessHandle.current().pid();
    this.staging = this.output.resolveSibling("." + name + ".staging-" + id);
    this.retired = this.output.resolveSibling("." + name + ".old-" + id);
  }

  /** Prepares a fresh staging folder, first cleaning what an interrupted build left behind. */
  public static SiteWriter open(Path output) throws IOException {
    SiteWriter writer = new SiteWriter(output);
    writer.recoverLeftovers();
    Files.createDirectories(writer.staging);
    return writer;
  }

  /**
   * Removes staging folders of earlier runs; if a run died between its two renames, the
   * previous site is still in its retired folder and is put back.
   */
  private void recoverLeftovers() throws IOException {
    Path parent = output.getParent();
    Files.createDirectories(parent);
    String name = output.getFileName().toString();
    List<Path> leftovers = new ArrayList<>();
    try (Stream<Path> siblings = Files.list(parent)) {
      siblings
          .filter(p -> p.getFileName().toString().startsWith("." + name + ".staging-")
              || p.getFileName().toString().startsWith("." + name + ".old-"))
          .sorted()
          .forEach(leftovers::add);
    }
    for (Path p : leftovers) {
      if (p.getFileName().toString().startsWith("." + name + ".old-")
          && !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(p, output, StandardCopyOption.ATOMIC_MOVE);
      } else {
        deleteTree(p);
      }
    }
  }

  /** The sink that pages are rendered into. Thread-safe. */
  public PageSink sink() {
    return this::write;
  }

  private void write(String path, byte[] content) throws IOException {
    Path target = confined(path);
    Files.createDirectories(target.getParent());
    Files.write(target, content);
    bytes.addAndGet(content.length);
  }

  /** Resolves a site path inside the staging folder, refusing anything that would leave it. */
  Path confined(String path) {
    Path target = staging.resolve(path).normalize();
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || !target.startsWith(staging)
        || target.equals(staging)) {
      throw new IllegalArgumentException("output path escapes the site folder: " + path);
    }
    return target;
  }

  /** Total bytes written so far. */
  public long bytesWritten() {
    return bytes.get();
  }

  /** Swaps the finished site in: two renames, with the old site kept until the second is done. */
  public void publish() throws IOException {
    boolean hadOutput = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
    if (hadOutput) {
      Files.move(output, retired, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
    if (hadOutput) {
      deleteTree(retired);
    }
  }

  /** Drops the staging folder after a failed build; the previous output is untouched. */
  public void discard() throws IOException {
    deleteTree(staging);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) throw e;
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
