package gloss.load;

import gloss.diag.Diagnostics;
import gloss.model.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one check of {@code in_reply_to} chains, for {@code build}, {@code check} and {@code serve}
 * alike: every chain must climb to a note that answers nothing, within {@link #MAX_DEPTH} replies.
 * A note in a loop (one that answers itself, or a chain that comes back round) and a note deeper
 * than the limit get a positioned error and are left out, with the replies under them. Chains are
 * walked with a loop, never recursion, as their length is the contributors'.
 */
final class ReplyThreads {
  /**
   * How many replies deep a thread may go. Each level indents the note in the margin, so a thread
   * is unreadable long before this (forums fold threads at about ten); the theme renders replies
   * with a recursive macro, which 32 levels keep far from any stack limit.
   */
  static final int MAX_DEPTH = 32;

  /** The depth of a note that is left out, and so are the replies under it. */
  private static final int DROPPED = -2;

  private ReplyThreads() {}

  /**
   * The annotations whose chain is sound, in the given order; an error for each one that is not.
   */
  static List<Annotation> kept(List<Annotation> annotations, Diagnostics diagnostics) {
    // Threads stay within an article: only the notes of articles with replies need walking.
    Set<String> threaded = new HashSet<>();
    for (Annotation a : annotations) {
      if (!a.inReplyTo().isEmpty()) {
        threaded.add(a.articleSlug());
      }
    }
    if (threaded.isEmpty()) {
      return List.copyOf(annotations);
    }
    List<Annotation> inThreads =
        annotations.stream().filter(a -> threaded.contains(a.articleSlug())).toList();
    Map<String, Annotation> byKey = new HashMap<>();
    inThreads.forEach(a -> byKey.put(a.key(), a));
    Map<String, Integer> depths = new HashMap<>();
    for (Annotation start : inThreads) {
      if (start.inReplyTo().isEmpty()) {
        depths.put(start.key(), 0); // tops its thread
        continue;
      }
      // Climb until a note of known depth, a note that answers nothing, or a note seen on the way.
      List<Annotation> path = new ArrayList<>();
      Map<String, Integer> onPath = new HashMap<>();
      Annotation at = start;
      while (at != null && !depths.containsKey(at.key()) && !onPath.containsKey(at.key())) {
        onPath.put(at.key(), path.size());
        path.add(at);
        at = at.inReplyTo().isEmpty() ? null : byKey.get(parentKey(at));
      }
      int above;
      if (at == null) {
        // A note that answers nothing tops the path; else its target was left out with an error.
        above = path.get(path.size() - 1).inReplyTo().isEmpty() ? -1 : DROPPED;
      } else if (onPath.containsKey(at.key())) {
        int first = onPath.get(at.key());
        List<Annotation> loop = path.subList(first, path.size());
        for (int i = 0; i < loop.size(); i++) {
          reportLoop(loop, i, diagnostics);
          depths.put(loop.get(i).key(), DROPPED);
        }
        path = path.subList(0, first);
        above = DROPPED;
      } else {
        above = depths.get(at.key());
      }
      for (int i = path.size() - 1; i >= 0; i--) {
        Annotation note = path.get(i);
        int depth = above == DROPPED ? DROPPED : above + 1;
        if (depth > MAX_DEPTH) {
          diagnostics.error(
              note.file().at("in_reply_to"),
              "reply depth "
                  + depth
                  + " exceeds the limit of "
                  + MAX_DEPTH
                  + ": answer a note higher up the thread that starts at '"
                  + threadStart(note, byKey)
                  + "'");
          depth = DROPPED;
        }
        depths.put(note.key(), depth);
        above = depth;
      }
    }
    if (!depths.containsValue(DROPPED)) {
      return List.copyOf(annotations);
    }
    return annotations.stream()
        .filter(a -> !threaded.contains(a.articleSlug()) || depths.get(a.key()) != DROPPED)
        .toList();
  }

  /** The error for the {@code i}-th note of a loop, which names the loop as seen from that note. */
  private static void reportLoop(List<Annotation> loop, int i, Diagnostics diagnostics) {
    Annotation note = loop.get(i);
    if (loop.size() == 1) {
      diagnostics.error(
          note.file().at("in_reply_to"),
          "in_reply_to '"
              + note.inReplyTo()
              + "' names this annotation itself; a reply answers another annotation");
      return;
    }
    String round =
        Stream.concat(loop.subList(i, loop.size()).stream(), loop.subList(0, i + 1).stream())
            .map(Annotation::name)
            .collect(Collectors.joining(" -> "));
    diagnostics.error(
        note.file().at("in_reply_to"),
        "in_reply_to '"
            + note.inReplyTo()
            + "' makes a loop of replies ("
            + round
            + "); the first note of a thread answers nothing");
  }

  private static String parentKey(Annotation reply) {
    return reply.articleSlug() + "/" + reply.inReplyTo();
  }

  /** The note at the top of a chain known to be sound up to its limit. */
  private static String threadStart(Annotation note, Map<String, Annotation> byKey) {
    Annotation at = note;
    for (int steps = 0; steps <= MAX_DEPTH && !at.inReplyTo().isEmpty(); steps++) {
      at = byKey.get(parentKey(at));
    }
    return at.name();
  }
}
