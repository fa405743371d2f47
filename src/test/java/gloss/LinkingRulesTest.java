package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-linking rules as an editor meets them: names inside longer names do not link, editors
 * link or unlink one mention in plain Markdown, and ignore_names and no_link silence a name.
 */
class LinkingRulesTest {

  /** The sample digest's entities that the first table of issue 11 linked wrongly. */
  static final String ENTITIES =
      """
      -- content/people/wang-lei.md --
      ---
      name: Wang Lei
      aliases: [Wang]
      ---
      -- content/people/donald-trump.md --
      ---
      name: Donald Trump
      aliases: [Trump, President Trump]
      ---
      -- content/people/kamala-harris.md --
      ---
      name: Kamala Harris
      aliases: [Harris]
      ---
      -- content/places/united-states.md --
      ---
      name: United States
      aliases: [US, America]
      ---
      -- content/places/china.md --
      ---
      name: China
      ---
      -- content/places/beijing.md --
      ---
      name: Beijing
      ---
      -- content/places/taiwan.md --
      ---
      name: Taiwan
      ---
      -- content/organizations/mfa-china.md --
      ---
      name: China's Ministry of Foreign Affairs
      aliases: [Foreign Ministry]
      ---
      """;

  static Element body(TestSite site) {
    return site.html("articles/a/index.html").selectFirst(".article-body");
  }

  @Test
  void namesInsideLongerNamesDoNotLink(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + """
                -- content/articles/a.md --
                ---
                title: A
                date: 2025-01-01
                ---
                Body.
                -- content/annotations/a/note.md --
                ---
                author: Ann
                date: 2025-01-02
                ---
                Wang Yi, China's top diplomat, met Melania Trump. Officials from Latin America and
                reporters from Voice of America sailed the South China Sea. Japan's Foreign Ministry
                and Harris County officials declined to comment.
                """);
    assertThat(site.messages()).isEmpty();
    Document page = site.html("articles/a/index.html");
    assertThat(MentionMarkup.entitiesIn(page)).containsExactly("places/china");
  }

  @Test
  void titlesPossessivesAndNeighbouringNamesStillLink(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + """
                -- content/site.yml --
                title: T
                base_url: https://example.org/
                link_mentions: all
                -- content/articles/a.md --
                ---
                title: A
                date: 2025-01-01
                ---
                Sen. Harris and Mr. Wang met in Beijing. US President Trump spoke to China's
                Foreign Ministry about US-China ties. When Trump spoke, Harris listened.
                """);
    assertThat(site.messages()).isEmpty();
    assertThat(body(site).select(".mention").eachText())
        .containsExactly(
            "Harris",
            "Wang",
            "Beijing",
            "US",
            "President Trump",
            "China",
            "Foreign Ministry",
            "US",
            "China",
            "Trump",
            "Harris");
  }

  @Test
  void explicitLinksChooseTheEntityAndKeepTheText(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + """
                -- content/articles/a.md --
                ---
                title: A
                date: 2025-01-01
                ---
                [Beijing](@china) denied it; [the island](@places/taiwan) did not. The
                [Trump Tower](@-) lobby was empty, and [Beijing](@-) too.
                -- content/annotations/a/note.md --
                ---
                author: Ann
                date: 2025-01-02
                quote: "Beijing denied it; the island did not"
                ---
                Fine.
                """);
    assertThat(site.messages()).isEmpty();
    Element body = body(site);
    assertThat(body.text())
        .isEqualTo(
            "Beijing denied it; the island did not. The Trump Tower lobby was empty, and Beijing"
                + " too.");
    assertThat(MentionMarkup.entitiesIn(body)).containsExactly("places/china", "places/taiwan");
    assertThat(body.selectFirst(".mention").attr("href")).endsWith("places/china/index.html");
    assertThat(body.select("a[href^=@]")).isEmpty();
    assertThat(site.html("places/china/index.html").text()).contains("denied it");
  }

  @Test
  void explicitLinkToAnUnknownPageIsAnErrorAtItsPlace(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + """
                -- content/articles/a.md --
                ---
                title: A
                date: 2025-01-01
                ---
                First line.
                Then [Beijing](@chna) said so.
                """);
    assertThat(site.messages())
        .containsExactly(
            "content/articles/a.md:6:16: error: '@chna' is not an entity page; write @slug or"
                + " @kind/slug of a page, or @- for no link (did you mean '@china'?)");
  }

  @Test
  void ignoreNamesHideAliasesInsideThem(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + """
                -- content/site.yml --
                title: T
                base_url: https://example.org/
                link_mentions: all
                ignore_names: ["Harris Teeter", "America"]
                -- content/articles/a.md --
                ---
                title: A
                date: 2025-01-01
                no_link: [Trump]
                ---
                Harris Teeter, a grocer, is not Harris. America is not linked; Trump is not
                here, but Donald Trump is.
                """);
    assertThat(site.messages()).isEmpty();
    assertThat(body(site).select(".mention").eachText()).containsExactly("Harris", "Donald Trump");
  }

  @Test
  void titlesComeFromSiteYml(@TempDir Path dir) {
    TestSite site =
        TestSite.build(
            dir,
            ENTITIES
                + """
                -- content/site.yml --
                title: T
                base_url: https://example.org/
                link_mentions: all
                titles: [Presidente]
                -- content/articles/a.md --
                ---
                title: A
                date: 2025-01-01
                ---
                Presidente Harris spoke; later Senator Harris did.
                """);
    assertThat(site.messages()).isEmpty();
    assertThat(body(site).select(".mention").eachText()).containsExactly("Harris");
    assertThat(body(site).text()).contains("Senator Harris did");
  }

  @Test
  void checkPointsAtANameLeftUnlinkedNextToACapitalisedWord(@TempDir Path dir) throws Exception {
    TestSite.write(
        dir,
        ENTITIES
            + """
            -- content/articles/a.md --
            ---
            title: A
            date: 2025-01-01
            ---
            Harris said so.
            Officials in Harris County did not.
            """);
    List<String> warnings =
        gloss.check.SiteCheck.run(TestSite.layout(dir)).diagnostics().stream()
            .filter(d -> d.message().contains("Harris"))
            .map(d -> d.format())
            .toList();
    assertThat(warnings)
        .containsExactly(
            "content/articles/a.md:6:14: warning: 'Harris' is not linked to Kamala Harris: it reads"
                + " as part of the longer name 'Harris County'; if it does mean Kamala Harris, write"
                + " [Harris](@kamala-harris), or list the longer name under ignore_names in site.yml"
                + " to silence this\n    Officials in Harris County did not.");
  }
}
