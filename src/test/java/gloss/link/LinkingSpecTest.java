package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.MentionMarkup;
import gloss.diag.Diagnostics;
import gloss.markdown.HtmlSanitizer;
import gloss.markdown.MarkdownRenderer;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.LinkMode;
import gloss.model.SiteConfig;
import gloss.model.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code src/test/resources/linking-spec.md}: every example must give no false link, and over
 * the whole spec precision must be 1.00 and recall at least 0.97 (both printed).
 */
class LinkingSpecTest {
  private static final String FENCE = "`".repeat(32);
  private static final Pattern MARK =
      Pattern.compile("\\[\\[([^\\]|]*)(?:\\|([^\\]]*))?\\]\\]|\\{\\{(.*?)\\}\\}");

  /** One example: its number and section, the Markdown, and the marked text. */
  record Example(int number, String section, String markdown, String expected) {
    @Override
    public String toString() {
      return "example " + number + " (" + section + "): " + markdown.replace('\n', ' ');
    }
  }

  /** A mention as the spec compares them: entity, text, and which occurrence of that text. */
  record Found(String entityKey, String text, int occurrence) {}

  private static final Spec SPEC = Spec.read();

  record Spec(List<Entity> entities, List<Example> examples) {
    static Spec read() {
      String text;
      try (InputStream in = LinkingSpecTest.class.getResourceAsStream("/linking-spec.md")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      List<Entity> entities = new ArrayList<>();
      List<Example> examples = new ArrayList<>();
      String section = "";
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.startsWith("## ")) {
          section = line.substring(3);
        } else if (line.equals(FENCE + " entities")) {
          for (i++; !lines[i].equals(FENCE); i++) {
            entities.add(entity(lines[i]));
          }
        } else if (line.equals(FENCE + " example")) {
          StringBuilder markdown = new StringBuilder();
          for (i++; !lines[i].equals("."); i++) {
            markdown.append(markdown.isEmpty() ? "" : "\n").append(lines[i]);
          }
          StringBuilder expected = new StringBuilder();
          for (i++; !lines[i].equals(FENCE); i++) {
            expected.append(expected.isEmpty() ? "" : "\n").append(lines[i]);
          }
          examples.add(
              new Example(examples.size() + 1, section, markdown.toString(), expected.toString()));
        }
      }
      return new Spec(List.copyOf(entities), List.copyOf(examples));
    }

    private static Entity entity(String line) {
      String key = line.substring(0, line.indexOf(':'));
      String[] names = line.substring(line.indexOf(':') + 1).split("\\|");
      List<String> aliases = new ArrayList<>();
      for (int n = 1; n < names.length; n++) {
        aliases.add(names[n].strip());
      }
      String kind = key.substring(0, key.indexOf('/'));
      EntityKind k =
          switch (kind) {
            case "people" -> EntityKind.PEOPLE;
            case "places" -> EntityKind.PLACES;
            default -> EntityKind.ORGANIZATIONS;
          };
      return new Entity(
          k,
          key.substring(key.indexOf('/') + 1),
          names[0].strip(),
          aliases,
          "",
          Map.of(),
          new SourceFile("linking-spec.md", 1, Map.of()),
          List.of());
    }
  }

  private static final EntityIndex INDEX = EntityIndex.of(SPEC.entities(), new Diagnostics());
  private static final MarkdownRenderer MARKDOWN =
      MarkdownRenderer.create(HtmlSanitizer.forSite("https://example.org/"));
  private static final MentionLinker LINKER =
      new MentionLinker(
          INDEX, new MentionRules(SiteConfig.DEFAULT_TITLES), LinkMode.ALL, e -> "#" + e.key());

  static Stream<Example> examples() {
    return SPEC.examples().stream();
  }

  /** The mentions the linker marks in an example, identified by text and occurrence. */
  static Set<Found> actual(Example example) {
    Document doc = MARKDOWN.render(example.markdown());
    MentionLinker.Linked linked = LINKER.link(doc.body(), "", null);
    assertThat(linked.unresolved()).isEmpty();
    StringBuilder text = new StringBuilder();
    Set<Found> found = new HashSet<>();
    walk(doc.body(), text, found);
    return found;
  }

  private static void walk(Element element, StringBuilder text, Set<Found> found) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t) {
        text.append(t.getWholeText());
      } else if (child instanceof Element el) {
        if (el.hasClass("mention")) {
          String written = normal(el.wholeText());
          found.add(
              new Found(MentionMarkup.entityOf(el), written, occurrences(normal(text), written)));
        }
        walk(el, text, found);
      }
    }
  }

  /** The mentions the spec marks: each [[text]] or [[text|key]] of the expected text. */
  static Set<Found> expected(Example example) {
    Set<Found> found = new HashSet<>();
    StringBuilder plain = new StringBuilder();
    Matcher m = MARK.matcher(example.expected());
    int at = 0;
    while (m.find()) {
      plain.append(example.expected(), at, m.start());
      at = m.end();
      if (m.group(3) != null) {
        plain.append(m.group(3));
        continue;
      }
      String written = normal(m.group(1));
      String key = m.group(2) != null ? m.group(2) : owner(written);
      found.add(new Found(key, written, occurrences(normal(plain), written)));
      plain.append(m.group(1));
    }
    return found;
  }

  private static String owner(String written) {
    for (Entity e : SPEC.entities()) {
      if (normal(e.name()).equals(written)
          || e.aliases().stream().anyMatch(a -> normal(a).equals(written))) {
        return e.key();
      }
    }
    throw new IllegalArgumentException("no entity has the name '" + written + "'");
  }

  /** How often {@code word} occurs in {@code text} (so the next one is that occurrence). */
  private static int occurrences(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }

  private static String normal(CharSequence s) {
    return s.toString().replace('\u2019', '\'').replaceAll("\\s+", " ");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void linksNothingTheSpecDoesNotMark(Example example) {
    Set<Found> falseLinks = new HashSet<>(actual(example));
    falseLinks.removeAll(expected(example));
    assertThat(falseLinks).as(example.expected()).isEmpty();
  }

  @Test
  void hasAtLeast300Examples() {
    assertThat(SPEC.examples()).hasSizeGreaterThanOrEqualTo(300);
  }

  @Test
  void precisionIsOneAndRecallAtLeast97Percent() {
    int right = 0;
    int wrong = 0;
    int missed = 0;
    Map<Integer, Set<Found>> misses = new HashMap<>();
    for (Example example : SPEC.examples()) {
      Set<Found> actual = actual(example);
      Set<Found> expected = expected(example);
      for (Found f : actual) {
        if (expected.contains(f)) {
          right++;
        } else {
          wrong++;
        }
      }
      for (Found f : expected) {
        if (!actual.contains(f)) {
          missed++;
          misses.computeIfAbsent(example.number(), k -> new HashSet<>()).add(f);
        }
      }
    }
    double precision = right + wrong == 0 ? 1 : right / (double) (right + wrong);
    double recall = right + missed == 0 ? 1 : right / (double) (right + missed);
    System.out.printf(
        java.util.Locale.ROOT,
        "linking spec: %d examples, %d mentions marked; precision %.3f (%d right, %d false),"
            + " recall %.3f (%d missed: %s)%n",
        SPEC.examples().size(),
        right + missed,
        precision,
        right,
        wrong,
        recall,
        missed,
        new java.util.TreeMap<>(misses));
    assertThat(wrong).isZero();
    assertThat(recall).isGreaterThanOrEqualTo(0.97);
  }
}
