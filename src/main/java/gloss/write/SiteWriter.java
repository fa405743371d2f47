package gloss.write;

import gloss.render.PageSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Writes a site into a staging folder beside the output folder and swaps it in at the end, so that
 * a failed, interrupted or killed build never leaves a half-written site: the previous output stays
 * as it was until the new one is complete. The only class that writes the site.
 *
 * <p>Beside an output folder {@code site-output} it keeps, all named so that they are plainly
 * Gloss's: {@code .site-output.gloss-lock}, held (an operating-system lock, so it goes with the
 * process) from {@link #open} until the previous site is removed; the staging folder {@code
 * .site-output.gloss-staging-PID}; and the previous site while it is being removed, {@code
 * .site-output.gloss-old-PID}. A build that dies leaves the last two behind, and the next one
 * cleans them up.
 */
public final class SiteWriter {
  /** The file every output folder gets, by which a later build knows it may replace the folder. */
  public static final String MARKER = ".gloss-output";

  private static final byte[] MARKER_TEXT =
      ("This folder is written by gloss build, which replaces it as a whole on every build.\n")
          .getBytes(StandardCharsets.UTF_8);

  /** Daemon threads: a build that exits before the removal ends leaves it to the next build. */
  private static final Executor DELETER =
      runnable -> {
        Thread thread = new Thread(runnable, "gloss-remove-old-site");
        thread.setDaemon(true);
        thread.start();
      };

  /** Per thread: a rebuild compares every file, and reading each whole would copy the site. */
  private static final ThreadLocal<byte[]> COMPARED =
      ThreadLocal.withInitial(() -> new byte[65536]);

  private final Path output;
  private final Path staging;
  private final Path retired;
  private final OutputLock lock;
  private final AtomicLong bytes = new AtomicLong();

  /** Folders of the staging tree made so far, so that each is made once. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();

  /**
   * Whether a file the same as the previous site's is linked from it rather than written again:
   * when there is a previous site, until the first link that fails (another file system, or one
   * without hard links).
   */
  private volatile boolean linksPrevious;

  /**
   * Folders of the previous site by whether they are what their path says, with no symbolic link on
   * the way: a file is linked from nowhere else, so the site never shares a file with the outside.
   */
  private final Map<Path, Boolean> plainPreviousFolders = new ConcurrentHashMap<>();

  private SiteWriter(Path output, OutputLock lock) {
    this.output = output;
    this.lock = lock;
    String name = output.getFileName().toString();
    long id = ProcessHandle.current().pid();
    this.staging = output.resolveSibling("." + name + ".gloss-staging-" + id);
    this.retired = output.resolveSibling("." + name + ".gloss-old-" + id);
  }

