package gloss.scaffold;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes front-matter values as YAML that reads back exactly as given. */
final class FrontMatterWriter {
  private final StringBuilder yaml = new StringBuilder("---\n");

  FrontMatterWriter text(String key, String value) {
    yaml.append(key).append(": ").append(quoted(value)).append('\n');
    return this;
  }

  FrontMatterWriter plain(String key, String value) {
    yaml.append(key).append(": ").append(value).append('\n');
    return this;
  }

  FrontMatterWriter list(String key, List<String> values) {
    yaml.append(key)
        .append(": [")
        .append(values.stream().map(FrontMatterWriter::quoted).collect(Collectors.joining(", ")))
        .append("]\n");
    return this;
  }

  FrontMatterWriter comment(String line) {
    yaml.append("# ").append(line).append('\n');
    return this;
  }

  String withBody(String body) {
    return yaml + "---\n" + body + "\n";
  }

  /** A YAML double-quoted scalar. */
  static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A slug from free text: lowercase ASCII letters, digits and single hyphens. */
  static String slug(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[’']", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
  }
}
