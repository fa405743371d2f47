package gloss.check;

import gloss.diag.Diagnostics;
import gloss.diag.SourcePos;
import gloss.link.EntityIndex;
import gloss.model.Article;
import gloss.model.Content;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names in article text that look like a person, place or organization but lead to no entity:
 * runs of capitalised words ("Ministry of State Security"), and single capitalised words that come
 * back mid-sentence ("Hezbollah … Hezbollah"). It errs on the quiet side: a word at the start of a
 * sentence proves nothing, nor does a word the text also writes in lower case, a common word, a
 * title, a month or a nationality; a name that is part of a known entity's name or alias, or listed
 * under {@code ignore_names} in site.yml, is never suggested. Each name is reported once, at its
 * first occurrence.
 */
public final class NameSuggester {
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*(?:[-'’.&][\\p{L}\\p{N}\\p{M}]+)*");
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "the", "for", "de", "del", "della", "da", "do", "dos", "du", "la", "le", "von",
          "van", "der", "den", "al", "el", "bin", "ibn", "y", "on", "and");

  /** Words a sentence may start with, and titles, months and days: never a name on their own. */
  private static final Set<String> COMMON =
      Set.of(
          "the",
          "a",
          "an",
          "and",
          "or",
          "but",
          "nor",
          "so",
          "yet",
          "for",
          "of",
          "in",
          "on",
          "at",
          "to",
          "by",
          "with",
          "from",
          "as",
          "into",
          "about",
          "after",
          "before",
          "over",
          "under",
          "while",
          "when",
          "where",
          "which",
          "who",
          "whom",
          "whose",
          "what",
          "why",
          "how",
          "this",
          "that",
          "these",
          "those",
          "it",
          "its",
          "he",
          "she",
          "they",
          "we",
          "you",
          "i",
          "his",
          "her",
          "their",
          "our",
          "your",
          "my",
          "there",
          "here",
          "then",
          "than",
          "both",
          "neither",
          "either",
          "each",
          "every",
          "all",
          "some",
          "any",
          "no",
          "not",
          "none",
          "one",
          "two",
          "three",
          "if",
          "though",
          "although",
          "because",
          "since",
          "until",
          "unless",
          "also",
          "however",
          "meanwhile",
          "still",
          "even",
          "only",
          "just",
          "such",
          "other",
          "another",
          "more",
          "most",
          "many",
          "much",
          "few",
          "several",
          "last",
          "next",
          "first",
          "new",
          "former",
          "according",
          "despite",
          "during",
          "without",
          "within",
          "among",
          "between",
          "yes",
          "mr",
          "mrs",
          "ms",
          "dr",
          "prof",
          "sir",
          "dame",
          "president",
          "vice",
          "prime",
          "minister",
          "secretary",
          "senator",
          "sen",
          "rep",
          "representative",
          "governor",
          "mayor",
          "general",
          "gen",
          "col",
          "admiral",
          "ambassador",
          "chairman",
          "chair",
          "ceo",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "saint",
          "st",
          "judge",
          "justice",
          "officials",
          "official",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "american",
          "americans",
          "european",
          "africans",
          "african",
          "chinese",
          "japanese",
          "korean",
          "russian",
          "ukrainian",
          "british",
          "french",
          "german",
          "israeli",
          "iranian",
          "indian",
          "taiwanese",
          "swiss",
          "dutch",
          "spanish",
          "italian",
          "canadian",
          "mexican",
          "arab",
          "muslim",
          "christian",
          "jewish",
          "democrat",
          "democrats",
          "republican",
          "republicans",
          "communist",
          "communists",
          "internet",
          "ok",
          "tv",
          "ai",
          "covid");

  private static final Pattern NATIONALITY = Pattern.compile(".*(?:ese|ian|ish|ean)");

  private final Content content;
  private final EntityIndex known;
  private final List<String> knownNames;
  private final String kindsPhrase;

  private NameSuggester(Content content) {
    this.content = content;
    List<Entity> terms = new ArrayList<>(content.entities());
    EntityKind ignored = new EntityKind("ignored", "ignored", "Ignored");
    SourceFile nowhere = new SourceFile("site.yml", 1, Map.of());
    List<String> ignoreNames = content.config().ignoreNames();
    for (int i = 0; i < ignoreNames.size(); i++) {
      terms.add(
          new Entity(
              ignored,
              "ignored-" + i,
              ignoreNames.get(i),
              List.of(),
              "",
              Map.of(),
              nowhere,
              List.of()));
    }
    this.known = EntityIndex.of(terms, new Diagnostics());
    this.knownNames =
        terms.stream()
            .flatMap(
                e ->
                    java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(e.name()), e.aliases().stream()))
            .map(n -> " " + n.toLowerCase(Locale.ROOT).replace('’', '\'') + " ")
            .toList();
    this.kindsPhrase = kindsPhrase(content.config().entityKinds());
  }

