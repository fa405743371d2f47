package gloss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./gloss} launcher script, run by {@code sh} from a copy in a temporary folder whose
 * {@code target/gloss.jar} is a stand-in that prints its arguments. Whatever state the
 * class-data-sharing archive is in, a run prints only what the program prints and exits with its
 * status. Whether this JDK can archive classes at all does not matter to these tests.
 */
class LauncherScriptTest {
  @TempDir Path dir;

  /**
   * The stand-in jar's program: prints its arguments joined by "|", with "jit" among them which
   * compiler tiers the JVM was given, and with "gc" which collector it runs; exits 4 when one is
   * "fail".
   */
  public static final class Echo {
    public static void main(String[] args) {
      System.out.println(String.join("|", args));
      if (List.of(args).contains("jit")) {
        boolean quick =
            java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments()
                .contains("-XX:TieredStopAtLevel=1");
        System.out.println(quick ? "quick" : "full");
      }
      if (List.of(args).contains("gc")) {
        List<String> names =
            java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName)
                .toList();
        System.out.println(
            names.contains("PS Scavenge")
                ? "parallel"
                : names.contains("Copy") ? "serial" : String.join(",", names));
      }
      System.exit(List.of(args).contains("fail") ? 4 : 0);
    }
  }

  record Run(int status, String out, String err) {}

  @BeforeEach
  void launcherBesideAStandInJar() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
    Files.copy(Path.of("gloss"), dir.resolve("gloss"));
    Files.createDirectories(dir.resolve("target"));
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Echo.class.getName());
    String entry = Echo.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(dir.resolve("target/gloss.jar"));
        JarOutputStream jar = new JarOutputStream(file, manifest);
        InputStream in = Echo.class.getClassLoader().getResourceAsStream(entry)) {
      jar.putNextEntry(new JarEntry(entry));
      in.transferTo(jar);
    }
  }

  @Test
  void passesTheArgumentsOnAndExitsWithTheProgramsStatus() throws Exception {
    Run first = gloss("build", "two words", "fail");
    Run second = gloss("build", "two words", "fail");

    assertThat(first).isEqualTo(new Run(4, "build|two words|fail\n", ""));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void runsPlainlyWhenTheArchiveIsTruncated() throws Exception {
    gloss("build");
    Path archive = dir.resolve("target/gloss.jsa");
    byte[] start = Files.exists(archive) ? Files.readAllBytes(archive) : new byte[8192];
    Files.deleteIfExists(archive);
    Files.write(archive, Arrays.copyOf(start, 4096));

    assertThat(gloss("check", "x")).isEqualTo(new Run(0, "check|x\n", ""));
    assertThat(gloss("build")).isEqualTo(new Run(0, "build\n", ""));
  }

  @Test
  void runsPlainlyWhenTheArchiveIsNotAnArchive() throws Exception {
    byte[] noise = new byte[65536];
    new Random(1).nextBytes(noise);
    Files.write(dir.resolve("target/gloss.jsa"), noise);
    Files.writeString(dir.resolve("target/gloss.jsa.size"), noise.length + "\n");

    assertThat(gloss("serve")).isEqualTo(new Run(0, "serve\n", ""));
    assertThat(gloss("build")).isEqualTo(new Run(0, "build\n", ""));
  }

  @Test
  void runsPlainlyWhenTheJarIsNewerThanTheArchive() throws Exception {
    gloss("build");
    Path archive = dir.resolve("target/gloss.jsa");
    if (Files.exists(archive)) {
      Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    assertThat(gloss("check")).isEqualTo(new Run(0, "check\n", ""));
    assertThat(gloss("build", "again")).isEqualTo(new Run(0, "build|again\n", ""));
    assertThat(gloss("build", "and again")).isEqualTo(new Run(0, "build|and again\n", ""));
  }

  @Test
  void everyCommandButServeRunsWithTheQuickCompilerOnly() throws Exception {
    assertThat(gloss("build", "jit").out()).isEqualTo("build|jit\nquick\n");
    assertThat(gloss("build", "jit").out()).as("with the archive").isEqualTo("build|jit\nquick\n");
    assertThat(gloss("check", "jit").out()).isEqualTo("check|jit\nquick\n");
    assertThat(gloss("serve", "jit").out()).isEqualTo("serve|jit\nfull\n");
    assertThat(gloss(Map.of("GLOSS_JIT", "full"), "build", "jit").out())
        .isEqualTo("build|jit\nfull\n");
    assertThat(gloss(Map.of("GLOSS_JAVA_OPTS", "-XX:TieredStopAtLevel=4"), "build", "jit").out())
        .as("the user's own choice")
        .isEqualTo("build|jit\nfull\n");
  }

  @Test
  void everyCommandButServeRunsWithTheParallelCollector() throws Exception {
    assertThat(gloss("build", "gc").out()).isEqualTo("build|gc\nparallel\n");
    assertThat(gloss("build", "gc").out()).as("with the archive").isEqualTo("build|gc\nparallel\n");
    assertThat(gloss("check", "gc").out()).isEqualTo("check|gc\nparallel\n");
    assertThat(gloss("serve", "gc").out()).isNotEqualTo("serve|gc\nparallel\n");
    assertThat(gloss(Map.of("GLOSS_JAVA_OPTS", "-XX:+UseSerialGC"), "build", "gc").out())
        .as("the user's own choice")
        .isEqualTo("build|gc\nserial\n");
  }

  private Run gloss(String... args) throws IOException, InterruptedException {
    return gloss(Map.of(), args);
  }

  private Run gloss(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", dir.resolve("gloss").toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().remove("GLOSS_JAVA_OPTS");
    builder.environment().remove("GLOSS_CDS");
    builder.environment().remove("GLOSS_JIT");
    builder.environment().putAll(environment);
    int status = builder.start().waitFor();
    return new Run(
        status,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
