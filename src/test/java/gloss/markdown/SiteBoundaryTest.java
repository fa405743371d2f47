package gloss.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteBoundaryTest {

  private final SiteBoundary site = SiteBoundary.of("https://example.github.io/digest");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "#note",
        "?page=2",
        "people/ada/",
        "../places/",
        "/digest/x/",
        "https://example.github.io/digest/",
        "https://example.github.io/digest",
        "https://example.github.io/digest/a/../b/",
        " https://example.github.io/digest/x"
      })
  void keepsLinksOnSite(String href) {
    assertThat(site.contains(href)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://elsewhere.example/",
        "http://example.github.io/digest/",
        "https://example.github.io/other/",
        "https://example.github.io/digest/../other/",
        "https://example.github.io/digestive/",
        "https://example.github.io.evil/digest/",
        "//evil.example/",
        "\\\\evil.example/",
        "/\\evil.example/",
        "\t//evil.example/",
        "https://example.github.io/digest\\..\\other/",
        "mailto:editor@example.org",
        "https://example.github.io/digest/a b"
      })
  void treatsOtherTargetsAsOffSite(String href) {
    assertThat(site.contains(href)).isFalse();
  }
}
