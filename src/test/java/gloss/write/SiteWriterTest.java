package gloss.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild links the files that came out the same from the previous site instead of writing them
 * again; whatever it links, the new site holds exactly the bytes it was given.
 */
class SiteWriterTest {
  @TempDir Path project;
  Path output;

  @BeforeEach
  void projectWithContent() throws IOException {
    Files.createDirectories(project.resolve("content"));
    Files.createDirectories(project.resolve("templates"));
    output = project.resolve("site-output");
  }

  @Test
  void anUnchangedFileIsTheSameFileAsBeforeAndAChangedOneIsNew() throws Exception {
    build(Map.of("a/index.html", "same", "b/index.html", "before"));
    Object a = fileKey("a/index.html");
    Object b = fileKey("b/index.html");
    assumeTrue(a != null, "the file system names files by a key (inode)");

    build(Map.of("a/index.html", "same", "b/index.html", "after"));

    assertThat(read("a/index.html")).isEqualTo("same");
    assertThat(read("b/index.html")).isEqualTo("after");
    assertThat(fileKey("a/index.html")).isEqualTo(a);
    assertThat(fileKey("b/index.html")).isNotEqualTo(b);
  }

  @Test
  void aFileEditedInThePreviousSiteIsWrittenAgain() throws Exception {
    build(Map.of("a/index.html", "built"));
    Files.writeString(output.resolve("a/index.html"), "BUILT"); // the same size: bytes compared

    build(Map.of("a/index.html", "built"));

    assertThat(read("a/index.html")).isEqualTo("built");
  }

  @Test
  void aSymbolicLinkInThePreviousSiteIsNotLinkedThrough() throws Exception {
    build(Map.of("a/index.html", "first"));
    Path elsewhere = Files.writeString(project.resolve("elsewhere.html"), "page");
    Files.delete(output.resolve("a/index.html"));
    Files.createSymbolicLink(output.resolve("a/index.html"), elsewhere);

    build(Map.of("a/index.html", "page"));

    Path page = output.resolve("a/index.html");
    assertThat(Files.isSymbolicLink(page)).isFalse();
    assertThat(read("a/index.html")).isEqualTo("page");
    assertThat(Files.isSameFile(page, elsewhere)).isFalse();
    assertThat(Files.readString(elsewhere)).isEqualTo("page");
  }

  @Test
  void aFileInAFolderLinkedFromElsewhereIsNotLinkedThrough() throws Exception {
    build(Map.of("a/index.html", "first"));
    Path elsewhere = Files.createDirectories(project.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("index.html"), "page");
    SiteWriter.deleteTree(output.resolve("a"));
    Files.createSymbolicLink(output.resolve("a"), elsewhere);

    build(Map.of("a/index.html", "page"));

    assertThat(read("a/index.html")).isEqualTo("page");
    assertThat(Files.isSameFile(output.resolve("a/index.html"), elsewhere.resolve("index.html")))
        .isFalse();
    assertThat(Files.readAttributes(elsewhere.resolve("index.html"), "unix:nlink"))
        .containsEntry("nlink", 1);
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteAsItWas() throws Exception {
    build(Map.of("a/index.html", "kept"));
    Object a = fileKey("a/index.html");

    SiteWriter writer = open();
    writer.sink().write("a/index.html", bytes("kept"));
    writer.discard();

    assertThat(read("a/index.html")).isEqualTo("kept");
    assertThat(fileKey("a/index.html")).isEqualTo(a);
    assertThat(Files.readAttributes(output.resolve("a/index.html"), "unix:nlink"))
        .as("no link left from the discarded staging folder")
        .containsEntry("nlink", 1);
  }

  private void build(Map<String, String> files) throws Exception {
    SiteWriter writer = open();
    for (Map.Entry<String, String> file : files.entrySet()) {
      writer.sink().write(file.getKey(), bytes(file.getValue()));
    }
    writer.publish().join();
  }

  private SiteWriter open() throws IOException {
    return SiteWriter.open(
        output,
        new OutputSafety(
            project.resolve("content"), project.resolve("templates"), project, project, false));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String read(String path) throws IOException {
    return Files.readString(output.resolve(path), StandardCharsets.UTF_8);
  }

  private Object fileKey(String path) throws IOException {
    return Files.readAttributes(
            output.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .fileKey();
  }
}