  /**
   * Checks the output folder against the rules, takes the lock beside it, cleans what an
   * interrupted build left behind and prepares a fresh staging folder.
   *
   * @throws OutputFolderException if the rules refuse the folder or another build holds it; nothing
   *     has been written then
   */
  public static SiteWriter open(Path output, OutputSafety safety) throws IOException {
    Path target = OutputSafety.resolve(output);
    Optional<String> refusal = safety.refusal(output);
    if (refusal.isPresent()) {
      throw new OutputFolderException(refusal.get());
    }
    Files.createDirectories(target.getParent());
    OutputLock lock = OutputLock.take(target, output);
    try {
      SiteWriter writer = new SiteWriter(target, lock);
      writer.recoverLeftovers();
      // Checked again under the lock: another build may have been writing until now.
      refusal = safety.refusal(output);
      if (refusal.isPresent()) {
        throw new OutputFolderException(refusal.get());
      }
      Files.createDirectories(writer.staging);
      writer.linksPrevious = Files.exists(writer.output.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
      return writer;
    } catch (IOException | RuntimeException e) {
      lock.release();
      throw e;
    }
  }

  /**
   * Removes staging folders of earlier runs; if a run died between its two renames, the previous
   * site is still in its retired folder and is put back.
   */
  private void recoverLeftovers() throws IOException {
    String name = output.getFileName().toString();
    String stagingPrefix = "." + name + ".gloss-staging-";
    String retiredPrefix = "." + name + ".gloss-old-";
    List<Path> leftovers = new ArrayList<>();
    try (Stream<Path> siblings = Files.list(output.getParent())) {
      siblings
          .filter(
              p ->
                  p.getFileName().toString().startsWith(stagingPrefix)
                      || p.getFileName().toString().startsWith(retiredPrefix))
          .sorted()
          .forEach(leftovers::add);
    }
    for (Path p : leftovers) {
      if (p.getFileName().toString().startsWith(retiredPrefix)
          && !Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(p, output, StandardCopyOption.ATOMIC_MOVE);
      } else {
        deleteTreeInParallel(p);
      }
    }
  }

  /** The sink that pages are rendered into. Thread-safe. */
  public PageSink sink() {
    return this::write;
  }

  private void write(String path, byte[] content) throws IOException {
    Path target = confined(path);
    Path folder = target.getParent();
    if (!folder.equals(staging) && !folders.contains(folder)) {
      Files.createDirectories(folder);
      folders.add(folder);
    }
    if (!linkedFromPrevious(path, target, content)) {
      Files.write(target, content);
    }
    bytes.addAndGet(content.length);
  }

  /**
   * Links the previous site's file at {@code path} into the staging tree when its bytes are {@code
   * content}. On a disk, comparing is cheaper than making a file: ext4 spends much of a rebuild's
   * system time finding inodes for new files among those the last removal freed, and removing the
   * previous site then frees only what changed.
   */
  private boolean linkedFromPrevious(String path, Path target, byte[] content) {
    if (!linksPrevious) {
      return false;
    }
    // output is a real path (OutputSafety.resolve), so a plain folder is its own real path.
    Path previous = output.resolve(path).normalize();
    if (!plainPreviousFolders.computeIfAbsent(previous.getParent(), this::isPlainFolder)) {
      return false;
    }
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(previous, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()
          || attributes.size() != content.length
          || !holds(previous, content)) {
        return false;
      }
    } catch (IOException e) {
      return false; // no such file in the previous site, or one it cannot read: written anew
    }
    try {
      Files.createLink(target, previous);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      linksPrevious = false;
      return false;
    }
  }

  /** Whether {@code file} holds exactly {@code content}, read a buffer at a time. */
  private static boolean holds(Path file, byte[] content) throws IOException {
    byte[] buffer = COMPARED.get();
    try (InputStream in = Files.newInputStream(file)) {
      for (int offset = 0; offset < content.length; ) {
        int n = in.readNBytes(buffer, 0, Math.min(buffer.length, content.length - offset));
        if (n == 0 || !Arrays.equals(buffer, 0, n, content, offset, offset + n)) {
          return false;
        }
        offset += n;
      }
      return in.read() == -1;
    }
  }

  private boolean isPlainFolder(Path folder) {
    try {
      return folder.toRealPath().equals(folder);
    } catch (IOException e) {
      return false;
    }
  }

  /** Resolves a site path inside the staging folder, refusing anything that would leave it. */
  Path confined(String path) {
    Path target = staging.resolve(path).normalize();
    if (path.isEmpty()
        || path.startsWith("/")
        || path.contains("\\")
        || !target.startsWith(staging)
        || target.equals(staging)) {
      throw new IllegalArgumentException("output path escapes the site folder: " + path);
    }
    return target;
  }

  /** Total bytes written so far. */
  public long bytesWritten() {
    return bytes.get();
  }

