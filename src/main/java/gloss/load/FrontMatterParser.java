package gloss.load;

import gloss.diag.Diagnostics;
import gloss.diag.InputFiles;
import gloss.diag.SourcePos;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Splits {@code ---} front matter from the body and decodes it with SnakeYAML. We split the file
 * ourselves so that YAML positions can be shifted to real file lines, and we compose a node tree
 * instead of constructing objects so that every value keeps its position and no YAML tag can
 * instantiate anything.
 */
final class FrontMatterParser {
  /** Beyond these, YAML is an attack or a mistake, never a digest's metadata. */
  static final int MAX_NESTING = 20;

  static final int MAX_ALIASES = 20;

  /**
   * Shared by every parse: neither is changed after this, and the composer only reads them (a
   * {@code Yaml} object is not thread-safe, and composing needs none).
   */
  private static final LoaderOptions OPTIONS = loaderOptions();

  private static final Resolver RESOLVER = new Resolver();

  private FrontMatterParser() {}

  /** Parses a whole file; reports problems and returns empty when the front matter is unusable. */
  static Optional<FrontMatter> parse(String text, String display, Diagnostics diagnostics) {
    // A byte-order mark is not content; SourceText drops it, but text may come from elsewhere.
    List<String> lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      diagnostics.error(
          SourcePos.startOf(display),
          "missing front matter: the file must start with a line '---', then YAML, then '---'");
      return Optional.empty();
    }
    int end = -1;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      diagnostics.error(
          SourcePos.startOf(display), "front matter is not closed: add a line '---' after it");
      return Optional.empty();
    }
    String yaml = String.join("\n", lines.subList(1, end));
    String body = String.join("\n", lines.subList(end + 1, lines.size()));
    int bodyLine = end + 2;
    return parseYaml(yaml, display, 2, diagnostics)
        .map(
            front ->
                new FrontMatter(
                    front.values(), front.positions(), front.keyPositions(), body, bodyLine));
  }

  /**
   * Decodes a YAML document whose first line is line {@code firstLine} of the file (site.yml starts
   * at 1, front matter at 2). The result has an empty body.
   */
  static Optional<FrontMatter> parseYaml(
      String yaml, String display, int firstLine, Diagnostics diagnostics) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, SourcePos> positions = new HashMap<>();
    Map<String, SourcePos> keyPositions = new HashMap<>();
    if (!yaml.isBlank()
        && !new Decoder(display, firstLine, diagnostics)
            .decode(yaml, values, positions, keyPositions)) {
      return Optional.empty();
    }
    return Optional.of(
        new FrontMatter(
            Collections.unmodifiableMap(values),
            Map.copyOf(positions),
            Map.copyOf(keyPositions),
            "",
            0));
  }

  /** Decodes one YAML document, shifting its positions to file lines. */
  private record Decoder(String display, int firstLine, Diagnostics diagnostics) {

    boolean decode(
        String yaml,
        Map<String, Object> values,
        Map<String, SourcePos> positions,
        Map<String, SourcePos> keyPositions) {
      Node root;
      try {
        root =
            new Composer(
                    new ParserImpl(new StreamReader(new StringReader(yaml)), OPTIONS),
                    RESOLVER,
                    OPTIONS)
                .getSingleNode();
      } catch (MarkedYAMLException e) {
        List<String> original = List.of("(YAML parser: " + oneLine(parserMessage(e)) + ")");
        Optional<YamlMistakes.Explained> explained = YamlMistakes.explain(e, yaml);
        if (explained.isPresent()) {
          diagnostics.error(
              SourcePos.of(
                  display, explained.get().line() + firstLine, explained.get().column() + 1),
              explained.get().message(),
              original);
          return false;
        }
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        diagnostics.error(at(mark), "invalid YAML: " + oneLine(problem));
        return false;
      } catch (YAMLException e) {
        // Limit violations carry no mark; say which limit, and find the line where it bites.
        String message = String.valueOf(e.getMessage());
        if (message.contains("Nesting Depth")) {
          diagnostics.error(
              SourcePos.of(display, firstLine + tooDeepLine(yaml), 1),
              "front matter nests deeper than " + MAX_NESTING + " levels");
        } else if (message.contains("aliases")) {
          diagnostics.error(
              SourcePos.of(display, firstLine, 1),
              "front matter uses more than "
                  + MAX_ALIASES
                  + " aliases to lists or mappings;"
                  + " expanding them could exhaust memory");
        } else {
          diagnostics.error(
              SourcePos.of(display, firstLine, 1), "invalid YAML: " + oneLine(message));
        }
        return false;
      }
      if (root == null) {
        return true;
      }
      if (!(root instanceof MappingNode mapping)) {
        diagnostics.error(
            at(root.getStartMark()), "front matter must be a mapping of 'key: value' lines");
        return false;
      }
      Optional<YamlBudget.Problem> overBudget = YamlBudget.check(root);
      if (overBudget.isPresent()) {
        diagnostics.error(at(overBudget.get().at().getStartMark()), overBudget.get().message());
        return false;
      }
      Converter converter = new Converter(this);
      for (NodeTuple tuple : mapping.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
          diagnostics.error(at(tuple.getKeyNode().getStartMark()), "keys must be plain text");
          return false;
        }
        String key = keyNode.getValue();
        if (values.containsKey(key)) {
          diagnostics.error(
              at(keyNode.getStartMark()), "duplicate key '" + key + "' in front matter");
          return false;
        }
        Node valueNode = tuple.getValueNode();
        keyPositions.put(key, at(keyNode.getStartMark()));
        positions.put(key, at(valueNode.getStartMark()));
        if (valueNode instanceof SequenceNode seq) {
          for (int i = 0; i < seq.getValue().size(); i++) {
            positions.put(key + "[" + i + "]", at(seq.getValue().get(i).getStartMark()));
          }
        }
        Object value = converter.convertTopLevel(key, valueNode);
        if (converter.failed) {
          return false;
        }
        values.put(key, value);
      }
      return true;
    }

    /** The 0-based line where bracket depth plus indentation first exceeds the nesting limit. */
    static int tooDeepLine(String yaml) {
      int depth = 0;
      int line = 0;
      int indent = 0;
      boolean atLineStart = true;
      for (int i = 0; i < yaml.length(); i++) {
        char c = yaml.charAt(i);
        if (c == '\n') {
          line++;
          indent = 0;
          atLineStart = true;
          continue;
        }
        if (atLineStart && (c == ' ' || c == '-')) {
          indent++;
          continue;
        }
        atLineStart = false;
        if (c == '[' || c == '{') {
          depth++;
        } else if (c == ']' || c == '}') {
          depth--;
        }
        if (depth + indent / 2 > MAX_NESTING) {
          return line;
        }
      }
      return 0;
    }

    /** YAML marks are 0-based and count from the document's first line. */
    SourcePos at(Mark mark) {
      return mark == null
          ? SourcePos.of(display, firstLine, 1)
          : SourcePos.of(display, mark.getLine() + firstLine, mark.getColumn() + 1);
    }
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit((int) InputFiles.MAX_FILE_BYTES);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  /** What the parser said: its problem, and the construct it was in when it has one. */
  private static String parserMessage(MarkedYAMLException e) {
    if (e.getProblem() == null) {
      return e.getContext();
    }
    return e.getContext() == null ? e.getProblem() : e.getProblem() + ", " + e.getContext();
  }

  private static String oneLine(String message) {
    return message == null
        ? "unreadable front matter"
        : message.strip().replace("\\t(TAB)", "tab").replaceAll("\\s+", " ");
  }

  /**
   * Turns composed nodes into plain values. {@link YamlBudget} has bounded what aliases expand to;
   * the depth is checked here because an alias can put a list inside a list deeper than the text
   * nests.
   */
  private static final class Converter {
    private final Decoder decoder;
    boolean failed;

    /** The top-level value being converted: aliases expand here, so limits are reported here. */
    private Node top;

    private String key;

    Converter(Decoder decoder) {
      this.decoder = decoder;
    }

    Object convertTopLevel(String key, Node node) {
      this.key = key;
      top = node;
      return convert(node, 1);
    }

    Object convert(Node node, int depth) {
      if (failed) {
        return null;
      }
      if (depth > MAX_NESTING) {
        fail(
            top,
            "front matter nests deeper than " + MAX_NESTING + " levels once aliases are expanded");
        return null;
      }
      if (node instanceof ScalarNode scalar) {
        int control = firstControl(scalar.getValue());
        if (control >= 0) {
          fail(
              scalar,
              "'"
                  + key
                  + "' contains the control character U+"
                  + HexFormat.of().withUpperCase().toHexDigits((short) control)
                  + "; remove it (only tabs and line breaks may appear in values)");
          return null;
        }
        return Tag.NULL.equals(scalar.getTag()) ? null : scalar.getValue();
      }
      if (node instanceof SequenceNode seq) {
        List<Object> list = new ArrayList<>();
        for (Node item : seq.getValue()) {
          list.add(convert(item, depth + 1));
        }
        return Collections.unmodifiableList(list);
      }
      MappingNode mapping = (MappingNode) node;
      Map<String, Object> map = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Object key = convert(tuple.getKeyNode(), depth + 1);
        map.put(String.valueOf(key), convert(tuple.getValueNode(), depth + 1));
      }
      return Collections.unmodifiableMap(map);
    }

    private void fail(Node at, String message) {
      decoder.diagnostics().error(decoder.at(at.getStartMark()), message);
      failed = true;
    }

    /**
     * The first control character other than tab and line breaks (C0, DEL, C1) or lone surrogate in
     * a value, or -1. Raw ones are refused by the YAML reader; these come from escapes such as
     * {@code "\a"} or {@code "\e"}, and would break feeds or forge terminal output.
     */
    private static int firstControl(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        boolean lone =
            Character.isHighSurrogate(c)
                ? i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
                : Character.isLowSurrogate(c)
                    && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || lone) {
          return c;
        }
      }
      return -1;
    }
  }
}