  /** Reports suggested entities as warnings. */
  static void suggest(Content content, Diagnostics diagnostics) {
    new NameSuggester(content).run(diagnostics);
  }

  /**
   * The names in {@code article} (one not yet in {@code content}, such as a page being imported)
   * that look like entities without a page, in order of first occurrence.
   */
  public static List<String> namesWithoutPage(Content content, Article article) {
    return List.copyOf(new NameSuggester(content).find(List.of(article)).keySet());
  }

  /** "a person, place or organization" for the configured kinds. */
  static String kindsPhrase(List<EntityKind> kinds) {
    List<String> words = kinds.stream().map(EntityKind::singular).toList();
    if (words.isEmpty()) {
      return "an entity";
    }
    String list =
        words.size() == 1
            ? words.get(0)
            : String.join(", ", words.subList(0, words.size() - 1))
                + " or "
                + words.get(words.size() - 1);
    return ("aeiou".indexOf(list.charAt(0)) >= 0 ? "an " : "a ") + list;
  }

  private record Word(
      int start,
      int end,
      String text,
      boolean capital,
      boolean initial,
      boolean possessive,
      boolean known) {}

  private record Occurrence(Article article, int offset) {}

  private void run(Diagnostics diagnostics) {
    find(content.articles())
        .forEach(
            (name, at) ->
                diagnostics.warning(
                    position(at),
                    "'"
                        + name
                        + "' looks like "
                        + kindsPhrase
                        + " but has no page; add one or list it under ignore_names in site.yml"));
  }

  private Map<String, Occurrence> find(List<Article> articles) {
    Map<String, Occurrence> multi = new LinkedHashMap<>();
    Map<String, Occurrence> singleFirst = new LinkedHashMap<>();
    Map<String, Integer> singleCount = new HashMap<>();
    Set<String> lowercase = new HashSet<>();
    for (Article article : articles) {
      String mask = MarkdownMask.of(article.body());
      List<Word> words = words(mask);
      Set<String> lowerHere = new HashSet<>();
      words.stream().filter(w -> !w.capital()).forEach(w -> lowerHere.add(w.text()));
      lowercase.addAll(lowerHere);
      for (List<Word> run : runs(words, mask, lowerHere)) {
        List<Word> names = run.stream().filter(w -> !CONNECTORS.contains(w.text())).toList();
        if (names.size() >= 2) {
          String name = join(run, mask);
          multi.putIfAbsent(name, new Occurrence(article, run.get(0).start()));
        } else if (names.size() == 1 && run.size() == 1) {
          Word w = run.get(0);
          singleFirst.putIfAbsent(w.text(), new Occurrence(article, w.start()));
          if (!w.initial()) {
            singleCount.merge(w.text(), 1, Integer::sum);
          }
        }
      }
    }
    Map<String, Occurrence> suggestions = new LinkedHashMap<>();
    multi.forEach(
        (name, at) -> {
          if (!partOfKnownName(name) && !allCommon(name)) {
            suggestions.put(name, at);
          }
        });
    singleFirst.forEach(
        (word, at) -> {
          String lower = word.toLowerCase(Locale.ROOT);
          if (singleCount.getOrDefault(word, 0) >= 2
              && !lowercase.contains(lower)
              && !COMMON.contains(lower)
              && !NATIONALITY.matcher(lower).matches()
              && word.length() >= 2
              && !partOfKnownName(word)
              && multi.keySet().stream()
                  .noneMatch(m -> (" " + m + " ").contains(" " + word + " "))) {
            suggestions.put(word, at);
          }
        });
    return suggestions;
  }

