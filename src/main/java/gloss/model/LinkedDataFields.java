package gloss.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the optional entity fields that pages publish as linked data: {@code wikidata}, {@code
 * wikipedia}, {@code coordinates}. The loader reports malformed values; later stages read them
 * through here and skip what does not parse, so both agree on what is valid.
 */
public final class LinkedDataFields {
  private static final Pattern WIKIDATA =
      Pattern.compile("(?:https?://(?:www\\.)?wikidata\\.org/wiki/)?(Q[1-9][0-9]*)");

  private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");

  private LinkedDataFields() {}

  /** The item id of {@code wikidata: Q71} (or its page URL), if well-formed. */
  public static Optional<String> wikidataId(Object value) {
    if (!(value instanceof String text)) {
      return Optional.empty();
    }
    Matcher m = WIKIDATA.matcher(text.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The item's page, {@code https://www.wikidata.org/wiki/Q71}, whichever form was written. */
  public static Optional<String> wikidataUrl(Object value) {
    return wikidataId(value).map(id -> "https://www.wikidata.org/wiki/" + id);
  }

  /** {@code wikipedia: https://…}: an http(s) address without spaces. */
  public static Optional<String> wikipediaUrl(Object value) {
    if (value instanceof String text && WEB_ADDRESS.matcher(text.strip()).matches()) {
      return Optional.of(text.strip());
    }
    return Optional.empty();
  }

  /**
   * {@code coordinates: [lat, lon]} as written in front matter: both numbers, latitude within ±90
   * and longitude within ±180 degrees.
   */
  public static Optional<double[]> coordinates(Object value) {
    if (!(value instanceof List<?> list) || list.size() != 2) {
      return Optional.empty();
    }
    try {
      double lat = Double.parseDouble(String.valueOf(list.get(0)).strip());
      double lon = Double.parseDouble(String.valueOf(list.get(1)).strip());
      if (Double.isFinite(lat)
          && Double.isFinite(lon)
          && Math.abs(lat) <= 90
          && Math.abs(lon) <= 180) {
        return Optional.of(new double[] {lat, lon});
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
