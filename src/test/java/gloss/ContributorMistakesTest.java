package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.build.IncrementalBuild;
import gloss.check.SiteCheck;
import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes a new contributor makes, each made once: the message says in plain words what is
 * wrong and what to write, at the line and column of the mistake.
 */
class ContributorMistakesTest {
  @TempDir Path dir;

  static final String ARTICLE =
      """
      -- content/articles/talks.md --
      ---
      title: Talks in Geneva
      date: 2024-01-02
      ---
      The delegations met in the old town hall on a cold morning.
      """;

  static final String NOTE_PATH = "content/annotations/talks/2024-01-03-jdoe.md";

  /** An annotation of the article with this front matter (between the --- lines). */
  static String note(String frontMatter) {
    return ARTICLE + "-- " + NOTE_PATH + " --\n---\n" + frontMatter + "---\nA comment.\n";
  }

  List<String> build(String txtar) {
    return TestSite.build(dir, txtar).messages();
  }

  List<String> check(String txtar) throws IOException {
    TestSite.write(dir, txtar);
    return SiteCheck.run(TestSite.layout(dir)).diagnostics().stream()
        .map(Diagnostic::format)
        .toList();
  }

  // ------------------------------------------------------------------ keys

  @Test
  void aMisspeltQuoteKeyIsAWarningAtTheKeyWithTheKeyToUse() {
    assertThat(build(note("author: Jane Doe\ndate: 2024-01-03\nqoute: \"met in Geneva\"\n")))
        .containsExactly(
            NOTE_PATH
                + ":4:1: warning: unknown key 'qoute' in an annotation (did you mean 'quote'?)");
  }

  @Test
  void misspeltKeysOfArticlesEntitiesAndSiteYmlAreWarnedAbout() {
    assertThat(
            build(
                """
                -- content/site.yml --
                title: Test
                base_url: https://example.org/
                link_mention: all
                -- content/articles/talks.md --
                ---
                title: Talks
                date: 2024-01-02
                autors: [Jane Doe]
                persons: [fick]
                ---
                Fick spoke.
                -- content/people/fick.md --
                ---
                name: Nate Fick
                alias: [Fick]
                Wikipedia: https://en.wikipedia.org/wiki/Nate_Fick
                ---
                """))
        .containsExactly(
            "content/articles/talks.md:4:1: warning: unknown key 'autors' in an article (did you"
                + " mean 'authors'?)",
            "content/articles/talks.md:5:1: warning: unknown key 'persons' in an article (did you"
                + " mean 'people'?)",
            "content/people/fick.md:3:1: warning: unknown key 'alias' in an entity (did you mean"
                + " 'aliases'?)",
            "content/people/fick.md:4:1: warning: unknown key 'Wikipedia' in an entity (did you"
                + " mean 'wikipedia'?)",
            "content/site.yml:3:1: warning: unknown key 'link_mention' in site.yml (did you mean"
                + " 'link_mentions'?)");
  }

  @Test
  void aKeyCloseToOneTheFileAlreadyHasIsMeantAndNotWarnedAbout() {
    assertThat(build(note("author: Jane Doe\ndate: 2024-01-03\ndata: extra\n"))).isEmpty();
  }

  @Test
  void checkNotesEveryOtherUnknownKeyOnceWithoutFailingStrict() throws IOException {
    TestSite.write(
        dir,
        ARTICLE.replace("date: 2024-01-02", "date: 2024-01-02\nmood: calm")
            + "-- content/articles/more.md --\n---\ntitle: More\ndate: 2024-01-05\nmood: grim\n"
            + "---\nText.\n");
    var report = SiteCheck.run(TestSite.layout(dir));
    assertThat(report.diagnostics().stream().map(Diagnostic::format))
        .containsExactly(
            "content/articles/more.md:4:7: note: gloss does not read the key 'mood' (in 2 files);"
                + " templates can use it as fields.mood");
    assertThat(report.fails(true)).isFalse();
  }

  @Test
  void aMisspeltKeyFailsCheckUnderStrict() throws IOException {
    TestSite.write(dir, note("author: Jane Doe\ndate: 2024-01-03\nqoute: \"met in Geneva\"\n"));
    assertThat(SiteCheck.run(TestSite.layout(dir)).fails(true)).isTrue();
  }

  // ------------------------------------------------------------------ types

