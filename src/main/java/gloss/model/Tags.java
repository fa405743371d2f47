package gloss.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a tag as written becomes the slug of its page: "US–China relations", "us-china relations" and
 * "US China Relations" are one tag, {@code us-china-relations}. Case, spacing, punctuation and
 * diacritics do not count.
 */
public final class Tags {
  private Tags() {}

  /** The slug of a tag; "" for a tag with no letter or digit in it. */
  public static String slug(String tag) {
    return Normalizer.normalize(tag, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-+|-+$", "");
  }
}
