package gloss.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a name found in running text is a mention of its entity or a piece of a longer
 * name ("Harris" in "Harris County", "America" in "Latin America"). The decision looks only at the
 * words right next to the match, so it costs the same for every match whatever the size of the
 * digest. Precision comes first: when the words around a match make it doubtful, it does not link,
 * and the reason is kept so that {@code gloss check} can show it to an editor.
 *
 * <p>A capitalised word directly before or after a match (or joined to it by a connector such as
 * "of" or "al-") makes the match part of a longer name, unless that word is a title, the start or
 * end of another match, a weekday or month, or a function word ("When", "But", "The").
 */
public final class MentionRules {

  /** How a match was judged: linked or not, and for close calls the reason, else empty. */
  public record Verdict(boolean mention, String doubt) {
    static final Verdict CLEAR = new Verdict(true, "");

    static Verdict closeCall(String why) {
      return new Verdict(true, why);
    }

    static Verdict partOf(String longerName) {
      return new Verdict(false, "reads as part of the longer name '" + longerName + "'");
    }

    static Verdict refused(String why) {
      return new Verdict(false, why);
    }
  }

  /**
   * Words that are capitalised at the start of a sentence or in a headline without being part of a
   * name: articles, pronouns, prepositions, conjunctions and common sentence adverbs.
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "but",
          "nor",
          "so",
          "yet",
          "for",
          "if",
          "as",
          "when",
          "while",
          "since",
          "after",
          "before",
          "because",
          "although",
          "though",
          "unless",
          "until",
          "once",
          "whether",
          "where",
          "why",
          "how",
          "what",
          "who",
          "whom",
          "which",
          "that",
          "this",
          "these",
          "those",
          "then",
          "than",
          "both",
          "either",
          "neither",
          "each",
          "every",
          "all",
          "some",
          "many",
          "most",
          "few",
          "much",
          "part",
          "rest",
          "half",
          "none",
          "one",
          "no",
          "not",
          "only",
          "even",
          "also",
          "still",
          "now",
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "meanwhile",
          "however",
          "instead",
          "indeed",
          "thus",
          "here",
          "there",
          "perhaps",
          "maybe",
          "last",
          "next",
          "earlier",
          "later",
          "recently",
          "separately",
          "in",
          "on",
          "at",
          "to",
          "from",
          "by",
          "with",
          "without",
          "into",
          "onto",
          "over",
          "under",
          "about",
          "against",
          "between",
          "among",
          "through",
          "during",
          "despite",
          "like",
          "unlike",
          "including",
          "within",
          "across",
          "behind",
          "beyond",
          "toward",
          "towards",
          "upon",
          "via",
          "per",
          "he",
          "she",
          "it",
          "we",
          "they",
          "you",
          "his",
          "her",
          "its",
          "our",
          "their",
          "my",
          "your",
          "is",
          "was",
          "are",
          "were",
          "has",
          "had",
          "have",
          "does",
          "did",
          "do",
          "will",
          "would",
          "can",
          "could",
          "should",
          "shall",
          "must",
          "might",
          "asked",
          "says",
          "said",
          "whereas",
          "whatever",
          "whoever",
          "ask",
          "tell",
          "let",
          "see",
          "read",
          "watch",
          "yes",
          "oh",
          "of",
          "up",
          "out",
          "down",
          "off",
          "near",
          "around",
          "beside",
          "besides",
          "amid",
          "inside",
          "outside",
          "former");

  private static final Set<String> CALENDAR_WORDS =
      Set.of(
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Jan.",
          "Feb.",
          "Mar.",
          "Apr.",
          "Aug.",
          "Sept.",
          "Sep.",
          "Oct.",
          "Nov.",
          "Dec.");

  /** Words that join the parts of a longer name: "Bank of China", "Charles de Gaulle". */
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "des", "la",
          "le", "bin", "ibn", "y", "dos", "das", "ter", "zu", "&");

  /** Arabic and similar articles written with a hyphen: "al-Assad", "el-Sisi". */
  private static final Set<String> HYPHEN_ARTICLES =
      Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "ul", "an", "bin", "ibn", "abu");

  /** Combining forms that begin a hyphenated adjective without being a name: "Sino-US". */
  private static final Set<String> COMBINING_FORMS =
      Set.of(
          "Sino", "Anglo", "Franco", "Indo", "Afro", "Euro", "Russo", "Austro", "Greco", "Judeo",
          "Italo", "Hispano", "Luso", "Pan", "Trans", "Pro", "Anti", "Non", "Ex", "Post", "Pre",
          "Mid", "Neo");

  private static final int LONGEST_TITLE_WORDS = 4;
  private static final int LONGEST_TOKEN = 40;

  private final Set<String> titles;

  /**
   * @param titles words and phrases that may stand right before (or after) a name without being
   *     part of it, as site.yml's {@code titles} gives them
   */
  public MentionRules(List<String> titles) {
    Set<String> set = new HashSet<>();
    for (String t : titles) {
      set.add(String.join(" ", t.strip().split("\\s+")));
    }
    this.titles = Set.copyOf(set);
  }

  /**
   * Judges {@code matches.get(i)} in {@code text}; the other matches of the same text tell which
   * neighbouring words are names themselves.
   */
  public Verdict judge(CharSequence text, List<EntityIndex.Match> matches, int i) {
    EntityIndex.Match m = matches.get(i);
    int prevEnd = i > 0 ? matches.get(i - 1).end() : -1;
    int nextStart = i + 1 < matches.size() ? matches.get(i + 1).start() : -1;
    Verdict left = left(text, m, prevEnd);
    if (!left.mention()) {
      return left;
    }
    Verdict right = right(text, m, nextStart);
    if (!right.mention()) {
      return right;
    }
    return left.doubt().isEmpty() ? right : left;
  }

  /** A word of the text: {@code [start, end)}, possessive ending excluded from {@code core}. */
  private record Token(int start, int end, int coreEnd) {
    String text(CharSequence s) {
      return s.subSequence(start, end).toString();
    }

    String core(CharSequence s) {
      return s.subSequence(start, coreEnd).toString();
    }

    boolean possessive() {
      return coreEnd < end;
    }
  }

  private Verdict left(CharSequence text, EntityIndex.Match m, int prevEnd) {
    int s = m.start();
    if (s == 0) {
      return Verdict.CLEAR;
    }
    char c = text.charAt(s - 1);
    if (isApostrophe(c) && s >= 2 && Character.isLetter(text.charAt(s - 2))) {
      return Verdict.refused("follows an apostrophe inside a word");
    }
    if (c == '/' && prevEnd == s - 1) {
      return Verdict.CLEAR; // "US/China"
    }
    if (c == '@' || c == '#' || c == '/' || c == '\\' || c == '.' || c == '_' || c == '&') {
      return Verdict.refused("is joined to '" + c + "' before it");
    }
    if (isHyphen(c)) {
      Token w = tokenBefore(text, s - 1);
      if (w == null) {
        return Verdict.CLEAR;
      }
      String word = w.text(text);
      if (prevEnd == w.end()) {
        return Verdict.CLEAR;
      }
      if (HYPHEN_ARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
        return Verdict.partOf(text.subSequence(w.start(), m.end()).toString());
      }
      if (!isCapitalised(word) || COMBINING_FORMS.contains(word) || isPerson(m) && isTitle(word)) {
        return Verdict.CLEAR;
      }
      return Verdict.partOf(text.subSequence(w.start(), m.end()).toString());
    }
    if (!Character.isWhitespace(c)) {
      return Verdict.CLEAR; // opening quote, bracket, dash: a boundary
    }
    int ws = skipSpaceBack(text, s);
    if (ws == 0) {
      return Verdict.CLEAR;
    }
    Token w = tokenBefore(text, ws);
    if (w == null) {
      return Verdict.CLEAR; // punctuation, a closing quote or bracket separates
    }
    String word = w.text(text);
    if (isPerson(m) && titleEndsAt(text, w)) {
      return Verdict.CLEAR; // "President Trump"; but "Captain America", "General Motors" are names
    }
    if (word.endsWith(".")) {
      String core = word.substring(0, word.length() - 1);
      if (core.length() == 1 && Character.isUpperCase(core.charAt(0))) {
        return Verdict.partOf(text.subSequence(w.start(), m.end()).toString());
      }
      return Verdict.CLEAR; // the end of a sentence
    }
    if (prevEnd == w.coreEnd() || prevEnd == w.end()) {
      return Verdict.CLEAR; // "the Biden White House", "China's Foreign Ministry"
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (CONNECTORS.contains(lower) || lower.equals("the") && connectorBefore(text, w)) {
      return connected(text, m, w, prevEnd);
    }
    if (!isCapitalised(word)) {
      return Verdict.CLEAR;
    }
    String core = w.core(text);
    if (CALENDAR_WORDS.contains(core)) {
      return Verdict.CLEAR;
    }
    if (FUNCTION_WORDS.contains(core.toLowerCase(Locale.ROOT)) && !isAllCaps(core)) {
      return Verdict.CLEAR;
    }
    if (isParticiple(core) && sentenceStartsAt(text, w)) {
      return Verdict.CLEAR; // "Calling Volt Typhoon rogue hackers", "Citing WHO data"
    }
    if (w.possessive() && !isMultiWord(text, m)) {
      return Verdict.closeCall("follows the possessive '" + word + "', which has no page");
    }
    return Verdict.partOf(text.subSequence(w.start(), m.end()).toString());
  }

  /** A connector before the match: the word before the connector decides. */
  private Verdict connected(CharSequence text, EntityIndex.Match m, Token connector, int prevEnd) {
    Token c = connector;
    if (c.text(text).equalsIgnoreCase("the")) {
      c = tokenBefore(text, skipSpaceBack(text, c.start()));
    }
    int ws = skipSpaceBack(text, c.start());
    Token w = ws == 0 ? null : tokenBefore(text, ws);
    if (w == null || prevEnd == w.end() || prevEnd == w.coreEnd()) {
      return Verdict.CLEAR;
    }
    String word = w.text(text);
    if (!isCapitalised(word) || titleEndsAt(text, w)) {
      return Verdict.CLEAR;
    }
    if (sentenceStartsAt(text, w)
        && (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) || isPlural(word))) {
      return Verdict.CLEAR; // "Most of China", "Officials of the United States"
    }
    return Verdict.partOf(text.subSequence(w.start(), m.end()).toString());
  }

  private Verdict right(CharSequence text, EntityIndex.Match m, int nextStart) {
    int e = m.end();
    if (e >= text.length()) {
      return Verdict.CLEAR;
    }
    char c = text.charAt(e);
    if (isApostrophe(c)) {
      if (e + 1 < text.length() && Character.isLetter(text.charAt(e + 1))) {
        boolean s = text.charAt(e + 1) == 's';
        boolean ends = e + 2 >= text.length() || !Character.isLetter(text.charAt(e + 2));
        if (!(s && ends)) {
          return Verdict.refused(
              "continues after an apostrophe, as in '" + wordAround(text, m) + "'");
        }
      }
      return Verdict.CLEAR; // possessive, or a closing quote
    }
    if ((c == '.' || c == '@' || c == '_' || c == '&')
        && e + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(e + 1))) {
      return Verdict.refused("continues as '" + wordAround(text, m) + "'");
    }
    if (isHyphen(c)) {
      Token w = tokenAfter(text, e + 1);
      if (w == null || nextStart == w.start()) {
        return Verdict.CLEAR;
      }
      String word = w.text(text);
      if (!isCapitalised(word)) {
        return Verdict.CLEAR;
      }
      if (isAllCaps(text.subSequence(m.start(), m.end()).toString())) {
        return Verdict.closeCall("is hyphenated to '" + word + "', which has no page");
      }
      return Verdict.partOf(text.subSequence(m.start(), w.end()).toString());
    }
    if (!Character.isWhitespace(c)) {
      return Verdict.CLEAR;
    }
    int at = e;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    Token w = tokenAfter(text, at);
    if (w == null || nextStart == w.start()) {
      return Verdict.CLEAR;
    }
    String word = w.core(text);
    if (!isCapitalised(word)
        || CALENDAR_WORDS.contains(word)
        || isTitle(word)
        || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !isAllCaps(word)) {
      return Verdict.CLEAR;
    }
    return Verdict.partOf(text.subSequence(m.start(), w.coreEnd()).toString());
  }

  /** Whether a title from the list ends with token {@code w} ("Secretary of State Rubio"). */
  private boolean titleEndsAt(CharSequence text, Token w) {
    List<String> words = new ArrayList<>(LONGEST_TITLE_WORDS);
    Token t = w;
    for (int n = 0; n < LONGEST_TITLE_WORDS && t != null; n++) {
      words.add(0, t.text(text));
      if (isTitle(String.join(" ", words))) {
        return true;
      }
      int ws = skipSpaceBack(text, t.start());
      if (ws == t.start() || ws == 0) {
        break;
      }
      t = tokenBefore(text, ws);
    }
    return false;
  }

  /** A title of the list, or its plural ("Presidents Biden and Xi"). */
  private boolean isTitle(String words) {
    return titles.contains(words)
        || words.endsWith("s") && titles.contains(words.substring(0, words.length() - 1));
  }

  /**
   * Titles stand before the names of people only: before a place or organization the same words
   * make a longer name ("Captain America", "General Motors").
   */
  private static boolean isPerson(EntityIndex.Match m) {
    return m.entity() != null && m.entity().kind().singular().equals("person");
  }

  /** Whether "the" at {@code w} follows a connector ("Bank of the United States"). */
  private static boolean connectorBefore(CharSequence text, Token w) {
    int ws = skipSpaceBack(text, w.start());
    Token c = ws == 0 || ws == w.start() ? null : tokenBefore(text, ws);
    return c != null && CONNECTORS.contains(c.text(text).toLowerCase(Locale.ROOT));
  }

  private static boolean sentenceStartsAt(CharSequence text, Token w) {
    int ws = skipSpaceBack(text, w.start());
    if (ws == 0) {
      return true;
    }
    char c = text.charAt(ws - 1);
    return ".!?:;\"“(—".indexOf(c) >= 0;
  }

  /**
   * The position just after the non-space character before the white space ending at {@code at}.
   */
  private static int skipSpaceBack(CharSequence text, int at) {
    int i = at;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * The word ending at {@code end} (letters, digits, inner apostrophes, hyphens and periods), or
   * null when the character before {@code end} is other punctuation.
   */
  private static Token tokenBefore(CharSequence text, int end) {
    if (end <= 0) {
      return null;
    }
    int i = end;
    char last = text.charAt(end - 1);
    if (!(Character.isLetterOrDigit(last) || last == '.' || isApostrophe(last))) {
      return null;
    }
    while (i > 0 && end - i < LONGEST_TOKEN) {
      char c = text.charAt(i - 1);
      if (Character.isLetterOrDigit(c) || c == '.' || isApostrophe(c) || isHyphen(c)) {
        i--;
      } else {
        break;
      }
    }
    while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
      i++; // leading punctuation is not part of the word
    }
    if (i >= end) {
      return null;
    }
    return new Token(i, end, possessiveStart(text, i, end));
  }

  /** The word starting at {@code start}, or null when it does not start with a letter or digit. */
  private static Token tokenAfter(CharSequence text, int start) {
    if (start >= text.length() || !Character.isLetterOrDigit(text.charAt(start))) {
      return null;
    }
    int i = start;
    while (i < text.length() && i - start < LONGEST_TOKEN) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)
          || (isApostrophe(c) || c == '.' || isHyphen(c))
              && i + 1 < text.length()
              && Character.isLetter(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return new Token(start, i, possessiveStart(text, start, i));
  }

  /** Where a possessive ending ('s, s') starts in the word, or {@code end} when there is none. */
  private static int possessiveStart(CharSequence text, int start, int end) {
    if (end - start > 2
        && isApostrophe(text.charAt(end - 2))
        && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
      return end - 2;
    }
    if (end - start > 1 && isApostrophe(text.charAt(end - 1))) {
      return end - 1;
    }
    return end;
  }

  private static String wordAround(CharSequence text, EntityIndex.Match m) {
    int from = m.start();
    int to = m.end();
    while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to - m.end() < 20) {
      to++;
    }
    while (to > m.end() && !Character.isLetterOrDigit(text.charAt(to - 1))) {
      to--;
    }
    return text.subSequence(from, to).toString();
  }

  /** A verb form ending in -ing ("Calling", "Citing"), not a place such as "Beijing". */
  private static boolean isParticiple(String word) {
    return word.length() >= 6
        && word.endsWith("ing")
        && !word.endsWith("jing")
        && word.chars().skip(1).allMatch(Character::isLowerCase);
  }

  /** A plural common noun, as far as its spelling tells: "Officials", not "Bass" or "Harris". */
  private static boolean isPlural(String word) {
    int n = word.length();
    return n > 3
        && word.charAt(n - 1) == 's'
        && "su".indexOf(word.charAt(n - 2)) < 0
        && word.chars().skip(1).allMatch(Character::isLowerCase);
  }

  private static boolean isMultiWord(CharSequence text, EntityIndex.Match m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCapitalised(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isAllCaps(String word) {
    boolean letters = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters && word.length() > 1;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
