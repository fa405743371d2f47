package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader finds on entity, index, contributor and error pages of the default theme, read from
 * the built HTML: the fact box, the timeline of mentions, the maps, replies under their parent, the
 * 404 page's ways on. (Layout and accessibility in a browser: {@code gloss.browser.ReaderPagesIT}.)
 */
class ReaderPagesTest {
  @TempDir static Path dir;
  static TestSite site;

  @BeforeAll
  static void build() {
    site = TestSite.build(dir, ReaderFixture.txtar());
    assertThat(site.messages()).isEmpty();
  }

  @Test
  void wikidataGivenAsItsPageAddressIsLinkedOnThePageAndInTheLinkedDataAlike() {
    Document geneva = site.html("places/geneva/index.html");
    assertThat(geneva.select(".facts div:has(dt:containsOwn(Elsewhere)) a").eachAttr("href"))
        .containsExactly(
            "https://en.wikipedia.org/wiki/Geneva", "https://www.wikidata.org/wiki/Q71");
    assertThat(geneva.select("script[type=application/ld+json]").html())
        .containsPattern("\"sameAs\":\\s*\\[\\s*\"https://www.wikidata.org/wiki/Q71\"");
    Document ada = site.html("people/ada-lovelace/index.html");
    assertThat(ada.select(".facts div:has(dt:containsOwn(Elsewhere)) a").eachAttr("href"))
        .containsExactly("https://www.wikidata.org/wiki/Q7259");
  }

  @Test
  void factBoxShowsOnlyTheFieldsThatAreSet() {
    assertThat(site.html("places/geneva/index.html").select(".facts dt").eachText())
        .containsExactly("Type", "Country", "Coordinates", "Elsewhere", "Mentions");
    assertThat(site.html("places/northport/index.html").select(".facts dt").eachText())
        .containsExactly("Type", "Mentions");
    Document ada = site.html("people/ada-lovelace/index.html");
    assertThat(ada.select(".entity-header .dek").text()).isEqualTo("Chair of the harbour talks");
  }

  @Test
  void timelineBarsCountWhatTheBacklinksListHoldsForEachMonth() {
    Document first = site.html("places/geneva/index.html");
    Document second = site.html("places/geneva/page/2/index.html");
    Map<String, Integer> listed = new HashMap<>();
    Map<String, String> pageOfMonth = new HashMap<>();
    for (Document page : List.of(first, second)) {
      for (Element month : page.select(".backlinks-month")) {
        String id = month.selectFirst("h3").id();
        // An article listed only for the notes under it is not a text that mentions.
        listed.merge(
            id,
            month.select("ol.backlinks > li:not(.backlink-notes-only), .backlink-note").size(),
            Integer::sum);
        pageOfMonth.putIfAbsent(id, page == first ? "" : "page/2/index.html");
      }
    }
    List<Element> bars = first.select(".timeline-chart a");
    assertThat(bars).isNotEmpty();
    int documents = 0;
    List<String> months = new ArrayList<>();
    for (Element bar : bars) {
      String id = bar.attr("href").substring(bar.attr("href").indexOf('#') + 1);
      months.add(id);
      Matcher said =
          Pattern.compile("^\\w+ \\d{4}: \\d+ mentions? in (\\d+) texts?$")
              .matcher(bar.selectFirst("title").text());
      assertThat(said.matches()).as(bar.selectFirst("title").text()).isTrue();
      int count = Integer.parseInt(said.group(1));
      assertThat(listed.get(id)).as("backlinks listed under %s", id).isEqualTo(count);
      assertThat(bar.attr("href"))
          .as("bar of %s links to its first page", id)
          .isEqualTo(pageOfMonth.get(id) + "#" + id);
      documents += count;
    }
    assertThat(months).containsExactlyInAnyOrderElementsOf(listed.keySet());
    assertThat(documents)
        .isEqualTo(ReaderFixture.DATED_ARTICLES + 2); // and the harbour article's note
  }

