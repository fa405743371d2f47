package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every content mistake is reported as one line, {@code path:line:col: error: message}, pointing at
 * the real line of the file (the opening {@code ---} is line 1), and the build is not published.
 */
class BadInputTest {
  @TempDir Path dir;

  static final String ARTICLE =
      """
      -- content/articles/a.md --
      ---
      title: A
      date: 2024-01-02
      ---
      Text.
      """;

  /** Builds the fixture and returns its diagnostics in printed form. */
  List<String> build(String txtar) {
    TestSite site = TestSite.build(dir, txtar);
    if (site.result().hasErrors()) {
      assertThat(site.result().published()).as("a failed build is not published").isFalse();
      assertThat(site.output()).doesNotExist();
    }
    return site.messages();
  }

  @Test
  void refusesControlCharactersInFrontMatterAtTheValue() {
    assertThat(
            build(
                "-- content/articles/a.md --\n---\ntitle: \"Ring \\a the \\e[5mbell\\0\"\n"
                    + "date: 2024-01-02\n---\nText.\n"))
        .containsExactly(
            "content/articles/a.md:2:8: error: 'title' contains the control character U+0007;"
                + " remove it (only tabs and line breaks may appear in values)");
  }

  @Test
  void codePointsThatXmlAndHtmlForbidNeverReachTheSite() throws Exception {
    TestSite site =
        TestSite.build(
            dir,
            "-- content/articles/a.md --\n---\ntitle: \"Odd \\uFFFE title \\uFDD0\"\n"
                + "summary: \"Sum\\uFFFFmary\"\ndate: 2024-01-02\n---\n"
                + "Bell \u0007, escape \u001b[31m, nul \u0000 and \u0085 in the body.\n");
    assertThat(site.messages()).isEmpty();
    javax.xml.parsers.DocumentBuilderFactory factory =
        javax.xml.parsers.DocumentBuilderFactory.newInstance();
    org.w3c.dom.Document feed =
        factory.newDocumentBuilder().parse(site.output().resolve("feed.xml").toFile());
    assertThat(feed.getElementsByTagName("title").item(1).getTextContent())
        .isEqualTo("Odd  title ");
    // CommonMark itself turns NUL into U+FFFD; the other controls are dropped.
    assertThat(site.html("articles/a/index.html").select("article p").text())
        .contains("Bell , escape [31m, nul \uFFFD and in the body.");
    try (Stream<Path> files = Files.walk(site.output())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text.codePoints().filter(BadInputTest::forbiddenInHtmlOrXml).boxed().toList())
            .as("forbidden code points in %s", site.output().relativize(file))
            .isEmpty();
        assertThat(text).doesNotContain("&#x7;", "&#x1b;", "&#x85;");
      }
    }
  }

  /** C0 controls but tab, LF, CR; DEL and C1; U+FFFE/FFFF and the other noncharacters. */
  static boolean forbiddenInHtmlOrXml(int cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
        || (cp >= 0x7F && cp <= 0x9F)
        || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE;
  }

  @Test
  void reportsInvalidYamlAtItsLineAndColumnInTheFile() {
    assertThat(
            build(
                """
                -- content/articles/a.md --
                ---
                title: A
                date: 2024-01-02
                summary: Geneva: the talks
                ---
                Text.
                """))
        .containsExactly(
            "content/articles/a.md:4:16: error: a value that contains ': ' must be in quotes:"
                + " summary: \"Geneva: the talks\"\n"
                + "    (YAML parser: mapping values are not allowed here)");
  }

  @Test
  void reportsAnUnclosedQuoteWhereItOpens() {
    assertThat(
            build(
                """
                -- content/articles/a.md --
                ---
                title: "A
                date: 2024-01-02
                ---
                Text.
                """))
        .containsExactly(
            "content/articles/a.md:2:8: error: this quote is never closed: end the value with the"
                + " same quote mark it starts with\n"
                + "    (YAML parser: found unexpected end of stream, while scanning a quoted scalar)");
  }

  @Test
  void reportsAnUnclosedListWhereItOpens() {
    assertThat(
            build(
                """
                -- content/people/p.md --
                ---
                name: P
                aliases: [Pe, Pea
                ---
                """))
        .containsExactly(
            "content/people/p.md:3:10: error: this '[' is never closed: end it with ']' on the same"
                + " line, or put a text value that starts with '[' in quotes\n"
                + "    (YAML parser: expected ',' or ']', but got <stream end>, while parsing a flow"
                + " sequence)");
  }

  @Test
  void reportsTabIndentationInPlainWords() {
    assertThat(build(ARTICLE.replace("date: 2024-01-02", "\tdate: 2024-01-02")))
        .containsExactly(
            "content/articles/a.md:3:1: error: a tab character: YAML indents with spaces only;"
                + " replace the tab with spaces\n"
                + "    (YAML parser: found character 'tab' that cannot start any token. (Do not use"
                + " tab for indentation), while scanning for the next token)");
  }

  @Test
  void reportsADuplicateKeyAtItsSecondOccurrence() {
    assertThat(build(ARTICLE.replace("date: 2024-01-02", "date: 2024-01-02\ntitle: B")))
        .containsExactly("content/articles/a.md:4:1: error: duplicate key 'title' in front matter");
  }

  @Test
  void reportsFrontMatterThatIsNotAMapping() {
    assertThat(
            build(
                """
                -- content/people/p.md --
                ---
                - name
                - P
                ---
                """))
        .containsExactly(
            "content/people/p.md:2:1: error: front matter must be a mapping of 'key: value' lines");
  }

  @Test
  void reportsEachMissingRequiredField() {
    assertThat(
            build(
                """
                -- content/articles/a.md --
                ---
                summary: no title, no date
                ---
                Text.
                -- content/articles/b.md --
                ---
                title: B
                date: 2024-01-02
                ---
                -- content/annotations/b/note.md --
                ---
                quote: B
                ---
                A note.
                -- content/people/p.md --
                ---
                aliases: [P]
                ---
                """))
        .containsExactly(
            "content/annotations/b/note.md:1:1: error: missing required field 'author'",
            "content/annotations/b/note.md:1:1: error: missing required field 'date'",
            "content/annotations/b/note.md:2:8: error: quote is not in content/articles/b.md",
            "content/articles/a.md:1:1: error: missing required field 'date'",
            "content/articles/a.md:1:1: error: missing required field 'title'",
            "content/people/p.md:1:1: error: missing required field 'name'");
  }

  @Test
  void reportsAnEmptyRequiredFieldAtItsValue() {
    assertThat(build(ARTICLE.replace("title: A", "title: \"\"")))
        .containsExactly("content/articles/a.md:2:8: error: missing required field 'title'");
  }

  @Test
  void reportsABadDateAtItsValue() {
    assertThat(build(ARTICLE.replace("2024-01-02", "2024-02-30")))
        .containsExactly(
            "content/articles/a.md:3:7: error: 2024-02-30 is not a date: February 2024 has 29 days");
  }

  @Test
  void reportsADateWrittenAnotherWay() {
    assertThat(build(ARTICLE.replace("2024-01-02", "2 January 2024")))
        .containsExactly(
            "content/articles/a.md:3:7: error: '2 January 2024' is not a date: write it as"
                + " YYYY-MM-DD, 2024-01-02");
  }

  @Test
  void reportsAFileNameThatIsNotASlugAndSuggestsOne() {
    assertThat(build(ARTICLE.replace("articles/a.md", "articles/Talks in Geneva.md")))
        .containsExactly(
            "content/articles/Talks in Geneva.md:1:1: error: file name 'Talks in Geneva' is not a"
                + " valid slug: use lowercase a-z, 0-9 and '-' (e.g. 'talks-in-geneva.md')");
  }

  @Test
  void reportsTwoEntitiesClaimingTheSameAliasAtTheSecondClaim() {
    assertThat(
            build(
                ARTICLE
                    + """
                    -- content/places/united-states.md --
                    ---
                    name: United States
                    aliases: [US, America]
                    ---
                    -- content/places/us-virgin-islands.md --
                    ---
                    name: US Virgin Islands
                    aliases:
                      - USVI
                      - US
                    ---
                    """))
        .containsExactly(
            "content/places/us-virgin-islands.md:5:5: error: 'US' is already an alias of"
                + " places/united-states (content/places/united-states.md:3:11); each name can"
                + " lead to one entity only");
  }

  @Test
  void reportsAnAliasThatIsAnotherEntitysNameAtTheAliasWhateverTheFileOrder() {
    assertThat(
            build(
                """
                -- content/organizations/georgia-tech.md --
                ---
                name: Georgia Tech
                aliases: [Georgia]
                ---
                -- content/places/georgia.md --
                ---
                name: Georgia
                ---
                """))
        .containsExactly(
            "content/organizations/georgia-tech.md:3:11: error: 'Georgia' is already the name of"
                + " places/georgia (content/places/georgia.md:2:7); each name can lead to one"
                + " entity only");
  }

  @Test
  void reportsAnAnnotationFolderThatNamesNoArticle() {
    assertThat(
            build(
                """
                -- content/articles/talks-in-geneva.md --
                ---
                title: Talks
                date: 2024-01-02
                ---
                Text.
                -- content/annotations/talks-in-genva/note.md --
                ---
                author: Ann
                date: 2024-01-03
                ---
                A note.
                """))
        .containsExactly(
            "content/annotations/talks-in-genva/note.md:1:1: error: annotation folder"
                + " 'talks-in-genva' names no article (there is no articles/talks-in-genva.md)"
                + " (did you mean 'talks-in-geneva'?)");
  }

  @Test
  void reportsAnUnknownListedPersonAtItsItemWithASuggestion() {
    assertThat(
            build(
                """
                -- content/people/ada-lovelace.md --
                ---
                name: Ada Lovelace
                ---
                -- content/articles/a.md --
                ---
                title: A
                date: 2024-01-02
                people: [ada-lovelace, ada-lovelase]
                places:
                  - nowhere
                ---
                Text.
                """))
        .containsExactly(
            "content/articles/a.md:4:24: error: unknown person 'ada-lovelase' (no"
                + " people/ada-lovelase.md) (did you mean 'ada-lovelace'?)",
            "content/articles/a.md:6:5: error: unknown place 'nowhere' (no places/nowhere.md)");
  }

  @Test
  void reportsTheLineAndColumnOfTheFirstByteThatIsNotUtf8() throws IOException {
    TestSite.write(dir, ARTICLE);
    Path file = dir.resolve("content/articles/b.md");
    byte[] head =
        "---\ntitle: B\ndate: 2024-01-02\n---\nFirst line.\nCaf".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = {(byte) 0xE9, ' ', 'c', 'r', 'e', 'm', 'e', '\n'};
    Files.write(file, concat(head, latin1));
    assertThat(TestSite.build(dir, "").messages())
        .containsExactly(
            "content/articles/b.md:6:4: error: file is not valid UTF-8 (byte 0xe9 cannot start or"
                + " continue a character); save it as UTF-8");
  }

  @Test
  void countsColumnsOfANonUtf8ByteInCharactersAfterValidMultiByteText() throws IOException {
    TestSite.write(dir, ARTICLE);
    Files.createDirectories(dir.resolve("content/people"));
    Path file = dir.resolve("content/people/zoe.md");
    byte[] head = "---\r\nname: Zoë ".getBytes(StandardCharsets.UTF_8);
    Files.write(
        file, concat(head, new byte[] {(byte) 0xFF, '\r', '\n', '-', '-', '-', '\r', '\n'}));
    assertThat(TestSite.build(dir, "").messages())
        .containsExactly(
            "content/people/zoe.md:2:11: error: file is not valid UTF-8 (byte 0xff cannot start or"
                + " continue a character); save it as UTF-8");
  }

  @Test
  void reportsAnEmptyFile() {
    assertThat(build(ARTICLE + "-- content/people/nobody.md --\n"))
        .containsExactly("content/people/nobody.md:1:1: error: file is empty");
  }

  @Test
  void reportsAFileOfOnlyBlankLinesAsEmpty() {
    assertThat(build(ARTICLE + "-- content/people/nobody.md --\n\n  \n"))
        .containsExactly("content/people/nobody.md:1:1: error: file is empty");
  }

  @Test
  void reportsMissingFrontMatter() {
    assertThat(build(ARTICLE + "-- content/people/p.md --\nname: P\n"))
        .containsExactly(
            "content/people/p.md:1:1: error: missing front matter: the file must start with a"
                + " line '---', then YAML, then '---'");
  }

  @Test
  void reportsFrontMatterThatIsNeverClosed() {
    assertThat(build(ARTICLE + "-- content/people/p.md --\n---\nname: P\n"))
        .containsExactly(
            "content/people/p.md:1:1: error: front matter is not closed: add a line '---' after it");
  }

  @Test
  void reportsPositionsInFilesWithAByteOrderMarkAndCrlfLineEnds() throws IOException {
    TestSite.write(dir, ARTICLE);
    Path file = dir.resolve("content/articles/b.md");
    String text = "\uFEFF---\r\ntitle: B\r\ndate: 2024-01-32\r\n---\r\nText.\r\n";
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    assertThat(TestSite.build(dir, "").messages())
        .containsExactly(
            "content/articles/b.md:3:7: error: 2024-01-32 is not a date: January 2024 has 31 days");
  }

  @Test
  void reportsATemplateSyntaxErrorAtItsTemplateLine() throws IOException {
    copyTheme();
    Path layout = dir.resolve("templates/layout.ftlh");
    String text = Files.readString(layout);
    String broken = "<#list site.kinds as>";
    Files.writeString(layout, text.replace("<#macro shell>", "<#macro shell>" + broken));
    int line = lineOf(text, "<#macro shell>");
    int column = columnOf(text, "<#macro shell>") + "<#macro shell>".length() + broken.length() - 1;
    assertThat(build(ARTICLE))
        .containsExactly(
            "templates/layout.ftlh:"
                + line
                + ":"
                + column
                + ": error: template syntax error: Encountered \">\", but was expecting pattern:"
                + " <ID>");
  }

  @Test
  void reportsATemplateRuntimeErrorAtItsTemplateLine() throws IOException {
    copyTheme();
    Files.writeString(
        dir.resolve("templates/404.ftlh"),
        """
        <#import "layout.ftlh" as layout>
        <@layout.shell>
        <h1>${page.subtitle}</h1>
        </@layout.shell>
        """);
    assertThat(build(ARTICLE))
        .containsExactly(
            "templates/404.ftlh:3:7: error: template error while rendering 404.ftlh: The"
                + " following has evaluated to null or missing: page.subtitle");
  }

  @Test
  void reportsAMissingTemplate() throws IOException {
    copyTheme();
    Files.delete(dir.resolve("templates/404.ftlh"));
    assertThat(build(ARTICLE))
        .containsExactly("templates/404.ftlh:1:1: error: template is missing from the theme");
  }

  @Test
  void reportsEveryProblemInOneRunSortedByFileAndLine() throws IOException {
    TestSite.write(
        dir,
        """
        -- content/people/ada.md --
        ---
        name: Ada
        aliases: [Ada]
        ---
        -- content/people/ada-2.md --
        ---
        name: Ada Two
        aliases: [Ada]
        ---
        -- content/people/empty.md --
        -- content/articles/a.md --
        ---
        title: A
        date: 2024-01-02
        people: [bob]
        ---
        Ada wrote.
        -- content/articles/b.md --
        ---
        title: B
        date: yesterday
        ---
        -- content/articles/c.md --
        ---
        title: [C
        ---
        -- content/annotations/d/note.md --
        ---
        author: Ann
        date: 2024-01-02
        ---
        A note.
        """);
    Files.write(
        dir.resolve("content/people/latin1.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9});
    TestSite site = TestSite.build(dir, "");
    assertThat(site.messages())
        .containsExactly(
            "content/annotations/d/note.md:1:1: error: annotation folder 'd' names no article"
                + " (there is no articles/d.md) (did you mean 'a'?)",
            "content/articles/a.md:4:10: error: unknown person 'bob' (no people/bob.md)",
            "content/articles/b.md:3:7: error: 'yesterday' is not a date: write it as YYYY-MM-DD,"
                + " like 2025-04-11",
            "content/articles/c.md:2:8: error: this '[' is never closed: end it with ']' on the same"
                + " line, or put a text value that starts with '[' in quotes\n"
                + "    (YAML parser: expected ',' or ']', but got <stream end>, while parsing a flow"
                + " sequence)",
            "content/people/ada-2.md:3:11: error: 'Ada' is already the name of people/ada"
                + " (content/people/ada.md:2:7); each name can lead to one entity only",
            "content/people/empty.md:1:1: error: file is empty",
            "content/people/latin1.md:2:1: error: file is not valid UTF-8 (byte 0xe9 cannot start"
                + " or continue a character); save it as UTF-8");
    assertThat(site.result().published()).isFalse();
  }

  @Test
  void reportsAMissingContentFolder() throws IOException {
    SiteLayout layout =
        new SiteLayout(
            dir,
            dir.resolve("content"),
            TestSite.DEFAULT_TEMPLATES,
            dir.resolve("site-output"),
            null);
    BuildResult result = SiteBuild.build(layout);
    assertThat(result.diagnostics().stream().map(Object::toString))
        .containsExactly("content:1:1: error: content folder does not exist");
    assertThat(result.published()).isFalse();
  }

  private void copyTheme() throws IOException {
    Path target = dir.resolve("templates");
    try (Stream<Path> files = Files.walk(TestSite.DEFAULT_TEMPLATES)) {
      for (Path source : files.toList()) {
        Path copy = target.resolve(TestSite.DEFAULT_TEMPLATES.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    }
  }

  static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as("theme contains %s", needle).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  static int columnOf(String text, String needle) {
    int at = text.indexOf(needle);
    return at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
