package gloss.link;

import gloss.diag.Diagnostics;
import gloss.diag.DidYouMean;
import gloss.diag.SourcePos;
import gloss.model.Entity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every entity name and alias in one Aho–Corasick automaton, built once per build, so that finding
 * all mentions in a text costs time in proportion to the text, never to the number of entities.
 * Matching is case-sensitive (aliases are written as the text writes them) and keeps whole words
 * only; overlapping candidates resolve leftmost, then longest. Any one white-space character
 * matches a space (names wrap across lines in Markdown source) and a typographic apostrophe matches
 * a straight one, character for character, so offsets are unchanged.
 */
public final class EntityIndex {
  /** A found mention: {@code [start, end)} in the searched text. */
  public record Match(int start, int end, Entity entity) {}

  private static final class Node {
    private static final char[] NO_KEYS = {};
    private static final Node[] NO_NODES = {};

    /** While building: the transitions; then frozen into the two sorted arrays below. */
    Map<Character, Node> next = new HashMap<>(4);

    /**
     * The transitions as sorted parallel arrays, and for ASCII a direct table (root only: most
     * characters of a text leave from the root), because boxing a Character and hashing it for
     * every character of every document was the matcher's main cost.
     */
    char[] keys = NO_KEYS;

    Node[] nodes = NO_NODES;
    Node[] ascii;

    Node fail;

    /** Length and entity of the longest term ending here, or of a suffix term via fail links. */
    int termLength;

    /** Whether a term ends here; its entity is null for a name that must never link. */
    boolean term;

    Entity entity;
    Node output;

    /** The node reached from here by {@code c}, or null. */
    Node child(char c) {
      if (ascii != null && c < ascii.length) {
        return ascii[c];
      }
      int at = Arrays.binarySearch(keys, c);
      return at < 0 ? null : nodes[at];
    }

    void freeze(boolean direct) {
      keys = new char[next.size()];
      nodes = new Node[next.size()];
      int i = 0;
      for (Character c : new TreeSet<>(next.keySet())) {
        keys[i] = c;
        nodes[i++] = next.get(c);
      }
      if (direct) {
        ascii = new Node[128];
        next.forEach(
            (c, node) -> {
              if (c < 128) {
                ascii[c] = node;
              }
            });
      }
      next = null;
    }
  }

  private final Node root = new Node();
  private final Map<String, Entity> byKey = new HashMap<>();
  private final Map<String, List<Entity>> bySlug = new HashMap<>();

  private EntityIndex() {}

  /**
   * Builds the index. A name or alias claimed by two entities is an error reported at the later
   * claim; names are claimed before aliases (so an entity's own name wins over another's alias),
   * and each in path order.
   */
  public static EntityIndex of(List<Entity> entities, Diagnostics diagnostics) {
    return of(entities, List.of(), diagnostics);
  }

  /**
   * Builds the index with names that must never link ({@code ignore_names}). They take part in the
   * leftmost-longest choice like any name, so "Harris County" hides the alias "Harris" inside it,
   * and an ignored name equal to an alias silences that alias.
   */
  public static EntityIndex of(
      List<Entity> entities, List<String> ignoredNames, Diagnostics diagnostics) {
    EntityIndex index = new EntityIndex();
    Map<String, Claim> claims = new HashMap<>();
    for (Entity entity : entities) {
      index.byKey.put(entity.key(), entity);
      index.bySlug.computeIfAbsent(entity.slug(), k -> new ArrayList<>()).add(entity);
      index.claim(entity.name(), new Claim(entity, "name"), claims, diagnostics);
    }
    for (Entity entity : entities) {
      for (int i = 0; i < entity.aliases().size(); i++) {
        index.claim(
            entity.aliases().get(i), new Claim(entity, "aliases[" + i + "]"), claims, diagnostics);
      }
    }
    for (String ignored : ignoredNames) {
      index.add(ignored.strip(), null);
    }
    index.link();
    return index;
  }

  /** An index of names that never link, to hide them in one document ({@code no_link}). */
  public static EntityIndex ignoring(List<String> names) {
    return of(List.of(), names, new Diagnostics());
  }

  /** An entity's claim on a term, through the front-matter field that states it. */
  private record Claim(Entity entity, String field) {
    SourcePos pos() {
      return entity.source().at(field);
    }
  }

  private void claim(String raw, Claim claim, Map<String, Claim> claims, Diagnostics diagnostics) {
    String term = raw.strip();
    StringBuilder folded = new StringBuilder(term.length());
    term.chars().forEach(c -> folded.append(fold((char) c)));
    Claim owner = claims.putIfAbsent(folded.toString(), claim);
    if (owner == null) {
      add(term, claim.entity());
    } else if (owner.entity() != claim.entity()) {
      diagnostics.error(
          claim.pos(),
          "'"
              + term
              + "' is already "
              + (owner.field().equals("name") ? "the name" : "an alias")
              + " of "
              + owner.entity().key()
              + " ("
              + owner.pos()
              + "); each name can lead to one entity only");
    }
  }

