package gloss.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the importer found about an article, each value with where it came from ("JSON-LD
 * datePublished"), so the editor can judge it.
 *
 * @param extra values the front matter has no field for ({@code section}, {@code keywords}), kept
 *     under their own keys in this order
 */
public record Metadata(
    Optional<Found<String>> title,
    Optional<Found<LocalDate>> date,
    Optional<Found<String>> source,
    Optional<Found<String>> url,
    Optional<Found<List<String>>> authors,
    Optional<Found<String>> summary,
    Map<String, Found<Object>> extra) {

  /** A value and the place in the page it was read from. */
  public record Found<T>(T value, String from) {}

  public Metadata {
    extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
  }

  /** The same metadata with a summary the page did not give (the text's first sentence). */
  Metadata orSummary(Optional<Found<String>> fallback) {
    return summary.isPresent()
        ? this
        : new Metadata(title, date, source, url, authors, fallback, extra);
  }
}
