package gloss.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hash of each template together with every template it imports or includes, so that a rebuild
 * re-renders only the pages whose templates changed. References are found by the names written in a
 * template's text; a template that imports or includes a computed name is taken to depend on every
 * template.
 */
final class TemplateFingerprints {
  private static final Pattern NAME = Pattern.compile("[\"']([^\"'<>]+\\.ftl[hx]?)[\"']");
  private static final Pattern DIRECTIVE = Pattern.compile("<#(?:import|include)\\s+([^\\s>]+)");

  private final Map<String, String> fingerprints;

  private TemplateFingerprints(Map<String, String> fingerprints) {
    this.fingerprints = fingerprints;
  }

  /** Fingerprints of templates given by name and text. */
  static TemplateFingerprints of(Map<String, String> sources) {
    Map<String, String> hashes = new TreeMap<>();
    Map<String, Set<String>> references = new TreeMap<>();
    Set<String> dynamic = new TreeSet<>();
    sources.forEach(
        (name, text) -> {
          hashes.put(name, sha256(text.getBytes(StandardCharsets.UTF_8)));
          Set<String> refs = new TreeSet<>();
          Matcher m = NAME.matcher(text);
          while (m.find()) {
            refs.add(m.group(1).startsWith("/") ? m.group(1).substring(1) : m.group(1));
          }
          references.put(name, refs);
          Matcher d = DIRECTIVE.matcher(text);
          while (d.find()) {
            if (!d.group(1).startsWith("\"") && !d.group(1).startsWith("'")) {
              dynamic.add(name);
            }
          }
        });
    String all = sha256(hashes.toString().getBytes(StandardCharsets.UTF_8));
    Map<String, String> fingerprints = new TreeMap<>();
    for (String name : hashes.keySet()) {
      Set<String> closure = new TreeSet<>();
      ArrayDeque<String> queue = new ArrayDeque<>(List.of(name));
      boolean everything = false;
      while (!queue.isEmpty()) {
        String n = queue.poll();
        if (closure.add(n)) {
          everything |= dynamic.contains(n);
          queue.addAll(references.getOrDefault(n, Set.of()));
        }
      }
      StringBuilder sb = new StringBuilder();
      if (everything) {
        sb.append(all);
      } else {
        closure.forEach(
            n -> sb.append(n).append('=').append(hashes.getOrDefault(n, "missing")).append('\n'));
      }
      fingerprints.put(name, sha256(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }
    return new TemplateFingerprints(Map.copyOf(fingerprints));
  }

  /** Whether the theme has a readable template of this name. */
  boolean contains(String name) {
    return fingerprints.containsKey(name);
  }

  /** The fingerprint of a template and what it uses; {@code "missing"} for no such template. */
  String of(String name) {
    return fingerprints.getOrDefault(name, "missing");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
