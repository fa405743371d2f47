package gloss.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the sample seed text, imported, gives the body of the sample article exactly as it was
 * cleaned by hand. The seed lives in shared/ beside the repository (as on CI).
 */
public class SeedImportTest {
  /**
   * shared/ beside the clone; {@code -Dgloss.shared=DIR} points elsewhere (a worktree elsewhere).
   */
  static final Path SEED =
      Path.of(System.getProperty("gloss.shared", "../shared"), "seed", "000_ed8b881fa0fcd842.txt");

  static final Path SAMPLE =
      Path.of("content", "articles", "china-acknowledges-cyberattacks-over-taiwan.md");

  static void assumeSeed() {
    assumeTrue(
        Files.isRegularFile(SEED),
        "the seed "
            + SEED.toAbsolutePath().normalize()
            + " is not there: shared/ is not beside the repository");
  }

  static List<String> paragraphs(String body) {
    return Arrays.stream(body.strip().split("\n\n")).map(String::strip).toList();
  }

  static String bodyOf(String file) {
    int end = file.indexOf("\n---\n", 4);
    return file.substring(end + 5);
  }

  /**
   * The sample article's paragraphs as an import gives them: before the editor wrote explicit
   * entity links ({@code [Beijing](@china)}), which keep their text.
   */
  public static List<String> sampleParagraphsBeforeEditing() throws IOException {
    String body = bodyOf(Files.readString(SAMPLE));
    return paragraphs(body.replaceAll("\\[([^\\]]*)\\]\\(@[^)]*\\)", "$1"));
  }

  @Test
  void seedTextGivesTheSampleArticlesParagraphsExactly() throws Exception {
    assumeSeed();
    ImportedArticle imported = new Importer(false).file(SEED);
    List<String> expected = sampleParagraphsBeforeEditing();
    List<String> actual = paragraphs(imported.body());
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertThat(actual.get(i)).as("paragraph %d", i + 1).isEqualTo(expected.get(i));
    }
    assertThat(actual).hasSameSizeAs(expected);
    assertThat(imported.title())
        .isEqualTo(
            "China acknowledges its role in years of cyberattacks against US over support of Taiwan: report");
  }

  @Test
  void seedTextLosesItsCreditsAndPageDebrisCountedByKind() throws Exception {
    assumeSeed();
    ImportedArticle imported = new Importer(false).file(SEED);
    assertThat(imported.removed().byKind())
        .containsEntry("photo captions and credit lines", 4)
        .containsEntry("related and recommended links", 1)
        .containsEntry("newsletter and subscription prompts", 1);
    assertThat(imported.body()).doesNotContain("Getty", "Related Posts", "This will close");
  }
}
