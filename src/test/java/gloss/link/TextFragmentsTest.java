package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFragmentsTest {

  @Test
  void appendsATextDirectiveAndDropsAnExistingFragment() {
    assertThat(
            TextFragments.link("https://example.com/news?id=3#comments", null, "hello world", null))
        .isEqualTo("https://example.com/news?id=3#:~:text=hello%20world");
  }

  @Test
  void percentEncodesTheDirectiveDelimitersInsideTerms() {
    assertThat(TextFragments.link("https://example.com/a", "", "state-run, cash & carry", ""))
        .isEqualTo("https://example.com/a#:~:text=state%2Drun%2C%20cash%20%26%20carry");
  }

  @Test
  void percentEncodesNonAsciiAsUtf8() {
    assertThat(
            TextFragments.link(
                "https://example.com/a", null, "caf\u00E9 \u00FCber \u201Cquoted\u201D", null))
        .isEqualTo(
            "https://example.com/a#:~:text=caf%C3%A9%20%C3%BCber%20%E2%80%9Cquoted%E2%80%9D");
  }

  @Test
  void leavesOnlyUnreservedCharactersUnencoded() {
    assertThat(TextFragments.encode("Az09._~-!*'()#%+/:;=?@[]"))
        .isEqualTo("Az09._~%2D%21%2A%27%28%29%23%25%2B%2F%3A%3B%3D%3F%40%5B%5D");
  }

  @Test
  void usesAtMostThreeWholeWordsOfContextOnEachSide() {
    String link =
        TextFragments.link(
            "https://example.com/a",
            "ngs, officials said that the mayor ",
            "cut the budget",
            " by 5% next year, aides");

    assertThat(link)
        .isEqualTo(
            "https://example.com/a#:~:text=that%20the%20mayor-,cut%20the%20budget,"
                + "-by%205%25%20next");
  }

  @Test
  void dropsAContextWordThatMayBeCutShort() {
    assertThat(TextFragments.link("https://example.com/a", "mayor", "cut", "bud"))
        .isEqualTo("https://example.com/a#:~:text=cut");
    assertThat(TextFragments.link("https://example.com/a", " the mayor", "cut", "the budget "))
        .isEqualTo("https://example.com/a#:~:text=the%20mayor-,cut,-the%20budget");
  }

  @Test
  void collapsesWhiteSpaceAndInvisibleCharactersInTheTerms() {
    assertThat(
            TextFragments.link(
                "https://example.com/a", null, "  ten\u00A0thousand  extra\u00ADordinary ", null))
        .isEqualTo("https://example.com/a#:~:text=ten%20thousand%20extraordinary");
  }

  @Test
  void sendsAPassageAcrossALineBreakAsARangeOfItsFirstAndLastLines() {
    assertThat(
            TextFragments.link(
                "https://example.com/a",
                " said:",
                "We will rebuild the whole town.\n\nIt"
                    + " will take years, and it will cost more than anyone admits.",
                ""))
        .isEqualTo(
            "https://example.com/a#:~:text=said%3A-,We%20will%20rebuild%20the,"
                + "more%20than%20anyone%20admits.");
  }

  @Test
  void sendsAVeryLongPassageAsARange() {
    String passage = "word ".repeat(70) + "final words end here";
    String link = TextFragments.link("https://example.com/a", null, passage, null);

    assertThat(link)
        .isEqualTo(
            "https://example.com/a#:~:text=word%20word%20word%20word,final%20words%20end%20here");
  }

  @Test
  void givesTheBareUrlForABlankPassage() {
    assertThat(TextFragments.link("https://example.com/a#x", "a ", " \n", " b"))
        .isEqualTo("https://example.com/a");
  }

  @Test
  void producesAValidUriWhoseTermsDecodeBackToTheText() {
    String exact = "10% of \u00E9lus \u2014 \"yes\", no & maybe-so";
    String link = TextFragments.link("https://example.com/a", null, exact, null);

    URI uri = URI.create(link);
    String directive = uri.getRawFragment().substring(":~:text=".length());
    assertThat(directive).doesNotContain(",", "-", "&", " ");
    assertThat(URLDecoder.decode(directive, StandardCharsets.UTF_8)).isEqualTo(exact);
  }
}