  /** The entity with this key ({@code people/nate-fick}), or null. */
  public Entity entity(String key) {
    return byKey.get(key);
  }

  /**
   * The entity an explicit link names: {@code kind/slug}, or a bare {@code slug} that one entity
   * alone has; otherwise why not, in words for an error message.
   */
  public Resolution resolve(String target) {
    Entity byFullKey = byKey.get(target);
    if (byFullKey != null) {
      return new Resolution(byFullKey, "");
    }
    List<Entity> same = bySlug.getOrDefault(target, List.of());
    if (same.size() == 1) {
      return new Resolution(same.get(0), "");
    }
    if (same.size() > 1) {
      return new Resolution(
          null,
          "'@"
              + target
              + "' could be "
              + String.join(" or ", same.stream().map(e -> "@" + e.key()).sorted().toList())
              + "; write the kind too");
    }
    List<String> known = new ArrayList<>();
    byKey.keySet().forEach(k -> known.add("@" + k));
    bySlug.keySet().forEach(k -> known.add("@" + k));
    String hint = DidYouMean.suffix("@" + target, known);
    return new Resolution(
        null,
        "'@"
            + target
            + "' is not an entity page; write @slug or @kind/slug of a page, or @- for no link"
            + hint);
  }

  /** An explicit link's entity, or null and the reason. */
  public record Resolution(Entity entity, String problem) {}

  private void add(String term, Entity entity) {
    if (term.isEmpty()) {
      return;
    }
    Node node = root;
    for (int i = 0; i < term.length(); i++) {
      node = node.next.computeIfAbsent(fold(term.charAt(i)), c -> new Node());
    }
    node.termLength = term.length();
    node.term = true;
    node.entity = entity;
  }

  /** Breadth-first construction of failure and output links, then the lookup arrays. */
  private void link() {
    ArrayDeque<Node> queue = new ArrayDeque<>();
    List<Node> all = new ArrayList<>();
    for (Node child : root.next.values()) {
      child.fail = root;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      all.add(node);
      node.output = node.fail.term ? node.fail : node.fail.output;
      for (Map.Entry<Character, Node> e : node.next.entrySet()) {
        Node child = e.getValue();
        Node f = node.fail;
        while (f != null && !f.next.containsKey(e.getKey())) {
          f = f.fail;
        }
        child.fail = f == null ? root : f.next.get(e.getKey());
        queue.add(child);
      }
    }
    all.forEach(node -> node.freeze(false));
    root.freeze(true);
  }

  /** All whole-word mentions in the text, left to right, without overlaps. */
  public List<Match> find(CharSequence text) {
    List<Match> chosen = leftmostLongest(candidates(text));
    chosen.removeIf(m -> m.entity() == null);
    return chosen;
  }

  /**
   * The spans of {@code text} covered by this index's terms, ignored names included (their entity
   * is null), left to right, without overlaps.
   */
  public List<Match> spans(CharSequence text) {
    return leftmostLongest(candidates(text));
  }

  private List<Match> candidates(CharSequence text) {
    List<Match> candidates = new ArrayList<>();
    Node node = root;
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      Node to = node.child(c);
      while (to == null && node != root) {
        node = node.fail;
        to = node.child(c);
      }
      node = to == null ? root : to;
      for (Node out = node.term ? node : node.output; out != null; out = out.output) {
        int start = i + 1 - out.termLength;
        if (isWordBoundary(text, start) && isWordBoundary(text, i + 1)) {
          candidates.add(new Match(start, i + 1, out.entity));
        }
      }
    }
    return candidates;
  }

  /** Candidates arrive by end position; keep the leftmost, then longest, non-overlapping ones. */
  private static List<Match> leftmostLongest(List<Match> candidates) {
    if (candidates.size() <= 1) {
      return new ArrayList<>(candidates);
    }
    candidates.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
    List<Match> chosen = new ArrayList<>();
    int taken = 0;
    for (Match m : candidates) {
      if (m.start() >= taken) {
        chosen.add(m);
        taken = m.end();
      }
    }
    return chosen;
  }

  /** The character as the automaton sees it: one kind of space, one kind of apostrophe. */
  private static char fold(char c) {
    if (c == '\u2019' || c == '\u02BC') {
      return '\'';
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
  }

  /**
   * A boundary lies between a word character and anything else. Terms that begin or end in
   * punctuation ("U.S.") are bounded by that punctuation itself.
   */
  private static boolean isWordBoundary(CharSequence text, int at) {
    if (at <= 0 || at >= text.length()) {
      return true;
    }
    return !(isWordChar(text.charAt(at - 1)) && isWordChar(text.charAt(at)));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || c == '_'
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
