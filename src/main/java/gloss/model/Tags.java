package gloss.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a tag as written becomes the slug of its page: "US–China relations", "us-china relations" and
 * "US China Relations" are one tag, {@code us-china-relations}. Case, spacing, punctuation and
 * diacritics do not count.
 */
public final class Tags {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  private Tags() {}

  /** The slug of a tag; "" for a tag with no letter or digit in it. */
  public static String slug(String tag) {
    // every page and every article asks for the slugs of its tags: skip the Unicode work for the
    // common all-ASCII tag
    String folded =
        tag.chars().allMatch(c -> c < 0x80)
            ? tag
            : MARKS.matcher(Normalizer.normalize(tag, Normalizer.Form.NFKD)).replaceAll("");
    String dashed = NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
    return EDGE_DASHES.matcher(dashed).replaceAll("");
  }
}