  /**
   * Swaps the finished site in: two renames, with the old site kept until the second is done. The
   * site is published when this returns; the old site is removed afterwards, in the background, and
   * the lock is released when that is done.
   *
   * @return the removal of the old site; it fails (the site stays published) when a file could not
   *     be removed, which the next build tries again
   */
  public CompletableFuture<Void> publish() throws IOException {
    boolean hadOutput;
    try {
      Files.write(staging.resolve(MARKER), MARKER_TEXT);
      hadOutput = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
      if (hadOutput) {
        Files.move(output, retired, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      lock.release();
      throw e;
    }
    if (!hadOutput) {
      lock.release();
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.runAsync(
            () -> {
              try {
                deleteTreeInParallel(retired);
              } catch (IOException e) {
                throw new RetiredSiteException(retired, e);
              }
            },
            DELETER)
        .whenComplete((done, failure) -> lock.release());
  }

  /** Drops the staging folder after a failed build; the previous output is untouched. */
  public void discard() throws IOException {
    try {
      deleteTreeInParallel(staging);
    } finally {
      lock.release();
    }
  }

  /** The previous site could not be removed after the new one was swapped in. */
  public static final class RetiredSiteException extends RuntimeException {
    RetiredSiteException(Path folder, IOException cause) {
      super(
          "could not remove the previous site in "
              + folder
              + " ("
              + cause.getMessage()
              + "); the next build removes it",
          cause);
    }
  }

  /** Deletes on this many threads: removing files waits on the disk more than on a core. */
  private static final int DELETING_THREADS = 4;

  /**
   * Deletes a site's tree with the second-level folders (an article's, an entity's) shared out
   * among threads; anything left over, such as a read-only folder, is then deleted in order.
   */
  static void deleteTreeInParallel(Path root) throws IOException {
    List<Path> parts = new ArrayList<>();
    try (Stream<Path> top = Files.list(root)) {
      for (Path child : (Iterable<Path>) top::iterator) {
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          try (Stream<Path> inner = Files.list(child)) {
            inner.forEach(parts::add);
          }
        } else {
          parts.add(child);
        }
      }
    } catch (IOException e) {
      deleteTree(root);
      return;
    }
    ForkJoinPool pool = new ForkJoinPool(DELETING_THREADS);
    try {
      pool.submit(() -> parts.parallelStream().forEach(SiteWriter::deleteTreeLeavingFailures))
          .join();
    } finally {
      pool.shutdown();
    }
    deleteTree(root);
  }

  /** Deletes what it can; {@link #deleteTree} of the whole tree then deals with the rest. */
  private static void deleteTreeLeavingFailures(Path part) {
    try {
      deleteTree(part);
    } catch (IOException e) {
      // deleteTree(root) runs afterwards and reports what still cannot be removed.
    }
  }

  /**
   * Deletes a tree that an earlier build wrote, making read-only folders writable first (a user or
   * a tool may have made the output read-only).
   */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            deleteInWritableFolder(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof AccessDeniedException
                && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
              makeOwnerAccessible(file);
              deleteTree(file);
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) throw e;
            deleteInWritableFolder(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void deleteInWritableFolder(Path path) throws IOException {
    try {
      Files.delete(path);
    } catch (AccessDeniedException e) {
      makeOwnerAccessible(path.getParent());
      Files.delete(path);
    } catch (NoSuchFileException e) {
      // Already gone: nothing to do.
    }
  }

  private static void makeOwnerAccessible(Path folder) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(folder, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      folder.toFile().setWritable(true);
      return;
    }
    Set<PosixFilePermission> permissions = EnumSet.copyOf(view.readAttributes().permissions());
    permissions.addAll(
        List.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE));
    view.setPermissions(permissions);
  }

  /**
   * The exclusive lock beside an output folder. The lock file is removed while the lock is still
   * held; a build that waited on the removed file notices and tries again.
   */
  private static final class OutputLock {
    private final Path file;
    private final FileChannel channel;
    private boolean released;

    private OutputLock(Path file, FileChannel channel) {
      this.file = file;
      this.channel = channel;
    }

    static OutputLock take(Path output, Path given) throws IOException {
      Path file = output.resolveSibling("." + output.getFileName() + ".gloss-lock");
      String token = ProcessHandle.current().pid() + " " + System.nanoTime() + "\n";
      while (true) {
        FileChannel channel =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null;
        } catch (IOException | RuntimeException e) {
          channel.close();
          throw e;
        }
        if (lock == null) {
          channel.close();
          throw new OutputFolderException(
              "output folder "
                  + given
                  + " is being written by another gloss build"
                  + holder(file)
                  + "; wait for it to finish, or choose another --output");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
        if (token.equals(readOrEmpty(file))) {
          return new OutputLock(file, channel);
        }
        channel.close(); // the holder removed the file we waited on: take the new one
      }
    }

    private static String holder(Path file) {
      String pid = readOrEmpty(file).split(" ", 2)[0].strip();
      return pid.matches("\\d+") ? " (process " + pid + ")" : "";
    }

    private static String readOrEmpty(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }

    synchronized void release() {
      if (released) {
        return;
      }
      released = true;
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // Left for the next build, which locks it again.
      }
      try {
        channel.close();
      } catch (IOException e) {
        // Closing releases the operating-system lock even when it reports a failure.
      }
    }
  }
}
