package gloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.SiteBuild;
import gloss.TestSite;
import gloss.model.Placeholders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  private static final String SITE =
      """
      -- content/people/ada.md --
      ---
      name: Ada Lovelace
      aliases: [Ada, Countess of Lovelace]
      ---
      A mathematician.
      -- content/articles/engine.md --
      ---
      title: The Engine
      date: 2024-01-02
      ---
      Ada Lovelace wrote notes on the *Analytical Engine* for a translation of an Italian paper, and
      the notes ran longer than the paper itself.
      """;

  private static CheckCommandTest.Run gloss(Path dir, String... args) {
    return CheckCommandTest.gloss(
        Stream.concat(Stream.of(args), Stream.of("--content", dir.resolve("content").toString()))
            .toArray(String[]::new));
  }

  @Test
  void scaffoldedAnnotationBuildsAndAppearsOnItsPassage(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE);
    var run =
        gloss(
            dir,
            "new",
            "annotation",
            "--article",
            "engine",
            "--author",
            "Grace \"Amazing\" Hopper",
            "--github",
            "GHopper",
            "--quote",
            "notes on the Analytical  Engine",
            "--date",
            "2024-02-03");
    assertThat(run.exit()).as(run.err()).isZero();
    Path file = dir.resolve("content/annotations/engine/2024-02-03-ghopper.md");
    assertThat(run.out()).startsWith("wrote " + file + "\n");
    assertThat(Files.readString(file))
        .isEqualTo(
            """
            ---
            author: "Grace \\"Amazing\\" Hopper"
            github: GHopper
            date: 2024-02-03
            quote: "notes on the Analytical  Engine"
            ---
            """
                + Placeholders.ANNOTATION
                + "\n");

    var result = SiteBuild.build(TestSite.layout(dir));
    assertThat(result.diagnostics()).isEmpty();
    Document page = TestSite.build(dir, "").html("articles/engine/index.html");
    assertThat(page.select("#note-2024-02-03-ghopper .note-author").text())
        .isEqualTo("Grace \"Amazing\" Hopper");
    assertThat(page.select("#passage-2024-02-03-ghopper")).hasSize(1);
    assertThat(page.select("mark[data-annotation=2024-02-03-ghopper]").eachText())
        .containsExactly("notes on the", "Analytical Engine");

    var again =
        gloss(
            dir,
            "new",
            "annotation",
            "--article",
            "engine",
            "--author",
            "Grace Hopper",
            "--github",
            "ghopper",
            "--date",
            "2024-02-03");
    assertThat(again.exit()).isZero();
    assertThat(dir.resolve("content/annotations/engine/2024-02-03-ghopper-2.md")).isRegularFile();
  }

  @Test
  void aQuoteNotInTheArticleWritesNothingAndSuggestsAPassage(@TempDir Path dir) {
    TestSite.write(dir, SITE);
    var run =
        gloss(
            dir,
            "new",
            "annotation",
            "--article",
            "engine",
            "--author",
            "Grace Hopper",
            "--quote",
            "notes on the Difference Engine",
            "--date",
            "2024-02-03");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "gloss new: the quote is not in "
                + dir
                + "/content/articles/engine.md; "
                + "the nearest passage is \"notes on the Analytical Engine\"")
        .endsWith("nothing was written\n");
    assertThat(dir.resolve("content/annotations")).doesNotExist();
  }

  @Test
  void anUnknownArticleWritesNothingAndListsTheArticles(@TempDir Path dir) {
    TestSite.write(dir, SITE);
    var run = gloss(dir, "new", "annotation", "--article", "engin", "--author", "Grace Hopper");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("there is no article 'engin'", "the articles are: engine");
    assertThat(dir.resolve("content/annotations")).doesNotExist();
  }

  @Test
  void newPersonWritesItsFileAndRefusesATakenName(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE);
    var run = gloss(dir, "new", "person", "Charles Babbage", "--alias", "Babbage");
    assertThat(run.exit()).as(run.err()).isZero();
    Path file = dir.resolve("content/people/charles-babbage.md");
    assertThat(Files.readString(file))
        .startsWith(
            """
        ---
        name: "Charles Babbage"
        aliases: ["Babbage"]
        # role:""");

    var taken = gloss(dir, "new", "place", "Lovelace", "--alias", "Ada");
    assertThat(taken.exit()).isEqualTo(1);
    assertThat(taken.err())
        .contains(
            "'Ada' is already the name or an alias of people/ada ("
                + dir
                + "/content/people/ada.md)");
    assertThat(dir.resolve("content/places")).doesNotExist();

    var again = gloss(dir, "new", "person", "Charles Babbage");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err())
        .contains("'Charles Babbage' is already the name or an alias of people/charles-babbage");

    assertThat(gloss(dir, "new", "organization", "Royal Society").exit()).isZero();
    assertThat(dir.resolve("content/organizations/royal-society.md")).isRegularFile();
  }

  @Test
  void newEditionListsTheArticlesSinceTheLastEditionAndBuilds(@TempDir Path dir) throws Exception {
    TestSite.write(
        dir,
        SITE
            + """
            -- content/articles/loom.md --
            ---
            title: The Loom
            date: 2024-01-09
            ---
            A loom.
            -- content/articles/cards.md --
            ---
            title: Cards
            date: 2024-01-12
            ---
            Cards.
            -- content/articles/later.md --
            ---
            title: Later
            date: 2024-01-20
            ---
            Later.
            -- content/editions/2024-01-07.md --
            ---
            title: First
            date: 2024-01-07
            articles: [engine]
            ---
            The first.
            """);
    var run = gloss(dir, "new", "edition", "--date", "2024-01-14");
    assertThat(run.exit()).as(run.err()).isZero();
    Path file = dir.resolve("content/editions/2024-01-14.md");
    assertThat(run.out()).startsWith("wrote " + file + "\n");
    assertThat(Files.readString(file))
        .isEqualTo(
            """
            ---
            title: "Edition of 2024-01-14"
            date: 2024-01-14
            # summary: "one sentence for the index, the feed and the e-mail preview"
            articles: ["cards", "loom"]
            ---
            """
                + Placeholders.EDITION
                + "\n");
    TestSite site = TestSite.build(dir, "");
    assertThat(site.messages()).isEmpty();
    assertThat(site.html("editions/2024-01-14/index.html").select(".article-card h3").eachText())
        .containsExactly("Cards", "The Loom");
    var check = CheckCommandTest.gloss("check", "--content", dir.resolve("content").toString());
    assertThat(check.out() + check.err())
        .contains(
            "content/editions/2024-01-14.md:7:1: warning: the editor's note is still the"
                + " placeholder written by 'gloss new edition'; replace it");

    var again = gloss(dir, "new", "edition", "--date", "2024-01-14");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("2024-01-14.md already exists");
  }

  @Test
  void newEditionSinceAGivenDayAndRefusesWhenNothingIsNew(@TempDir Path dir) throws Exception {
    TestSite.write(dir, SITE);
    var none = gloss(dir, "new", "edition", "--date", "2024-01-10", "--since", "2024-01-02");
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err())
        .isEqualTo(
            "gloss new: no article is dated after 2024-01-02 and on or before 2024-01-10; give"
                + " an earlier --since\nnothing was written\n");
    var run = gloss(dir, "new", "edition", "--date", "2024-01-10", "--since", "2024-01-01");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("content/editions/2024-01-10.md")))
        .contains("articles: [\"engine\"]");
  }
}