  @Test
  void aListGivenAsTextShowsItWrittenAsAList() {
    assertThat(build(ARTICLE.replace("date: 2024-01-02", "date: 2024-01-02\nauthors: Jane Doe")))
        .containsExactly(
            "content/articles/talks.md:4:10: error: 'authors' must be a list, not the text 'Jane"
                + " Doe'; write it in brackets: authors: [Jane Doe]");
  }

  @Test
  void coordinatesGivenAsTextShowTheListToWrite() {
    assertThat(
            build(
                "-- content/places/geneva.md --\n---\nname: Geneva\n"
                    + "coordinates: \"46.2, 6.1\"\n---\n"))
        .containsExactly(
            "content/places/geneva.md:3:14: error: 'coordinates' must be a list of two numbers,"
                + " not the text '46.2, 6.1'; write it in brackets, without quotes: coordinates:"
                + " [46.2, 6.1]");
  }

  @Test
  void textGivenAsAListSaysToQuoteIt() {
    assertThat(build(ARTICLE.replace("title: Talks in Geneva", "title: [Draft, Talks]")))
        .containsExactly(
            "content/articles/talks.md:2:8: error: 'title' must be text, not a list; quote a value"
                + " that starts with '[': title: \"[…] …\"");
  }

  @Test
  void aWordInsteadOfADateShowsTheForm() {
    assertThat(build(ARTICLE.replace("2024-01-02", "yesterday")))
        .containsExactly(
            "content/articles/talks.md:3:7: error: 'yesterday' is not a date: write it as"
                + " YYYY-MM-DD, like 2025-04-11");
  }

  @Test
  void aDayPastTheEndOfTheMonthSaysHowLongTheMonthIs() {
    assertThat(build(ARTICLE.replace("2024-01-02", "2025-02-30")))
        .containsExactly(
            "content/articles/talks.md:3:7: error: 2025-02-30 is not a date: February 2025 has 28"
                + " days");
  }

  @Test
  void aThirteenthMonthIsNamedAsSuch() {
    assertThat(build(ARTICLE.replace("2024-01-02", "2024-13-01")))
        .containsExactly(
            "content/articles/talks.md:3:7: error: 2024-13-01 is not a date: the month is 13, and"
                + " a year has 12");
  }

  @Test
  void aDateWithoutLeadingZerosShowsItWithThem() {
    assertThat(build(ARTICLE.replace("2024-01-02", "2024-4-1")))
        .containsExactly(
            "content/articles/talks.md:3:7: error: 2024-4-1 is not a date in the form YYYY-MM-DD:"
                + " write the month and day with two digits, 2024-04-01");
  }

  // ------------------------------------------------------------------ one run, every problem

  @Test
  void aBadDateDoesNotHideTheQuoteProblemOfTheSameNote() {
    assertThat(
            build(
                note("author: Jane Doe\ndate: 2024-02-31\nquote: \"met in the new town hall\"\n")))
        .containsExactly(
            NOTE_PATH + ":3:7: error: 2024-02-31 is not a date: February 2024 has 29 days",
            NOTE_PATH
                + ":4:8: error: quote is not in content/articles/talks.md; the closest passage is"
                + " \"met in the old town hall\"");
  }

  @Test
  void anArticleWithABadDateStillHasItsNotesChecked() {
    assertThat(
            build(
                note("author: Jane Doe\ndate: 2024-01-03\nquote: \"met in the new town hall\"\n")
                    .replace("date: 2024-01-02", "date: 2024-01-32")))
        .containsExactly(
            NOTE_PATH
                + ":4:8: error: quote is not in content/articles/talks.md; the closest passage is"
                + " \"met in the old town hall\"",
            "content/articles/talks.md:3:7: error: 2024-01-32 is not a date: January 2024 has 31"
                + " days");
  }

  @Test
  void anAnnotationFolderWithATypoSuggestsTheArticle() {
    assertThat(
            build(
                ARTICLE
                    + "-- content/annotations/tlaks/note.md --\n---\nauthor: A\n"
                    + "date: 2024-01-03\n---\nHi.\n"))
        .containsExactly(
            "content/annotations/tlaks/note.md:1:1: error: annotation folder 'tlaks' names no"
                + " article (there is no articles/tlaks.md) (did you mean 'talks'?)");
  }

  // ------------------------------------------------------------------ quotes

