package gloss.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gloss.importer.Metadata.Found;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code gloss import} tells the editor about each page: where the article went, every field
 * with where it came from, what was removed, and a {@code gloss new} line for each name without a
 * page; failures as {@code input: error: reason}. As text, line by line; as JSON, one document at
 * the end.
 */
final class ImportReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Pattern ORGANIZATION_WORDS =
      Pattern.compile(
          "(?i).*\\b(?:ministry|department|council|committee|agency|bureau|party|group|university|"
              + "inc|corp|corporation|company|co|ltd|llc|journal|times|post|news|bank|association|institute|office|"
              + "service|commission|court|union|army|navy|force|forces|administration|security|house|senate|"
              + "congress|parliament|government|authority|foundation|federation|organization|organisation|"
              + "network|agency|press|reuters|guard|police|board|fund|league|club|team|church)\\b.*");

  private static final Pattern PLACE_WORDS =
      Pattern.compile(
          "(?i).*\\b(?:island|islands|river|lake|mount|mountains?|valley|bay|street|road|avenue|square|"
              + "city|county|province|region|harbour|harbor|port|sea|ocean|strait|gulf|coast|peninsula|district|"
              + "village|town|airport|station|bridge)\\b.*");

  private final ReportStyle style;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Path root;
  private final List<Map<String, Object>> articles = new ArrayList<>();
  private final List<Map<String, Object>> failures = new ArrayList<>();

  ImportReport(ReportStyle style, PrintWriter out, PrintWriter err, Path root) {
    this.style = style;
    this.out = out;
    this.err = err;
    this.root = root.toAbsolutePath().normalize();
  }

  String display(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }

  void failure(String input, String reason) {
    if (style == ReportStyle.JSON) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("input", input);
      f.put("error", reason);
      failures.add(f);
    }
    err.println(input + ": error: " + reason);
    err.flush();
  }

  void article(
      String input,
      ImportedArticle article,
      Optional<Path> written,
      Path planned,
      Optional<LocalDate> dateGiven,
      List<String> names) {
    Metadata m = article.metadata();
    Map<String, Optional<? extends Found<?>>> fields = new LinkedHashMap<>();
    fields.put("title", m.title());
    fields.put("date", dateGiven.<Found<?>>map(d -> new Found<>(d, "--date")).or(() -> m.date()));
    fields.put("source", m.source());
    fields.put("url", m.url());
    fields.put("authors", m.authors());
    fields.put("summary", m.summary());
    m.extra().forEach((key, found) -> fields.put(key, Optional.of(found)));
    if (style == ReportStyle.JSON) {
      articles.add(json(input, article, written, planned, fields, names));
      return;
    }
    out.println(
        (written.isPresent()
                ? "wrote " + display(written.get())
                : "would write " + display(planned))
            + " ("
            + article.kind()
            + " "
            + input
            + ")");
    fields.forEach(
        (key, found) ->
            out.println(
                String.format(
                    Locale.ROOT,
                    "  %-9s %s",
                    key,
                    found
                        .map(f -> shorten(valueText(f.value())) + " (" + f.from() + ")")
                        .orElse(
                            key.equals("date")
                                ? "not found: fill it in before building"
                                : "not found"))));
    Map<String, Integer> removed = article.removed().byKind();
    out.println(
        "  removed   "
            + (removed.isEmpty()
                ? "nothing"
                : String.join(
                    ", ",
                    removed.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .toList())));
    if (!names.isEmpty()) {
      out.println(
          "  names without a page (create one, or list it under ignore_names in site.yml):");
      for (String name : names) out.println("    " + newCommand(name));
    }
    out.flush();
  }

  private Map<String, Object> json(
      String input,
      ImportedArticle article,
      Optional<Path> written,
      Path planned,
      Map<String, Optional<? extends Found<?>>> fields,
      List<String> names) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("input", input);
    a.put("kind", article.kind());
    a.put("written", written.map(this::display).orElse(null));
    a.put("path", display(planned));
    Map<String, Object> meta = new LinkedHashMap<>();
    fields.forEach(
        (key, found) ->
            meta.put(
                key,
                found
                    .map(
                        f -> {
                          Map<String, Object> v = new LinkedHashMap<>();
                          v.put(
                              "value", f.value() instanceof LocalDate d ? d.toString() : f.value());
                          v.put("from", f.from());
                          return (Object) v;
                        })
                    .orElse(null)));
    a.put("metadata", meta);
    a.put("removed", article.removed().byKind());
    List<Map<String, String>> suggestions = new ArrayList<>();
    for (String name : names) {
      suggestions.add(Map.of("name", name, "command", newCommand(name)));
    }
    a.put("names_without_page", suggestions);
    return a;
  }

  void finish() {
    if (style != ReportStyle.JSON) return;
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("articles", articles);
    doc.put("failures", failures);
    try {
      out.println(JSON.writeValueAsString(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }

  /**
   * The {@code gloss new} line for a name: an organization or a place by its words ("Ministry",
   * "Island"), else a person when it has two words; a guess for the editor to confirm.
   */
  static String newCommand(String name) {
    String kind =
        ORGANIZATION_WORDS.matcher(name).matches()
            ? "organization"
            : PLACE_WORDS.matcher(name).matches()
                ? "place"
                : name.contains(" ") ? "person" : "person|place|organization";
    return "./gloss new " + kind + " \"" + name.replace("\"", "\\\"") + "\"";
  }

  private static String valueText(Object value) {
    return value instanceof List<?> list
        ? String.join(", ", list.stream().map(String::valueOf).toList())
        : String.valueOf(value);
  }

  private static String shorten(String s) {
    return s.length() <= 100 ? s : s.substring(0, 99) + "…";
  }
}
