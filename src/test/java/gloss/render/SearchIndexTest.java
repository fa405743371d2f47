package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gloss.link.BodyText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyDocumentsTermsRoundTripThroughTheFragments() throws Exception {
    List<Documents> sources = corpus(300, 1);
    Map<String, byte[]> files = build(sources);
    Read read = read(files);

    assertThat(read.fragments().size()).as("fragments").isGreaterThan(3);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      assertThat(f.getValue().length).as(f.getKey()).isLessThanOrEqualTo(100 * 1024);
    }
    // Every document's words are found at its number, and nothing else is.
    Map<String, Set<Integer>> expected = new TreeMap<>();
    for (Documents s : sources) {
      for (SearchDocument d : s.documents()) {
        int number = read.numberOf().get(d.url());
        Set<String> terms = new HashSet<>(SearchText.terms(d.text()));
        d.fields().forEach(f -> terms.addAll(SearchText.terms(f.text())));
        d.names().forEach(n -> terms.add("=" + SearchText.nameKey(n)));
        for (String t : terms) {
          expected.computeIfAbsent(t, k -> new HashSet<>()).add(number);
        }
      }
    }
    Map<String, Set<Integer>> actual = new TreeMap<>();
    read.postings()
        .forEach(
            (term, p) -> {
              if (!term.startsWith("@")) {
                Set<Integer> numbers = new HashSet<>();
                for (int i = 0; i < p.length; i += 2) {
                  numbers.add(p[i]);
                  assertThat(p[i + 1]).as("impact of " + term).isBetween(1, 31);
                }
                actual.put(term, numbers);
              }
            });
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void eachTermIsInTheFragmentTheManifestPointsTo() throws Exception {
    Read read = read(build(corpus(300, 2)));
    List<String> starts = read.starts();
    for (int f = 0; f < starts.size(); f++) {
      for (String term : read.fragments().get(f).keySet()) {
        assertThat(term).isGreaterThanOrEqualTo(starts.get(f));
        if (f + 1 < starts.size()) {
          assertThat(term).isLessThan(starts.get(f + 1));
        }
      }
    }
  }

  @Test
  void theManifestSaysWhichFragmentsHoldTermsWithAPrefix() throws Exception {
    Map<String, byte[]> files = build(corpus(300, 2));
    Read read = read(files);
    List<String> starts = read.starts();
    JsonNode shared = data(files.get("search/index.js")).get("shared");
    assertThat(shared.size()).isEqualTo(starts.size());
    // search.js completes a prefix from fragment f only if the next one starts with the prefix
    // and shared[f] is at least as long: that must be exactly when fragment f has such a term.
    for (int f = 0; f + 1 < starts.size(); f++) {
      String next = starts.get(f + 1);
      for (int length = 1; length <= next.length(); length++) {
        String prefix = next.substring(0, length);
        boolean holds =
            read.fragments().get(f).keySet().stream().anyMatch(t -> t.startsWith(prefix));
        assertThat(shared.get(f).asInt() >= length)
            .as("fragment %d holds a term starting with \"%s\"", f, prefix)
            .isEqualTo(holds);
      }
    }
  }

  @Test
  void aSourceIsEqualToAnotherOnlyWhenTheyGiveTheSameIndex() {
    Documents given = corpus(2, 4).get(1);
    SearchDocument doc = given.documents().get(0);

    assertThat(given.source()).as("made again").isEqualTo(given.source());
    assertThat(given.source().hashCode()).isEqualTo(given.source().hashCode());
    Documents otherField =
        new Documents(
            given.key(),
            List.of(
                with(
                    doc,
                    doc.date(),
                    doc.text(),
                    List.of(new SearchDocument.Field("tagged", SearchDocument.META)))));
    Documents otherDate =
        new Documents(given.key(), List.of(with(doc, "3 May 2024", doc.text(), doc.fields())));
    Documents justTheArticle = new Documents(given.key(), List.of(doc));
    assertThat(otherField.source())
        .as("a word found but not shown")
        .isNotEqualTo(justTheArticle.source());
    assertThat(otherDate.source())
        .as("shown but not a word found: the same index")
        .isEqualTo(justTheArticle.source());
    assertThat(otherDate.entry().documentData())
        .as("shown but not a word found: another document file")
        .isNotEqualTo(justTheArticle.entry().documentData());
    assertThat(justTheArticle.source())
        .isEqualTo(new Documents(given.key(), List.of(doc)).source());
  }

  @Test
  void anEditThatKeepsTheLengthRewritesOnlyTheFragmentsOfItsWords() {
    List<Documents> sources = corpus(300, 3);
    SearchIndex index = new SearchIndex();
    Map<String, byte[]> before = site(index, sources);

    Documents edited = sources.get(120);
    SearchDocument doc = edited.documents().get(0);
    List<SearchDocument> docs = new ArrayList<>(edited.documents());
    docs.set(
        0,
        with(
            doc, doc.date(), doc.text().strip().replaceAll("\\S+$", "quixotically"), doc.fields()));
    Documents after = new Documents(edited.key(), docs);
    List<Documents> changed = new ArrayList<>(sources);
    changed.set(120, after);
    Map<String, byte[]> incremental = site(index, changed);

    assertThat(equalFiles(incremental, build(changed))).as("same bytes as a fresh build").isTrue();
    List<String> rewritten =
        incremental.keySet().stream()
            .filter(
                p ->
                    !before.containsKey(p)
                        || !java.util.Arrays.equals(before.get(p), incremental.get(p)))
            .toList();
    long termFragments = rewritten.stream().filter(p -> p.startsWith("search/t/")).count();
    long allFragments =
        incremental.keySet().stream().filter(p -> p.startsWith("search/t/")).count();
    assertThat(rewritten).contains("search/d/" + (120 << slotBits(incremental)) + ".js");
    assertThat(allFragments).isGreaterThan(5);
    assertThat(termFragments).as("fragments rewritten").isBetween(1L, 2L);
  }

  @Test
  void foldsCaseAndDiacriticsAndStemsPluralsOnly() {
    assertThat(SearchText.terms("Émile's ATTACKS on agencies, Tallinn’s Typhoons"))
        .containsExactly("emile", "s", "attack", "on", "agency", "tallinn", "s", "typhoon");
    assertThat(SearchText.stem("us")).isEqualTo("us");
    assertThat(SearchText.stem("glass")).isEqualTo("glass");
    assertThat(SearchText.nameKey("The Wall Street  Journal")).isEqualTo("the wall street journal");
    // The fast path for ASCII words gives what folding and stemming each word gives.
    String mixed = "Agencies' CITIES eies aies ees oes us ss bus x1s Zoë's Ångströms 42nd";
    assertThat(SearchText.terms(mixed))
        .containsExactlyElementsOf(
            SearchText.words(mixed).stream()
                .map(w -> SearchText.stem(SearchText.fold(mixed.substring(w.start(), w.end()))))
                .toList());
  }

  @Test
  void aDocumentWithControlsAndAnUnpairedSurrogateStillLoads() throws Exception {
    String odd = "bell \u0007, half a pair \uD800, quote \" and </script>";
    JsonNode docs =
        data(
            SearchIndex.documentFile(
                0,
                SearchIndex.Entry.of("article:a", List.of(articleA(odd, List.of())))
                    .documentData()));

    assertThat(docs.get(0).get("text").asText()).isEqualTo(odd);
  }

  @Test
  void aDocumentFileHoldsItsArticlesAndNotesTextsAndAnchors() throws Exception {
    String text = "Ada met Nate Fick in Tallinn; Fick left. The end-5";
    List<BodyText.Anchor> anchors =
        List.of(
            new BodyText.Anchor(8, 17, "m-people-nate-fick-1"),
            new BodyText.Anchor(21, 28, "m-places-tallinn-1"),
            new BodyText.Anchor(30, 34, "m-people-nate-fick-2"),
            new BodyText.Anchor(41, 49, "end-05"));
    SearchDocument article = articleA(text, anchors);
    SearchDocument note =
        new SearchDocument(
            "note:a#n",
            "note",
            "Note by Kim on A",
            "articles/a/#note-n",
            "2 May 2024",
            "“Nate Fick” said <b>so</b>",
            List.of(),
            List.of(),
            List.of(),
            List.of());
    JsonNode docs =
        data(
            SearchIndex.documentFile(
                8, SearchIndex.Entry.of("article:a", List.of(article, note)).documentData()));

    assertThat(docs.size()).isEqualTo(2);
    assertThat(docs.get(1).get("text").asText()).isEqualTo("“Nate Fick” said <b>so</b>");
    assertThat(docs.get(1).get("url").asText()).isEqualTo("articles/a/#note-n");
    // What search.js makes of the anchors: gaps added up, the id put back together.
    JsonNode flat = docs.get(0).get("anchors");
    JsonNode ids = docs.get(0).get("ids");
    List<BodyText.Anchor> read = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < flat.size(); i += 4) {
      start += flat.get(i).asInt();
      int ordinal = flat.get(i + 3).asInt();
      String id = ids.get(flat.get(i + 2).asInt()).asText() + (ordinal > 0 ? "-" + ordinal : "");
      read.add(new BodyText.Anchor(start, start + flat.get(i + 1).asInt(), id));
    }
    assertThat(read).isEqualTo(anchors);
  }

  @Test
  void postingsDecodeToWhatWasEncoded() {
    int[] p = new int[60_000];
    for (int i = 0, n = 0; i < p.length; i += 2) {
      n += 1 + (i * 7919) % 3000;
      p[i] = n;
      p[i + 1] = 1 + i % 31;
    }
    List<String> pieces = SearchIndex.encode(p);
    assertThat(pieces.size()).isGreaterThan(1);
    assertThat(SearchIndex.decode(pieces)).isEqualTo(p);
  }

  /** Article "A", with no fields, names or mentions. */
  private static SearchDocument articleA(String text, List<BodyText.Anchor> anchors) {
    return new SearchDocument(
        "article:a",
        "article",
        "A",
        "articles/a/",
        "1 May 2024",
        text,
        anchors,
        List.of(),
        List.of(),
        List.of());
  }

  private record Read(
      List<String> starts,
      List<Map<String, String>> fragments,
      Map<String, int[]> postings,
      Map<String, Integer> numberOf) {}

  private static Read read(Map<String, byte[]> files) throws Exception {
    JsonNode manifest = data(files.get("search/index.js"));
    assertThat(manifest.get("version").asInt()).isEqualTo(2);
    List<String> starts = new ArrayList<>();
    manifest.get("fragments").forEach(n -> starts.add(n.asText()));
    Set<String> taken = new HashSet<>();
    List<Map<String, String>> fragments = new ArrayList<>();
    Map<String, String> all = new TreeMap<>();
    for (String start : starts) {
      String name = SearchIndex.fragmentName(start, taken);
      JsonNode f = data(files.get("search/t/" + name + ".js"));
      Map<String, String> terms = new TreeMap<>();
      f.fields().forEachRemaining(e -> terms.put(e.getKey(), e.getValue().asText()));
      fragments.add(terms);
      all.putAll(terms);
    }
    Map<String, int[]> postings = new TreeMap<>();
    all.forEach(
        (term, value) -> {
          if (term.contains("#")) {
            return;
          }
          List<String> pieces = new ArrayList<>();
          pieces.add(value);
          int colon = value.indexOf(':');
          int count = colon > 0 ? Integer.parseInt(value.substring(0, colon)) : 1;
          for (int i = 1; i < count; i++) {
            pieces.add(all.get(term + "#" + i));
          }
          postings.put(term, SearchIndex.decode(pieces));
        });
    Map<String, Integer> numberOf = new HashMap<>();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      String path = e.getKey();
      if (path.startsWith("search/d/")) {
        int first = Integer.parseInt(path.substring(9, path.length() - 3));
        JsonNode docs = data(e.getValue());
        for (int i = 0; i < docs.size(); i++) {
          numberOf.put(docs.get(i).get("url").asText(), first + i);
        }
      }
    }
    return new Read(starts, fragments, postings, numberOf);
  }

  /**
   * The data of a data script, which must be nothing but one assignment of a string: JSON, raw
   * deflate, in base 85.
   */
  private static JsonNode data(byte[] script) throws Exception {
    String s = new String(script, StandardCharsets.US_ASCII);
    assertThat(s).matches("GLOSS_SEARCH_PARTS\\[\"[a-z0-9/]+\"\\]=\"[^\"\\\\<>&']*\";\n");
    byte[] deflated = unbase85(s.substring(s.indexOf("=\"") + 2, s.length() - 3));
    Inflater inflater = new Inflater(true);
    inflater.setInput(deflated);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!inflater.finished()) {
      out.write(buffer, 0, inflater.inflate(buffer));
    }
    inflater.end();
    return JSON.readTree(out.toByteArray());
  }

  /** What search.js does to {@link SearchIndex#base85}'s text. */
  private static byte[] unbase85(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i += 5) {
      int n = Math.min(5, s.length() - i);
      long v = 0;
      for (int k = 0; k < 5; k++) {
        v = v * 85 + SearchIndex.BASE85.indexOf(k < n ? s.charAt(i + k) : '#');
      }
      for (int k = 0; k < n - 1; k++) {
        out.write((int) (v >>> (24 - 8 * k)) & 0xff);
      }
    }
    return out.toByteArray();
  }

  @Test
  void bytesRoundTripThroughBase85() {
    SplittableRandom random = new SplittableRandom(7);
    for (int length = 0; length < 40; length++) {
      // Bytes beyond the length given are not read.
      byte[] bytes = new byte[length + 3];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (i % 3 == 0 ? 0xff : random.nextInt(256));
      }
      String text = new String(SearchIndex.base85(bytes, length), StandardCharsets.US_ASCII);
      assertThat(text).hasSize((length * 5 + 3) / 4).doesNotContain("\"", "\\", "<", ">", "&", "'");
      assertThat(unbase85(text)).as("%d bytes", length).isEqualTo(Arrays.copyOf(bytes, length));
    }
  }

  @Test
  void dividingBy85ByMultiplicationIsExactOverFourBytes() {
    long[] edges = {
      0, 1, 84, 85, 86, 7224, 7225, 0x7fffffffL, 0x80000000L, 0xfffffffeL, 0xffffffffL
    };
    for (long v : edges) {
      assertThat(SearchIndex.dividedBy85(v)).as("%d", v).isEqualTo(v / 85);
    }
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 1_000_000; i++) {
      long v = random.nextLong(1L << 32);
      assertThat(SearchIndex.dividedBy85(v)).isEqualTo(v / 85);
    }
  }

  private static int slotBits(Map<String, byte[]> files) {
    try {
      return data(files.get("search/index.js")).get("slotBits").asInt();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, byte[]> build(List<Documents> sources) {
    return site(new SearchIndex(), sources);
  }

  /**
   * What a build writes of search after putting {@code sources} into {@code index} (each replacing
   * what it had): the index's files, and each source's document file, named as the pipeline names
   * it by the numbering that the content gives.
   */
  private static Map<String, byte[]> site(SearchIndex index, List<Documents> sources) {
    sources.forEach(s -> index.put(s.source()));
    Map<String, byte[]> files = new TreeMap<>(index.files());
    SearchIndex.Numbering numbering = numbering(sources);
    assertThat(index.numbering()).as("the index numbers as the content says").isEqualTo(numbering);
    for (Documents s : sources) {
      int first = numbering.first(s.key());
      files.put(
          SearchIndex.documentPath(first),
          SearchIndex.documentFile(first, s.entry().documentData()));
    }
    return files;
  }

  /** The numbering a pipeline makes from the content: slugs, entity keys, most notes. */
  private static SearchIndex.Numbering numbering(List<Documents> sources) {
    List<String> slugs = new ArrayList<>();
    List<String> entities = new ArrayList<>();
    int most = 1;
    for (Documents s : sources) {
      if (s.key().startsWith("entity:")) {
        entities.add(s.key().substring("entity:".length()));
      } else {
        slugs.add(s.key().substring("article:".length()));
        most = Math.max(most, s.documents().size());
      }
    }
    return SearchIndex.Numbering.of(slugs, entities, most);
  }

  /** {@code d} with another date, text and fields. */
  private static SearchDocument with(
      SearchDocument d, String date, String text, List<SearchDocument.Field> fields) {
    return new SearchDocument(
        d.key(),
        d.kind(),
        d.title(),
        d.url(),
        date,
        text,
        d.anchors(),
        fields,
        d.names(),
        d.mentions());
  }

  /** A source's documents, which the source itself does not keep. */
  private record Documents(String key, List<SearchDocument> documents) {
    SearchIndex.Entry entry() {
      return SearchIndex.Entry.of(key, documents);
    }

    SearchIndex.Source source() {
      return entry().source();
    }
  }

  private static boolean equalFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Iterator<String> it = a.keySet().iterator(); it.hasNext(); ) {
      String k = it.next();
      if (!java.util.Arrays.equals(a.get(k), b.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Articles of random words (with notes) and entities with aliases, reproducibly. */
  private static List<Documents> corpus(int articles, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> vocabulary = new ArrayList<>();
    String letters = "aeioubcdfghklmnprstvwz";
    for (int i = 0; i < 4000; i++) {
      StringBuilder w = new StringBuilder();
      int n = 3 + random.nextInt(7);
      for (int k = 0; k < n; k++) {
        w.append(letters.charAt(random.nextInt(letters.length())));
      }
      vocabulary.add(i % 97 == 0 ? w + "és" : w.toString());
    }
    List<Documents> sources = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      List<SearchDocument> docs = new ArrayList<>();
      String slug = String.format(java.util.Locale.ROOT, "a%04d", a);
      docs.add(
          document(
              "article:" + slug,
              "article",
              "articles/" + slug + "/",
              text(random, vocabulary, 300),
              List.of()));
      for (int n = 0; n < random.nextInt(4); n++) {
        docs.add(
            document(
                "note:" + slug + "#" + n,
                "note",
                "articles/" + slug + "/#note-" + n,
                text(random, vocabulary, 30),
                List.of()));
      }
      sources.add(new Documents("article:" + slug, docs));
    }
    for (int e = 0; e < 40; e++) {
      String key = "people/p" + e;
      sources.add(
          new Documents(
              "entity:" + key,
              List.of(
                  document(
                      "entity:" + key,
                      "person",
                      key + "/",
                      text(random, vocabulary, 20),
                      List.of("Person " + e, "P. Alias" + e)))));
    }
    return sources;
  }

  private static SearchDocument document(
      String key, String kind, String url, String text, List<String> names) {
    return new SearchDocument(
        key,
        kind,
        "Title of " + key,
        url,
        "",
        text,
        List.of(),
        List.of(new SearchDocument.Field("Title of " + key, SearchDocument.TITLE)),
        names,
        List.of());
  }

  private static String text(SplittableRandom random, List<String> vocabulary, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      // Zipf-like: low ranks far more often, so some terms are in most documents.
      int rank =
          (int)
              Math.min(
                  vocabulary.size() - 1,
                  Math.floor(Math.pow(random.nextDouble(), 3) * vocabulary.size()));
      b.append(vocabulary.get(rank)).append(i % 11 == 10 ? ". " : " ");
    }
    return b.toString();
  }
}
