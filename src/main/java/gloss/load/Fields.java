package gloss.load;

import gloss.diag.Diagnostics;
import gloss.diag.SourcePos;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Typed, reported reads of one file's front matter. */
final class Fields {
  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final FrontMatter front;
  private final String display;
  private final Diagnostics diagnostics;

  Fields(FrontMatter front, String display, Diagnostics diagnostics) {
    this.front = front;
    this.display = display;
    this.diagnostics = diagnostics;
  }

  SourcePos at(String key) {
    SourcePos pos = front.positions().get(key);
    return pos != null ? pos : SourcePos.startOf(display);
  }

  Map<String, Object> all() {
    return front.values();
  }

  /** A required, non-blank text value; reports and returns empty when missing. */
  Optional<String> required(String key) {
    Object value = front.values().get(key);
    if (value == null || (value instanceof String s && s.isBlank())) {
      diagnostics.error(at(key), "missing required field '" + key + "'");
      return Optional.empty();
    }
    return text(key);
  }

  /** An optional text value, "" when absent. */
  String optional(String key) {
    return text(key).orElse("");
  }

  private Optional<String> text(String key) {
    Object value = front.values().get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof List<?>) {
      diagnostics.error(
          at(key),
          "'"
              + key
              + "' must be text, not a list; quote a value that starts with '[': "
              + key
              + ": \"[…] …\"");
      return Optional.empty();
    }
    if (!(value instanceof String s)) {
      diagnostics.error(
          at(key),
          "'"
              + key
              + "' must be text, not a mapping; quote a value that contains ': ' or starts with"
              + " '{': "
              + key
              + ": \"…: …\"");
      return Optional.empty();
    }
    return Optional.of(s.strip());
  }

  /** A list of text values; a single text value is an error that shows it written as a list. */
  List<String> list(String key) {
    Object value = front.values().get(key);
    if (value == null || value instanceof String blank && blank.isBlank()) {
      return List.of();
    }
    if (value instanceof String s) {
      diagnostics.error(
          at(key),
          "'"
              + key
              + "' must be a list, not the text '"
              + s.strip()
              + "'; write it in brackets: "
              + key
              + ": ["
              + s.strip()
              + "]");
      return List.of();
    }
    if (!(value instanceof List<?> items)) {
      diagnostics.error(
          at(key),
          "'" + key + "' must be a list, not a mapping; write it like " + key + ": [a, b]");
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof String s && !s.isBlank()) {
        result.add(s.strip());
      } else {
        SourcePos pos = front.positions().getOrDefault(key + "[" + i + "]", at(key));
        diagnostics.error(pos, "item " + (i + 1) + " of '" + key + "' must be non-empty text");
      }
    }
    return result;
  }

  /**
   * An optional image that pages are shared with: an https address or a file under {@code
   * content/images/} ({@code images/a.png}); "" when absent or unusable (reported).
   */
  String image(String key) {
    String image = optional(key);
    if (image.isEmpty() || image.startsWith("https://") && !image.contains(" ")) {
      return image;
    }
    if (image.startsWith("images/") && !image.contains("..") && !image.contains("\\")) {
      return image;
    }
    diagnostics.error(
        at(key),
        "'"
            + key
            + "' is '"
            + image
            + "'; use an https:// address or a file under content/images/ (images/x.png)");
    return "";
  }

  /** A required ISO date (YYYY-MM-DD). */
  Optional<LocalDate> date(String key) {
    return required(key).flatMap(text -> parseDate(key, text));
  }

  private Optional<LocalDate> parseDate(String key, String text) {
    Optional<String> problem = DateProblem.of(text);
    if (problem.isPresent()) {
      diagnostics.error(at(key), problem.get());
      return Optional.empty();
    }
    return Optional.of(LocalDate.parse(text));
  }
}