  /** Words of the masked text, with the facts the run builder needs. */
  private List<Word> words(String mask) {
    List<EntityIndex.Match> matches = known.find(mask);
    boolean[] inKnown = new boolean[mask.length() + 1];
    for (EntityIndex.Match m : matches) {
      for (int i = m.start(); i < m.end(); i++) inKnown[i] = true;
    }
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(mask);
    while (m.find()) {
      String text = m.group();
      int end = m.end();
      boolean possessive = false;
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.endsWith("'s") || lower.endsWith("’s")) {
        text = text.substring(0, text.length() - 2);
        end -= 2;
        possessive = true;
      }
      if (text.isEmpty()) continue;
      boolean capital = Character.isUpperCase(text.codePointAt(0));
      words.add(
          new Word(
              m.start(),
              end,
              text,
              capital,
              sentenceInitial(mask, m.start()),
              possessive,
              inKnown[m.start()] || inKnown[Math.max(m.start(), end - 1)]));
    }
    return words;
  }

  /** Maximal runs of capitalised words joined by spaces and connectors, outside known names. */
  private static List<List<Word>> runs(List<Word> words, String mask, Set<String> lowercase) {
    List<List<Word>> runs = new ArrayList<>();
    List<Word> run = new ArrayList<>();
    Word previous = null;
    for (Word w : words) {
      boolean joins =
          !run.isEmpty()
              && previous != null
              && !previous.possessive()
              && onlySpace(mask, previous.end(), w.start())
              && (w.capital() || CONNECTORS.contains(w.text()));
      if (!joins) {
        close(run, runs, lowercase);
        run = new ArrayList<>();
      }
      if (!w.known() && (w.capital() || !run.isEmpty() && CONNECTORS.contains(w.text()))) {
        run.add(w);
      } else if (!run.isEmpty()) {
        close(run, runs, lowercase);
        run = new ArrayList<>();
      }
      previous = w;
    }
    close(run, runs, lowercase);
    return runs;
  }

  private static void close(List<Word> run, List<List<Word>> runs, Set<String> lowercase) {
    List<Word> r = new ArrayList<>(run);
    // A sentence's first word is capitalised anyway: it is not part of a name when it is a common
    // word ("While"), when the text also writes it in lower case, or when "the" follows ("See
    // the").
    if (!r.isEmpty() && r.get(0).initial()) {
      String first = r.get(0).text().toLowerCase(Locale.ROOT);
      if (COMMON.contains(first)
          || lowercase.contains(first)
          || r.size() > 1 && r.get(1).text().equals("the")) {
        r.remove(0);
      }
    }
    // "Chinese Ministry of State Security": the nationality describes the name, it is not in it.
    while (r.size() > 1 && isNationality(r.get(0).text())) {
      r.remove(0);
    }
    while (!r.isEmpty() && CONNECTORS.contains(r.get(0).text())) {
      r.remove(0);
    }
    while (!r.isEmpty() && CONNECTORS.contains(r.get(r.size() - 1).text())) {
      r.remove(r.size() - 1);
    }
    if (!r.isEmpty()) {
      runs.add(r);
    }
  }

  private static boolean isNationality(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return NATIONALITY.matcher(lower).matches()
        || Set.of(
                "american",
                "african",
                "swiss",
                "dutch",
                "french",
                "british",
                "german",
                "arab",
                "israeli",
                "mexican",
                "canadian",
                "european",
                "russian",
                "iranian",
                "indian")
            .contains(lower);
  }

  private static boolean onlySpace(String mask, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = mask.charAt(i);
      if (c == '\n') newlines++;
      else if (c != ' ' && c != '\t' && c != '\u00a0') return false;
    }
    return newlines < 2;
  }

  /** Whether a word starts a sentence: after . ! ? : or a paragraph break, past any quotes. */
  private static boolean sentenceInitial(String mask, int at) {
    int newlines = 0;
    for (int i = at - 1; i >= 0; i--) {
      char c = mask.charAt(i);
      if (c == '\n') {
        if (++newlines >= 2) return true;
      } else if (Character.isWhitespace(c) || "\"'“‘(«[—–-".indexOf(c) >= 0) {
        continue;
      } else {
        return ".!?:;…".indexOf(c) >= 0;
      }
    }
    return true;
  }

  private static String join(List<Word> run, String mask) {
    return mask.substring(run.get(0).start(), run.get(run.size() - 1).end())
        .replaceAll("\\s+", " ");
  }

  /** Whether the name is a whole-word part of a known entity name, alias or ignored name. */
  private boolean partOfKnownName(String name) {
    String probe = " " + name.toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
    return knownNames.stream().anyMatch(n -> n.contains(probe));
  }

  private static boolean allCommon(String name) {
    return java.util.Arrays.stream(name.split(" "))
        .map(w -> w.toLowerCase(Locale.ROOT))
        .allMatch(w -> COMMON.contains(w) || CONNECTORS.contains(w));
  }

  /** The file position of an offset into an article's body. */
  private static SourcePos position(Occurrence at) {
    String body = at.article().body();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at.offset(); i++) {
      if (body.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return at.article().file().bodyLine(line, at.offset() - lineStart + 1);
  }
}