  @Test
  void aQuoteThatOccursSeveralTimesListsEachPlaceOnItsOwnAlignedLine() {
    String article =
        """
        -- content/articles/talks.md --
        ---
        title: Talks
        date: 2024-01-02
        ---
        Officials in Beijing’s ministry spoke first.

        The hosts said Beijing denied it.

        Beijing said more.
        """;
    assertThat(
            build(
                article
                    + "-- "
                    + NOTE_PATH
                    + " --\n---\nauthor: A\ndate: 2024-01-03\n"
                    + "quote: Beijing\n---\nWhich one?\n"))
        .containsExactly(
            NOTE_PATH
                + ":4:8: error: quote occurs 3 times in content/articles/talks.md; add the prefix:"
                + " (or suffix:) shown beside the one you mean\n"
                + "    line 5: Officials in [Beijing]’s ministry spoke first. The hosts said…"
                + "                 prefix: \"in\"\n"
                + "    line 7: …ministry spoke first. The hosts said [Beijing] denied it. Beijing"
                + " said more.  prefix: \"said\"\n"
                + "    line 9: …first. The hosts said Beijing denied it. [Beijing] said more."
                + "                 prefix: \"it.\"");
  }

  @Test
  void aQuoteThatMatchesNothingSuggestsTheWholeClosestPassage() {
    String article =
        """
        -- content/articles/talks.md --
        ---
        title: Talks
        date: 2024-01-02
        ---
        The meeting was led by Nate Fick, along with Wang Lei, a top cyber official with China’s
        Ministry of Foreign Affairs, officials said. Another official with China’s Ministry of
        State Security was not there.
        """;
    assertThat(
            build(
                article
                    + "-- "
                    + NOTE_PATH
                    + " --\n---\nauthor: A\ndate: 2024-01-03\n"
                    + "quote: \"a senior cyber official from China's Ministry of Foreign Affairs\"\n"
                    + "---\nWho?\n"))
        .containsExactly(
            NOTE_PATH
                + ":4:8: error: quote is not in content/articles/talks.md; the closest passage is"
                + " \"a top cyber official with China’s Ministry of Foreign Affairs\"");
  }

  // ------------------------------------------------------------------ YAML in plain words

  @Test
  void anIndentedKeyIsWrongIndentation() {
    assertThat(build(ARTICLE.replace("date: 2024-01-02", "  date: 2024-01-02")))
        .containsExactly(
            "content/articles/talks.md:3:3: error: wrong indentation: 'date:' is indented, so it"
                + " reads as part of the line above; start it at the same column as the other"
                + " keys\n"
                + "    (YAML parser: mapping values are not allowed here)");
  }

  @Test
  void aListItemOutOfLineIsWrongIndentation() {
    assertThat(
            build(
                "-- content/people/fick.md --\n---\nname: Nate Fick\naliases:\n  - Fick\n"
                    + " - Nate\n---\n"))
        .containsExactly(
            "content/people/fick.md:5:2: error: wrong indentation: this line does not line up with"
                + " the ones above it; keys start at the first column, and the items of a list"
                + " ('- …') line up under each other, below a key with nothing after its colon\n"
                + "    (YAML parser: expected <block end>, but found '<block sequence start>',"
                + " while parsing a block mapping)");
  }

  @Test
  void aColonInAnUnquotedValueShowsTheValueQuoted() {
    assertThat(build(note("author: Jane Doe\ndate: 2024-01-03\nquote: Geneva: the talks\n")))
        .containsExactly(
            NOTE_PATH
                + ":4:14: error: a value that contains ': ' must be in quotes: quote: \"Geneva:"
                + " the talks\"\n"
                + "    (YAML parser: mapping values are not allowed here)");
  }

  @Test
  void quotesInsideAQuotedValueShowTheOtherQuoteMarkOutside() {
    assertThat(
            build(note("author: Jane Doe\ndate: 2024-01-03\nquote: \"they \"met\" in Geneva\"\n")))
        .containsExactly(
            NOTE_PATH
                + ":4:15: error: text after a closing quote: a quoted value ends at its closing"
                + " quote; quote the whole value, with the other kind of quote mark outside:"
                + " quote: 'they \"met\" in Geneva'\n"
                + "    (YAML parser: expected <block end>, but found '<scalar>', while parsing a"
                + " block mapping)");
  }

