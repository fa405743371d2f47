package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Atom feeds: valid RFC 4287, carrying the notes, and linked from the pages they follow. */
class FeedsTest {
  static final String BASE = EditionsTest.BASE;

  private static Document feed(TestSite site, String path) {
    return Jsoup.parse(site.text(path), "", Parser.xmlParser());
  }

  private static List<Path> feeds(Path output) throws IOException {
    try (Stream<Path> walk = Files.walk(output)) {
      return walk.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
    }
  }

  @Test
  void everyFeedIsValidAtomByTheSchemaOfRfc4287(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.build(dir, EditionsTest.SITE);
    List<Path> feeds = feeds(site.output());
    assertThat(feeds.stream().map(p -> site.output().relativize(p).toString()))
        .contains(
            "feed.xml",
            "people/ada/feed.xml",
            "authors/bea/feed.xml",
            "tags/computing/feed.xml",
            "editions/feed.xml");
    for (Path feed : feeds) {
      assertThat(AtomSchema.problems(feed)).as(feed.toString()).isEmpty();
    }
  }

  @Test
  void theSchemaCatchesAFeedThatBreaksIt(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("feed.xml");
    Files.writeString(
        broken,
        """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
        <updated>2024-01-02</updated><id>x</id></feed>
        """);
    assertThat(AtomSchema.problems(broken)).hasSize(1);
  }

  @Test
  void everyFeedOfTheSampleDigestIsValidAtom(@TempDir Path dir) throws IOException {
    TestSite.copyTree(Path.of("content"), dir.resolve("content"));
    TestSite site = TestSite.build(dir, "");
    assertThat(site.messages()).isEmpty();
    List<Path> feeds = feeds(site.output());
    assertThat(feeds).hasSizeGreaterThan(20);
    for (Path feed : feeds) {
      assertThat(AtomSchema.problems(feed)).as(feed.toString()).isEmpty();
      List<String> updated =
          feed(site, site.output().relativize(feed).toString())
              .select("entry > updated")
              .eachText();
      assertThat(updated).as(feed.toString()).doesNotHaveDuplicates();
      assertThat(updated).as(feed.toString()).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }
  }

