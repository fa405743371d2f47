package gloss.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What a composed YAML tree would become once its aliases are expanded, measured without expanding
 * it. SnakeYAML composes an alias as the very node its anchor names, so a node met a second time is
 * an alias use. Its limit on aliases counts only aliases to lists and mappings: one anchored scalar
 * of 40 KB used 9,000 times passes it and expands to 360 MB. This counts every use and the
 * characters that every value would hold, each node once (the tree is walked with a memo), so the
 * check itself takes time in proportion to the file.
 */
final class YamlBudget {
  /** Alias uses of any kind in one file; digest metadata needs a handful at most. */
  static final int MAX_ALIAS_USES = 100;

  /** Characters in all of a file's values and keys together, aliases expanded. */
  static final int MAX_VALUE_CHARS = 256 * 1024;

  /** Values (scalars, lists and mappings) in one file, aliases expanded. */
  static final int MAX_NODES = 10_000;

  private static final int CHARS = 0;
  private static final int VALUES = 1;

  /** A refused tree: where to point, and why. */
  record Problem(Node at, String message) {}

  /** Orders nodes so that the one earliest in the file is the greatest, for stable messages. */
  private static final Comparator<Node> FIRST =
      Comparator.<Node>comparingInt(n -> -n.getStartMark().getIndex())
          .thenComparing(n -> n instanceof ScalarNode);

  private final Map<Node, Integer> uses = new IdentityHashMap<>();
  private final Map<Node, long[]> expanded = new IdentityHashMap<>();
  private int aliasUses;

  private YamlBudget() {}

  /** Why the tree is refused, or empty when it is within every limit. */
  static Optional<Problem> check(Node root) {
    YamlBudget budget = new YamlBudget();
    budget.countUses(root);
    if (budget.aliasUses > MAX_ALIAS_USES) {
      return Optional.of(budget.tooManyUses());
    }
    long[] size = budget.expandedSize(root);
    if (size == null) {
      return Optional.of(budget.recursive(root));
    }
    if (size[CHARS] > MAX_VALUE_CHARS) {
      return Optional.of(budget.tooLarge(root, CHARS, size[CHARS], MAX_VALUE_CHARS, "characters"));
    }
    if (size[VALUES] > MAX_NODES) {
      return Optional.of(budget.tooLarge(root, VALUES, size[VALUES], MAX_NODES, "values"));
    }
    return Optional.empty();
  }

  /** Counts how often each node is reached; a node's children are walked on its first visit. */
  private void countUses(Node node) {
    if (uses.merge(node, 1, Integer::sum) > 1) {
      aliasUses++;
      return;
    }
    children(node).forEach(this::countUses);
  }

  /**
   * {characters, values} of a node with its aliases expanded (saturating), or null when a node
   * contains itself. A node in progress is marked by a null value in the memo.
   */
  private long[] expandedSize(Node node) {
    if (expanded.containsKey(node)) {
      return expanded.get(node);
    }
    expanded.put(node, null);
    long chars = node instanceof ScalarNode scalar ? scalar.getValue().length() : 0;
    long values = 1;
    for (Node child : children(node)) {
      long[] size = expandedSize(child);
      if (size == null) {
        return null;
      }
      chars = Math.min(Long.MAX_VALUE / 2, chars + size[0]);
      values = Math.min(Long.MAX_VALUE / 2, values + size[1]);
    }
    long[] size = {chars, values};
    expanded.put(node, size);
    return size;
  }

  private static Iterable<Node> children(Node node) {
    if (node instanceof SequenceNode seq) {
      return seq.getValue();
    }
    List<Node> children = new ArrayList<>();
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        children.add(tuple.getKeyNode());
        children.add(tuple.getValueNode());
      }
    }
    return children;
  }

  private Problem tooManyUses() {
    Node most = mostUsed();
    int times = uses.get(most) - 1;
    if (times > MAX_ALIAS_USES) {
      return new Problem(
          most,
          "anchor "
              + name(most)
              + " is reused "
              + times
              + " times; at most "
              + MAX_ALIAS_USES
              + " uses of aliases are allowed");
    }
    return new Problem(
        most,
        "aliases are used "
            + aliasUses
            + " times, anchor "
            + name(most)
            + " "
            + times
            + " of them; at most "
            + MAX_ALIAS_USES
            + " uses of aliases are allowed");
  }

  /**
   * A tree over a limit, blamed on the anchor whose reuse adds the most when that reuse alone takes
   * it over the limit, else on the whole front matter.
   */
  private Problem tooLarge(Node root, int measure, long total, int limit, String unit) {
    Node biggest =
        uses.keySet().stream()
            .max(Comparator.<Node>comparingLong(n -> added(n, measure)).thenComparing(FIRST))
            .orElseThrow();
    long added = added(biggest, measure);
    String atMost = "; front matter may hold at most " + limit + " " + unit;
    if (added > 0 && total - added <= limit) {
      return new Problem(
          biggest,
          "anchor "
              + name(biggest)
              + " of "
              + expanded.get(biggest)[measure]
              + " "
              + unit
              + " is reused "
              + (uses.get(biggest) - 1)
              + " times, which makes "
              + total
              + " "
              + unit
              + atMost);
    }
    return new Problem(
        root, "front matter holds " + total + " " + unit + "; at most " + limit + " are allowed");
  }

  private Problem recursive(Node root) {
    Node self =
        expanded.entrySet().stream()
            .filter(e -> e.getValue() == null && e.getKey().getAnchor() != null)
            .map(Map.Entry::getKey)
            .max(FIRST)
            .orElse(root);
    return new Problem(self, "anchor " + name(self) + " is used inside its own value");
  }

  /** What a node's aliases add to the expanded tree, in characters or values. */
  private long added(Node node, int measure) {
    return (uses.get(node) - 1) * expanded.get(node)[measure];
  }

  private Node mostUsed() {
    return uses.keySet().stream()
        .max(Comparator.<Node>comparingInt(uses::get).thenComparing(FIRST))
        .orElseThrow();
  }

  private static String name(Node node) {
    return "&" + (node.getAnchor() == null ? "?" : node.getAnchor());
  }
}