  @Test
  void aValueStartingWithABracketShowsItQuoted() {
    assertThat(build(ARTICLE.replace("title: Talks in Geneva", "title: [Draft] Talks")))
        .containsExactly(
            "content/articles/talks.md:2:16: error: text after a closing ']': a value that starts"
                + " with '[' is read as a list or mapping; put the whole value in quotes: title:"
                + " \"[Draft] Talks\"\n"
                + "    (YAML parser: expected <block end>, but found '<scalar>', while parsing a"
                + " block mapping)");
  }

  @Test
  void aTabIsNamedAndSpacesAreAskedFor() {
    assertThat(build(ARTICLE.replace("date: 2024-01-02", "date:\t2024-01-02")))
        .containsExactly(
            "content/articles/talks.md:3:6: error: a tab character: YAML indents with spaces only;"
                + " replace the tab with spaces\n"
                + "    (YAML parser: found character 'tab' that cannot start any token. (Do not use"
                + " tab for indentation), while scanning for the next token)");
  }

  @Test
  void anUnclosedQuoteIsReportedWhereItOpens() {
    assertThat(build(note("author: Jane Doe\ndate: 2024-01-03\nquote: \"met in Geneva\n")))
        .containsExactly(
            NOTE_PATH
                + ":4:8: error: this quote is never closed: end the value with the same quote mark"
                + " it starts with\n"
                + "    (YAML parser: found unexpected end of stream, while scanning a quoted"
                + " scalar)");
  }

  @Test
  void anUnclosedBracketIsReportedWhereItOpens() {
    assertThat(
            build(
                "-- content/people/fick.md --\n---\naliases: [Fick, Nate\nname: Nate Fick\n---\n"))
        .containsExactly(
            "content/people/fick.md:2:10: error: this '[' is never closed: end it with ']' on the"
                + " same line, or put a text value that starts with '[' in quotes\n"
                + "    (YAML parser: expected ',' or ']', but got :, while parsing a flow"
                + " sequence)");
  }

  @Test
  void aLineWithoutAColonSaysSo() {
    assertThat(build(ARTICLE.replace("date: 2024-01-02", "date: 2024-01-02\nsome words")))
        .containsExactly(
            "content/articles/talks.md:4:1: error: this line is not 'key: value': add ': ' after"
                + " the key, or, if the line continues the value above, put that value in quotes\n"
                + "    (YAML parser: could not find expected ':', while scanning a simple key)");
  }

  @Test
  void aValueStartingWithAnAsteriskOrAtSignShowsItQuoted() {
    assertThat(build(note("author: Jane Doe\ndate: 2024-01-03\nquote: *met* in Geneva\n")))
        .containsExactly(
            NOTE_PATH
                + ":4:8: error: a value that starts with '*' must be in quotes (YAML reads it as a"
                + " reference): quote: \"*met* in Geneva\"\n"
                + "    (YAML parser: unexpected character found *(42), while scanning an alias)");
    assertThat(build(note("author: @jdoe\ndate: 2024-01-03\n")))
        .containsExactly(
            NOTE_PATH
                + ":2:9: error: a value cannot start with '@' unless it is in quotes: author:"
                + " \"@jdoe\"\n"
                + "    (YAML parser: found character '@' that cannot start any token. (Do not use @"
                + " for indentation), while scanning for the next token)");
  }

  @Test
  void buildCheckAndServeWordTheSameMistakeAlike() throws IOException {
    String broken = note("author: Jane Doe\ndate: 2024-01-03\nquote: Geneva: the talks\n");
    List<String> built = build(ARTICLE);
    assertThat(built).isEmpty();
    IncrementalBuild serve = IncrementalBuild.of(TestSite.layout(dir));
    serve.run(new ConcurrentHashMap<String, byte[]>()::put, new Diagnostics());

    TestSite.write(dir, broken);
    serve.changed(dir.resolve(NOTE_PATH));
    Diagnostics served = new Diagnostics();
    serve.run(new ConcurrentHashMap<String, byte[]>()::put, served);
    List<String> fromServe = served.sorted().stream().map(Diagnostic::format).toList();

    assertThat(fromServe)
        .containsExactly(
            NOTE_PATH
                + ":4:14: error: a value that contains ': ' must be in quotes: quote: \"Geneva:"
                + " the talks\"\n"
                + "    (YAML parser: mapping values are not allowed here)")
        .isEqualTo(build(broken))
        .isEqualTo(check(broken));
  }
}