  @Test
  void laterPagesOfAnEntityListItsMentionsAndLeaveTheRestToTheFirstPage() {
    Document first = site.html("places/geneva/index.html");
    Document second = site.html("places/geneva/page/2/index.html");
    assertThat(first.select(".timeline, .infobox, .description, .appears-with")).hasSize(4);
    assertThat(second.select(".timeline, .infobox, .map, .description, .appears-with"))
        .as("shown once, on the first page")
        .isEmpty();
    assertThat(second.select("h1").text()).isEqualTo("Geneva");
    assertThat(second.select("ol.backlinks > li")).isNotEmpty();
    Element toFirst = second.selectFirst(".backlinks-section > .meta a");
    assertThat(toFirst.text()).isEqualTo("the first page");
    assertThat(toFirst.attr("href")).isEqualTo("../../../../places/geneva/index.html");
  }

  @Test
  void placesIndexMapsEveryPlaceWithCoordinatesAndListsTheOthersUnderIt() {
    Document index = site.html("places/index.html");
    assertThat(index.select("svg.map-chart a.map-dot").eachAttr("href"))
        .containsExactlyInAnyOrder("../places/geneva/index.html", "../places/lima/index.html");
    assertThat(index.select("svg.map-chart a.map-dot > title").eachText())
        .allMatch(l -> l.matches("(Geneva|Lima): \\d+ mentions?"));
    assertThat(index.select(".unmapped .entity-list a").eachText()).containsExactly("Northport");
    assertThat(site.html("people/index.html").select(".map")).isEmpty();
  }

  @Test
  void placeWithCoordinatesHasALocatorMapAndOneWithoutHasNone() {
    Element map = site.html("places/lima/index.html").selectFirst(".map-locator svg");
    assertThat(map).isNotNull();
    assertThat(map.select("circle.map-here")).hasSize(1);
    assertThat(map.select("path.map-land").attr("d")).startsWith("M");
    assertThat(site.html("places/northport/index.html").select(".map")).isEmpty();
  }

  @Test
  void contributorPageShowsAReplyWithWhomItAnswersAndThePassageAndLinksToItselfNowhere() {
    Document patel = site.html("authors/rpatel/index.html");
    Element reply = patel.selectFirst(".note-list > li:contains(replying to)");
    assertThat(reply.select(".note-meta").text())
        .endsWith("replying to Maria Lindqvist on Harbour talks resume after a long winter");
    assertThat(reply.select(".note-quote").text())
        .isEqualTo("cover dredging, berth fees and the shared pilot service");
    assertThat(reply.select("p:last-child").text())
        .isEqualTo("The survey was paid for by Southby alone.");
    assertThat(patel.select("a:containsOwn(All notes by Ravi Patel)")).isEmpty();
    assertThat(site.html(ReaderFixture.HARBOUR).select("a:containsOwn(All notes by Ravi Patel)"))
        .isNotEmpty();
  }

  @Test
  void aLongNoteShowsOnItsContributorsPageAsItsFirstSentenceAsText() {
    Element note = site.html("authors/mlindqvist/index.html").selectFirst(".note-list > li");
    assertThat(note.select("p:last-child").text())
        .isEqualTo(
            "Dredging is the expensive item: the channel has silted up since the last survey, and"
                + " neither town budgeted for it this year.");
    assertThat(note.select("p:last-child *")).isEmpty();
    assertThat(site.html(ReaderFixture.HARBOUR).select("#note-2025-03-03-agenda .note-body p"))
        .hasSizeGreaterThan(1);
  }

  @Test
  void notFoundPageOffersSearchAndTheIndexes() {
    Document page = site.html("404.html");
    Element form = page.selectFirst("main form[role=search]");
    assertThat(form.attr("action")).isEqualTo("/digest/search/index.html");
    assertThat(form.select("input[name=q]")).hasSize(1);
    assertThat(page.select("main .link-list a").eachAttr("href"))
        .contains(
            "/digest/index.html",
            "/digest/people/index.html",
            "/digest/places/index.html",
            "/digest/authors/index.html");
  }
}
