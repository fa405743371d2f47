package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.check.SiteCheck;
import gloss.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every id appears once on its page, however contributors name their notes and headings. */
class PageIdsTest {

  /** Two articles, each with a note named "context" by the same author, with headings in it. */
  static final String SAME_NOTE_NAME_ON_TWO_ARTICLES =
      """
      -- content/articles/first.md --
      ---
      title: First
      date: 2024-01-02
      ---
      ## Background

      The first text.
      -- content/articles/second.md --
      ---
      title: Second
      date: 2024-01-03
      ---
      The second text.
      -- content/annotations/first/context.md --
      ---
      author: Ada Lovelace
      github: ada
      date: 2024-01-04
      quote: "first text"
      ---
      ## Background

      See [below](#background) and the [article](#article-title).

      ## Commentary heading

      More.
      -- content/annotations/second/context.md --
      ---
      author: Ada Lovelace
      github: ada
      date: 2024-01-05
      ---
      ## Background

      Again.
      """;

  private static List<String> duplicateIds(Document page) {
    Set<String> seen = new HashSet<>();
    return page.select("[id]").stream().map(Element::id).filter(id -> !seen.add(id)).toList();
  }

  @Test
  void notesOfTheSameNameOnTwoArticlesHaveDistinctIdsOnTheirAuthorsPage(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SAME_NOTE_NAME_ON_TWO_ARTICLES);
    Document author = site.html("authors/ada/index.html");

    assertThat(duplicateIds(author)).isEmpty();
    // Each note links to its own place on its article page.
    assertThat(author.select(".note-list .note-meta a").eachAttr("href"))
        .containsExactly(
            "../../articles/second/index.html#note-context",
            "../../articles/first/index.html#note-context");
  }

  @Test
  void headingsInsideANoteCarryTheNotesName(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, SAME_NOTE_NAME_ON_TWO_ARTICLES);
    Document article = site.html("articles/first/index.html");

    assertThat(duplicateIds(article)).isEmpty();
    assertThat(article.select(".article-body h2").attr("id")).isEqualTo("background");
    Element body = article.selectFirst("#note-context .note-body");
    assertThat(body.select("h2").eachAttr("id"))
        .containsExactly("context-background", "context-commentary-heading");
    // A link to the note's own heading follows it; one to the page's heading is left alone.
    assertThat(body.select("a").eachAttr("href"))
        .containsExactly("#context-background", "#article-title");
  }

  @Test
  void checkFailsOnAnIdThatAppearsTwiceOnAPage(@TempDir Path dir) throws IOException {
    TestSite.write(
        dir,
        """
        -- content/articles/a.md --
        ---
        title: A
        date: 2024-01-02
        ---
        ## Article title

        A heading whose id the theme uses for the page title.
        """);
    List<String> messages =
        SiteCheck.run(TestSite.layout(dir)).diagnostics().stream().map(Diagnostic::format).toList();
    assertThat(messages)
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .startsWith("site-output/articles/a/index.html:")
                    .endsWith(
                        ": error: duplicate id 'article-title': another element of the page has it"
                            + " already, and ids must be unique so that links and labels find one"
                            + " element"));
  }
}
