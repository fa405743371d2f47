package gloss.importer;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.importer.Fixtures.Fixture;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, "Quality": every fixture page (WordPress, Arc XP, Next.js, AMP, Medium-like, wire
 * services, a blog with comments, a cookie wall, JSON-LD in {@code @graph}, none at all, …) gives
 * exactly its expected article: the same body, and the same metadata.
 */
class FixtureImportTest {
  static Stream<Fixture> fixtures() {
    return Fixtures.all().stream();
  }

  @Test
  void theSetHasAtLeastTwentyFivePages() {
    assertThat(Fixtures.all()).hasSizeGreaterThanOrEqualTo(25);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void pageGivesItsExpectedBody(Fixture fixture) throws Exception {
    ImportedArticle article = new Importer(false).file(fixture.page());
    assertThat(article.body()).isEqualTo(fixture.body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void pageGivesItsExpectedMetadata(Fixture fixture) throws Exception {
    ImportedArticle article = new Importer(false).file(fixture.page());
    String written = ArticleFile.render(article, Optional.empty());
    assertThat(Fixtures.front(written)).isEqualTo(fixture.front());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void importingTwiceGivesTheSameBytes(Fixture fixture) throws Exception {
    String first = ArticleFile.render(new Importer(false).file(fixture.page()), Optional.empty());
    String second = ArticleFile.render(new Importer(false).file(fixture.page()), Optional.empty());
    assertThat(second).isEqualTo(first);
    assertThat(List.of(first.split("\n"))).noneMatch(line -> line.matches("\\s*<[a-zA-Z/!].*"));
  }
}