  @Test
  void siteFeedCarriesEachNoteAsAnEntryAndUpdatesItsArticle(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, EditionsTest.SITE);
    Document feed = feed(site, "feed.xml");
    assertThat(feed.select("entry > title").eachText())
        .containsExactly(
            "The Engine",
            "Cy on “The Engine”",
            "Bea on “The Engine”",
            "The Loom",
            "Cy on “The Engine”",
            "Bea on “The Engine”");
    assertThat(feed.select("entry > updated").eachText())
        .containsExactly(
            "2024-01-06T00:00:01Z",
            "2024-01-06T00:00:00Z",
            "2024-01-05T00:00:01Z",
            "2024-01-05T00:00:00Z",
            "2024-01-04T00:00:00Z",
            "2024-01-03T00:00:00Z");
    assertThat(feed.selectFirst("feed > updated").text()).isEqualTo("2024-01-06T00:00:01Z");
    Element engine = feed.select("entry").get(0);
    assertThat(engine.selectFirst("id").text()).isEqualTo(BASE + "articles/engine/");
    assertThat(engine.selectFirst("published").text()).isEqualTo("2024-01-02T00:00:00Z");
    Element note = feed.select("entry").get(5);
    assertThat(note.selectFirst("id").text())
        .isEqualTo(BASE + "articles/engine/#note-2024-01-03-b-patterns");
    assertThat(note.selectFirst("link").attr("href")).isEqualTo(note.selectFirst("id").text());
    assertThat(note.selectFirst("author > name").text()).isEqualTo("Bea");
    Element content = note.selectFirst("content");
    assertThat(content.attr("type")).isEqualTo("html");
    assertThat(content.attr("xml:base")).isEqualTo(BASE + "articles/engine/");
    assertThat(Jsoup.parseBodyFragment(content.text()).text())
        .isEqualTo("weaves algebraic patterns A famous image.");
  }

  @Test
  void entriesKeepTheirIdsWhenNotesArriveAndTheArticleEntryMovesUp(@TempDir Path dir)
      throws IOException {
    TestSite before = TestSite.build(dir, EditionsTest.SITE);
    List<String> idsBefore = feed(before, "feed.xml").select("entry > id").eachText();
    TestSite.write(
        dir,
        """
        -- content/annotations/loom/2024-02-01-d-cards.md --
        ---
        author: Dee
        date: 2024-02-01
        quote: punched cards
        ---
        Jacquard's cards.
        """);
    TestSite after = TestSite.build(dir, "");
    Document feed = feed(after, "feed.xml");
    List<String> idsAfter = feed.select("entry > id").eachText();
    assertThat(idsAfter).containsAll(idsBefore).hasSize(idsBefore.size() + 1);
    assertThat(feed.select("entry > title").eachText().subList(0, 2))
        .containsExactly("The Loom", "Dee on “The Loom”");
    assertThat(feed.select("entry > updated").eachText().subList(0, 2))
        .containsExactly("2024-02-01T00:00:01Z", "2024-02-01T00:00:00Z");
  }

  @Test
  void feedsHoldTheFiftyNewestEntries(@TempDir Path dir) {
    StringBuilder txtar = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      txtar.append(
          """
          -- content/articles/a%d.md --
          ---
          title: Article %d
          date: 2024-03-%02d
          tags: [many]
          ---
          Text.
          """
              .formatted(i, i, 1 + i % 28));
    }
    TestSite site = TestSite.build(dir, txtar.toString());
    for (String path : List.of("feed.xml", "tags/many/feed.xml")) {
      List<String> updated = feed(site, path).select("entry > updated").eachText();
      assertThat(updated).as(path).hasSize(50).doesNotHaveDuplicates();
      assertThat(updated).isSortedAccordingTo((a, b) -> b.compareTo(a));
      assertThat(updated.get(0)).isEqualTo("2024-03-28T00:00:01Z");
      assertThat(updated.get(49)).startsWith("2024-03-04T");
    }
  }

  @Test
  void contributorFeedNamesThemOnceAndCarriesEachPassageAndTheNotesStartAsText(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, EditionsTest.SITE);
    Document feed = feed(site, "authors/bea/feed.xml");
    assertThat(feed.select("feed > author > name").text()).isEqualTo("Bea");
    assertThat(feed.select("feed > author > uri").text()).isEqualTo(BASE + "authors/bea/");
    assertThat(feed.select("entry > author, entry > content")).isEmpty();
    assertThat(feed.select("entry > title").eachText())
        .containsExactly("On “The Engine”", "On “The Engine”");
    assertThat(feed.select("entry > summary").eachText())
        .containsExactly(
            "On “It never ran”: It was never finished.",
            "On “weaves algebraic patterns”: A famous image.");
    // The site's feed keeps each note whole, under its author's name.
    Document all = feed(site, "feed.xml");
    assertThat(all.select("feed > author > name").text()).isEqualTo("Test Digest");
    assertThat(all.select("entry:has(author) > content")).hasSize(4);
  }

  @Test
  void anEntityFeedEntrySummarisesADocumentWithTheSentenceOfItsFirstMention(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, EditionsTest.SITE);
    Element engine =
        feed(site, "people/ada/feed.xml").select("entry").stream()
            .filter(e -> e.selectFirst("title").text().equals("The Engine"))
            .findFirst()
            .orElseThrow();
    assertThat(engine.select("summary").eachText())
        .containsExactly("Ada wrote notes on the engine.");
    assertThat(engine.select("content")).isEmpty();
    assertThat(engine.select("published")).as("its updated says the day").isEmpty();
    assertThat(engine.selectFirst("updated").text()).startsWith("2024-01-02T");
  }

  @Test
  void entityContributorTagAndEditionFeedsFollowTheirSubject(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, EditionsTest.SITE);
    assertThat(feed(site, "people/ada/feed.xml").select("entry > title").eachText())
        .contains("The Engine");
    assertThat(feed(site, "people/ada/feed.xml").selectFirst("feed > id").text())
        .isEqualTo(BASE + "people/ada/");
    assertThat(feed(site, "authors/bea/feed.xml").select("entry > id").eachText())
        .containsExactly(
            BASE + "articles/engine/#note-2024-01-05-b-ran",
            BASE + "articles/engine/#note-2024-01-03-b-patterns");
    assertThat(feed(site, "tags/computing/feed.xml").select("entry > title").eachText())
        .containsExactly("The Engine");
    Document editions = feed(site, "editions/feed.xml");
    assertThat(editions.select("entry > title").eachText())
        .containsExactly("The second week", "The first week");
    assertThat(editions.select("entry > id").eachText())
        .containsExactly(BASE + "editions/second/", BASE + "editions/first/");
    assertThat(Jsoup.parseBodyFragment(editions.select("entry > content").get(1).text()).text())
        .isEqualTo("Two machines this week. Ada saw what the engine could do.");
  }

  @Test
  void eachFollowablePageLinksItsFeedInItsHeadAndAsAFollowLink(@TempDir Path dir) {
    TestSite site = TestSite.build(dir, EditionsTest.SITE);
    Map<String, String> feedOf = new LinkedHashMap<>();
    feedOf.put("index.html", "feed.xml");
    feedOf.put("people/ada/index.html", "../../people/ada/feed.xml");
    feedOf.put("authors/bea/index.html", "../../authors/bea/feed.xml");
    feedOf.put("tags/computing/index.html", "../../tags/computing/feed.xml");
    feedOf.put("editions/index.html", "../editions/feed.xml");
    feedOf.put("editions/first/index.html", "../../editions/feed.xml");
    feedOf.forEach(
        (path, feed) -> {
          Document page = site.html(path);
          assertThat(page.select("head link[rel=alternate][type=application/atom+xml]"))
              .as(path)
              .extracting(e -> e.attr("href"))
              .contains(feed);
          Element follow = page.selectFirst("p.follow a");
          assertThat(follow).as(path).isNotNull();
          assertThat(follow.text()).as(path).startsWith("Follow");
          assertThat(follow.attr("href")).as(path).isEqualTo(feed);
        });
    assertThat(site.html("articles/engine/index.html").select("p.follow")).isEmpty();
  }
}
