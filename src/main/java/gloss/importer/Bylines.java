package gloss.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * People's names from a byline or an author field: "By Jane Doe and John Roe" gives two names;
 * roles ("Staff Writer"), desks, agencies and the site's own name are not people.
 */
final class Bylines {
  private static final String NAME =
      "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|de|van|von|der|den|da|del|dos|bin|al|la|le|du))"
          + "{0,4}";

  /**
   * One to five names joined by commas, "and" or "&" (case-sensitive; used inside {@code (?-i:)}).
   */
  static final String NAMES = NAME + "(?:\\s*(?:,|,?\\s+and|&)\\s+" + NAME + "){0,4}";

  /**
   * A written date: "Dec. 4, 2024", "Saturday 12 October 2024", "2024-12-04", "Sun 27 Apr 2025".
   */
  static final String DATE =
      "(?:\\p{L}{3,9}\\.?,?\\s+)?(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}|"
          + "\\d{4}-\\d{2}-\\d{2})";

  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:(?:written|words|story|reporting|text|posted)\\s+)?by[:\\s]+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TAIL =
      Pattern.compile(
          "\\s+(?:[|·•—–]|-\\s|updated\\b|published\\b|posted\\b|on\\s+\\p{L}+\\s+\\d|\\d).*$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
  private static final Pattern AFFILIATION = Pattern.compile("\\s+(?:for|of|in|at)\\s+.*$");
  private static final Set<String> NOT_PEOPLE =
      Set.of(
          "staff",
          "writer",
          "writers",
          "reporter",
          "reporters",
          "correspondent",
          "editor",
          "editors",
          "editorial",
          "board",
          "contributor",
          "contributors",
          "columnist",
          "producer",
          "analyst",
          "photographer",
          "bureau",
          "chief",
          "senior",
          "associate",
          "deputy",
          "special",
          "freelance",
          "desk",
          "team",
          "newsroom",
          "news",
          "press",
          "wire",
          "wires",
          "agency",
          "agencies",
          "service",
          "services",
          "admin",
          "administrator",
          "guest",
          "author",
          "unknown",
          "anonymous",
          "reuters",
          "afp",
          "ap",
          "associated",
          "bloomberg",
          "xinhua",
          "upi",
          "dpa",
          "efe",
          "ians",
          "pti",
          "media",
          "digital",
          "online",
          "web",
          "report",
          "reports",
          "correspondents",
          "international");

  private Bylines() {}

  /** The people named, in order, without duplicates; {@code siteName} is never one of them. */
  static List<String> people(String byline, String siteName) {
    String text = byline.replaceAll("\\s+", " ").strip();
    text = LEAD.matcher(text).replaceFirst("");
    text = TAIL.matcher(text).replaceFirst("");
    Set<String> names = new LinkedHashSet<>();
    for (String piece : SEPARATORS.split(text)) {
      String name = AFFILIATION.matcher(piece.strip()).replaceFirst("").strip();
      if (isPerson(name, siteName)) names.add(name);
    }
    return new ArrayList<>(names);
  }

  static boolean isPerson(String name, String siteName) {
    if (name.isEmpty()
        || name.length() > 60
        || name.contains("@")
        || name.contains("/")
        || !Character.isUpperCase(name.codePointAt(0))) {
      return false;
    }
    if (!siteName.isBlank() && name.equalsIgnoreCase(siteName.strip())) return false;
    String[] words = name.split(" ");
    if (words.length > 5) return false;
    for (String word : words) {
      String w = word.toLowerCase(Locale.ROOT).replaceAll("[.'’]", "");
      if (NOT_PEOPLE.contains(w)) return false;
    }
    return true;
  }
}
