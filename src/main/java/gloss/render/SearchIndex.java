package gloss.render;

import com.fasterxml.jackson.core.JsonGenerator;
import gloss.link.BodyText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.zip.Deflater;

/**
 * The search index, written at build time as small data scripts that {@code assets/search.js} loads
 * only for the words a reader types (the layout of Pagefind, without its Rust step): scripts rather
 * than JSON because browsers refuse {@code fetch} from {@code file://} but load a script from it.
 * Each file only assigns one data literal to {@code GLOSS_SEARCH_PARTS[name]}: nothing runs, and no
 * string from content can end a script (every {@code <} is escaped).
 *
 * <ul>
 *   <li>{@code search/index.js}: the manifest: document count, how document numbers are laid out,
 *       and the first term of every term fragment.
 *   <li>{@code search/t/<name>.js}: a fragment of the sorted term list, each term with its
 *       postings: the documents it occurs in and a precomputed BM25 impact ({@link #encode}).
 *   <li>{@code search/d/<number>.js}: the documents of one article (the article and its notes) or
 *       entity, named by the first one's number ({@link #documentFile}; the article and entity
 *       stages write these, and the index only the rest): kind, title, URL, date, text and anchors,
 *       loaded only for the results on screen (to show them and to check a quoted phrase).
 * </ul>
 *
 * <p>Terms are {@link SearchText} words; besides them the term list holds {@code =name} (an entity
 * name or alias, folded, its words joined by spaces) and {@code @number} (the documents that
 * mention entity {@code number}).
 *
 * <p>Document numbers: article {@code i} (in slug order) is {@code i << slotBits}, its notes follow
 * it; entities come after every article. So an edit of an article or a note changes no other
 * document's number, and an edit updates only the fragments that hold its words (the builder keeps
 * what it wrote and re-encodes those terms only); fragment boundaries are content-defined (a term
 * whose hash has low bits zero starts a fragment), so they move only around what changed. Not
 * thread-safe.
 */
public final class SearchIndex {
  /** The folder of the index in the site. */
  public static final String FOLDER = "search/";

  private static final String DIGITS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private static final double K1 = 1.2;
  private static final double B = 0.75;
  private static final int MAX_IMPACT = 31;
  private static final java.util.regex.Pattern NUMBERED_ID =
      java.util.regex.Pattern.compile("(.+)-([1-9][0-9]{0,8})");

  /** A fragment closes once it holds this many bytes and a boundary term comes. */
  private static final int FRAGMENT_MIN = 8 * 1024;

  /** The bytes a fragment holds on average beyond its minimum: sets how rare boundary terms are. */
  private static final int FRAGMENT_SPREAD = 12 * 1024;

  /** No fragment grows beyond this (GitHub Pages and the issue ask for files of 100 kB at most). */
  private static final int FRAGMENT_MAX = 90 * 1024;

  /** Below this many documents (a serve edit's), postings are appended on one thread. */
  private static final int SHARDED_POSTING_MIN = 1000;

  /**
   * zlib's level for every part, its fastest: at 10,000 articles the index is 5 % bigger than with
   * level 9 (the best), and made in a fifth of the time for the term fragments and two thirds for
   * the documents.
   */
  private static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;

  /** A term's postings longer than this are cut into pieces {@code term#1}, {@code term#2}. */
  private static final int PIECE_MAX = 48 * 1024;

  /**
   * What one article or entity gives search, made where it is (in the parallel article and entity
   * stages): the {@link Source} the index posts, and its document file's data, which the stage
   * writes at once ({@link #documentFile}) so that no document outlives its article.
   *
   * @param documentData its documents as JSON, compressed, in base 85 (see {@link #documentFile})
   */
  public record Entry(Source source, byte[] documentData) {
    /**
     * @param key "article:slug" or "entity:kind/slug"
     * @param documents an article and its notes, or one entity
     */
    public static Entry of(String key, List<SearchDocument> documents) {
      List<Analysed> counted = new ArrayList<>(documents.size());
      Compressor compressor = COMPRESSORS.get();
      Compressor.Bytes json = compressor.json();
      try (JsonGenerator out = PlainJson.FACTORY.createGenerator(json)) {
        out.writeStartArray();
        for (SearchDocument d : documents) {
          // One copy of the text for both, since reading an array is cheaper than String.charAt:
          // the texts are 66 million characters at 10,000 articles.
          char[] text = d.text().toCharArray();
          counted.add(analyse(d, text));
          writeDocument(out, d, text);
        }
        out.writeEndArray();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("writing to memory", e);
      }
      String kind = documents.isEmpty() ? "" : documents.get(0).kind();
      return new Entry(
          new Source(key, kind, List.copyOf(counted)),
          compressor.compressed(json.array(), json.size()));
    }
  }

  /**
   * What the index keeps of one article or entity until its pass: each document's words counted.
   * Neither the documents nor their text are kept: at 10,000 articles they would stay alive until
   * the fold, 5 million term strings and 66 million characters. Equal when key, kind and counted
   * words are, which is when they give the same index.
   */
  public static final class Source {
    private final String key;
    private final String kind;
    private final List<Analysed> analysed;

    private Source(String key, String kind, List<Analysed> analysed) {
      this.key = key;
      this.kind = kind;
      this.analysed = analysed;
    }

    public String key() {
      return key;
    }

    boolean entity() {
      return key.startsWith("entity:");
    }

    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof Source s
              && key.equals(s.key)
              && kind.equals(s.kind)
              && analysed.equals(s.analysed);
    }

    @Override
    public int hashCode() {
      return key.hashCode() * 31 + analysed.hashCode();
    }

    @Override
    public String toString() {
      return "Source[" + key + ", " + analysed.size() + " documents]";
    }
  }

  /** A document's terms and how often each counts, before the layout gives it a number. */
  private record Analysed(
      TermList terms,
      int[] counts,
      int length,
      int kindClass,
      List<String> names,
      List<String> mentions) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Analysed a
          && length == a.length
          && kindClass == a.kindClass
          && terms.equals(a.terms)
          && Arrays.equals(counts, a.counts)
          && names.equals(a.names)
          && mentions.equals(a.mentions);
    }

    @Override
    public int hashCode() {
      return terms.hashCode() * 31 + Arrays.hashCode(counts);
    }
  }

  /**
   * A document's final terms and their impacts: its words' (shared with its {@link Analysed}), then
   * {@code extras}, the names and mentions as terms.
   */
  private record Indexed(TermList terms, String[] extras, int[] impacts) {
    /** Every term as a string, for the few documents an edit takes out or puts back. */
    List<String> termStrings() {
      List<String> all = new ArrayList<>(terms.size() + extras.length);
      for (int t = 0; t < terms.size(); t++) {
        all.add(terms.term(t));
      }
      all.addAll(Arrays.asList(extras));
      return all;
    }
  }

  /**
   * How documents are numbered: article {@code i} of the sorted article keys is {@code i <<
   * slotBits}, its notes follow it, and entity {@code j} of the sorted entity keys is {@code
   * articles.size() << slotBits} plus {@code j}. The article and entity stages make it from the
   * content before any source exists, to name each document file as they write it; the index makes
   * it again from its sources, and the pipeline checks that the two agree.
   *
   * @param articles source keys ("article:slug"), sorted
   * @param entities source keys ("entity:kind/slug"), sorted
   */
  public record Numbering(int slotBits, List<String> articles, List<String> entities) {
    public Numbering {
      articles = List.copyOf(articles);
      entities = List.copyOf(entities);
    }

    /**
     * @param articleSlugs every article's slug, in any order
     * @param entityKeys every entity's key ("kind/slug"), in any order
     * @param mostDocuments the most documents of one source: an article and all its notes
     */
    public static Numbering of(
        java.util.Collection<String> articleSlugs,
        java.util.Collection<String> entityKeys,
        int mostDocuments) {
      List<String> articles = new ArrayList<>(articleSlugs.size());
      articleSlugs.forEach(slug -> articles.add("article:" + slug));
      List<String> entities = new ArrayList<>(entityKeys.size());
      entityKeys.forEach(key -> entities.add("entity:" + key));
      Collections.sort(articles);
      Collections.sort(entities);
      int slotBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, mostDocuments - 1));
      return new Numbering(slotBits, articles, entities);
    }

    /** The number of a source's first document: its article, or its entity. */
    public int first(String sourceKey) {
      if (sourceKey.startsWith("entity:")) {
        return entityBase() + Collections.binarySearch(entities, sourceKey);
      }
      return Collections.binarySearch(articles, sourceKey) << slotBits;
    }

    int entityBase() {
      return articles.size() << slotBits;
    }
  }

  /**
   * How documents are numbered and scored: when it changes, every posting changes.
   *
   * @param averageLength the quantized mean length per class (article, note, entity)
   * @param entityNumbers each entity's number by its key ("kind/slug")
   */
  private record Layout(
      Numbering numbering, List<Double> averageLength, Map<String, Integer> entityNumbers) {}

  private final Map<String, Source> sources = new HashMap<>();
  private final Set<String> changed = new HashSet<>();

  private Layout layout;
  private final Map<Integer, Indexed> indexedByNumber = new HashMap<>();
  private final Map<String, List<Integer>> numbersBySource = new HashMap<>();
  private final Map<String, Postings> postings = new HashMap<>();
  // Sorted, so that an edit in serve cuts the fragments without sorting every term again.
  private final TreeMap<String, List<String>> encoded = new TreeMap<>();
  private final Map<String, Fragment> fragments = new HashMap<>();
  private byte[] manifestBytes = new byte[0];

  /** One term's (number, impact) pairs; appended in any order, sorted by number when read. */
  private static final class Postings {
    private int[] pairs = new int[4];
    private int size;
    private boolean sorted = true;

    void add(int number, int impact) {
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, size * 2);
      }
      if (size > 0 && pairs[size - 2] > number) {
        sorted = false;
      }
      pairs[size++] = number;
      pairs[size++] = impact;
    }

    void removeAll(Set<Integer> numbers) {
      int n = 0;
      for (int i = 0; i < size; i += 2) {
        if (!numbers.contains(pairs[i])) {
          pairs[n++] = pairs[i];
          pairs[n++] = pairs[i + 1];
        }
      }
      size = n;
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** The pairs in number order. */
    int[] pairs() {
      if (!sorted) {
        long[] packed = new long[size / 2];
        for (int i = 0; i < size; i += 2) {
          packed[i / 2] = ((long) pairs[i] << 32) | pairs[i + 1];
        }
        Arrays.sort(packed);
        for (int i = 0; i < packed.length; i++) {
          pairs[2 * i] = (int) (packed[i] >>> 32);
          pairs[2 * i + 1] = (int) packed[i];
        }
        sorted = true;
      }
      return Arrays.copyOf(pairs, size);
    }
  }

  /** A written fragment: its terms and bytes. */
  private record Fragment(List<String> terms, byte[] bytes) {}

  /** Sets an article's or entity's documents, replacing those it had. */
  public void put(Source source) {
    Source before = sources.put(source.key(), source);
    if (!source.equals(before)) {
      changed.add(source.key());
    }
  }

  public void remove(String key) {
    Source before = sources.remove(key);
    if (before != null) {
      changed.add(key);
    }
  }

  /**
   * The index of every source put: file paths under the site root, with their bytes; the document
   * files aside ({@link #documentFile}).
   */
  public Map<String, byte[]> files() {
    Layout next = layout();
    Set<String> dirty;
    if (!next.equals(layout)) {
      layout = next;
      clearIndex();
      dirty = indexAll();
    } else {
      dirty = reindex(changed);
    }
    changed.clear();
    // An edited document's terms are all taken out and put back; only those whose postings came
    // out different make their fragment be written again.
    Set<String> different = new HashSet<>();
    dirty.parallelStream()
        .map(
            t ->
                Map.entry(
                    t,
                    postings.containsKey(t) ? encode(postings.get(t).pairs()) : List.<String>of()))
        .toList()
        .forEach(
            e -> {
              List<String> before =
                  e.getValue().isEmpty()
                      ? encoded.remove(e.getKey())
                      : encoded.put(e.getKey(), e.getValue());
              if (!e.getValue().equals(before == null ? List.of() : before)) {
                different.add(e.getKey());
              }
            });
    Map<String, byte[]> files = new LinkedHashMap<>();
    byte[] m = manifest(writeFragments(different, files));
    // The same array as last time when nothing changed, so that serve sees the file as reused.
    if (!Arrays.equals(m, manifestBytes)) {
      manifestBytes = m;
    }
    files.put(FOLDER + "index.js", manifestBytes);
    return Collections.unmodifiableMap(files);
  }

  /** How the last {@link #files} numbered the documents. */
  public Numbering numbering() {
    return layout.numbering();
  }

  private void clearIndex() {
    indexedByNumber.clear();
    numbersBySource.clear();
    postings.clear();
    encoded.clear();
    fragments.clear();
  }

  private Layout layout() {
    List<String> articles = new ArrayList<>();
    List<String> entities = new ArrayList<>();
    int most = 1;
    long[] lengths = new long[3];
    long[] counts = new long[3];
    for (Source s : sources.values()) {
      String key = s.key();
      if (s.entity()) {
        entities.add(key.substring("entity:".length()));
      } else {
        articles.add(key.substring("article:".length()));
      }
      most = Math.max(most, s.analysed.size());
      for (Analysed a : s.analysed) {
        lengths[a.kindClass()] += a.length();
        counts[a.kindClass()]++;
      }
    }
    Numbering numbering = Numbering.of(articles, entities, most);
    List<Double> average = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      double mean = counts[c] == 0 ? 1 : Math.max(1.0, (double) lengths[c] / counts[c]);
      // Quantized, so that an edit seldom moves it (and with it every impact of its class).
      average.add(
          StrictMath.pow(2, StrictMath.rint(StrictMath.log(mean) / StrictMath.log(2) * 4) / 4));
    }
    Map<String, Integer> entityNumbers = new HashMap<>();
    int base = numbering.entityBase();
    for (int i = 0; i < numbering.entities().size(); i++) {
      entityNumbers.put(numbering.entities().get(i).substring("entity:".length()), base + i);
    }
    return new Layout(numbering, average, entityNumbers);
  }

  private Set<String> indexAll() {
    add(sources.keySet(), null);
    return new HashSet<>(postings.keySet());
  }

  /** Takes out what the changed sources had and puts in what they have now. */
  private Set<String> reindex(Set<String> keys) {
    Set<String> dirty = new HashSet<>();
    Map<String, Set<Integer>> removedByTerm = new HashMap<>();
    for (String key : keys) {
      List<Integer> numbers = numbersBySource.getOrDefault(key, List.of());
      for (int number : numbers) {
        Indexed old = indexedByNumber.remove(number);
        for (String t : old.termStrings()) {
          removedByTerm.computeIfAbsent(t, k -> new HashSet<>()).add(number);
        }
      }
      numbersBySource.remove(key);
    }
    removedByTerm.forEach(
        (term, numbers) -> {
          Postings p = postings.get(term);
          p.removeAll(numbers);
          if (p.isEmpty()) {
            postings.remove(term);
          }
          dirty.add(term);
        });
    add(keys.stream().filter(sources::containsKey).toList(), dirty);
    return dirty;
  }

  /**
   * Numbers, scores (in parallel) and posts the documents of these sources, putting the terms they
   * touch into {@code touched} unless it is null (a full index touches every term).
   */
  private void add(java.util.Collection<String> keys, Set<String> touched) {
    List<Map.Entry<String, List<Indexed>>> scored =
        keys.parallelStream()
            .map(k -> Map.entry(k, sources.get(k).analysed.stream().map(this::index).toList()))
            .toList();
    TreeMap<Integer, Indexed> byNumber = new TreeMap<>();
    for (Map.Entry<String, List<Indexed>> e : scored) {
      String key = e.getKey();
      int first = layout.numbering().first(key);
      List<Integer> numbers = new ArrayList<>();
      for (int i = 0; i < e.getValue().size(); i++) {
        int number = first + i;
        Indexed indexed = e.getValue().get(i);
        indexedByNumber.put(number, indexed);
        numbers.add(number);
        byNumber.put(number, indexed);
        if (touched != null) {
          touched.addAll(indexed.termStrings());
        }
      }
      numbersBySource.put(key, numbers);
    }
    // In number order, so that a full index's postings come out sorted and need no sort.
    post(new ArrayList<>(byNumber.values()), new ArrayList<>(byNumber.keySet()));
  }

  /**
   * Appends each document's terms to their postings, in document order. A full index makes millions
   * of appends, so the terms are split by hash between one shard per worker: each shard appends
   * only to its own terms' postings (those already there or new, all put back after), and no two
   * threads touch the same postings.
   */
  private void post(List<Indexed> documents, List<Integer> numbers) {
    // A power of two, so that a term's shard is some bits of its hash.
    int shards =
        documents.size() < SHARDED_POSTING_MIN
            ? 1
            : Integer.highestOneBit(ForkJoinPool.getCommonPoolParallelism() + 1);
    List<Map<String, Postings>> created =
        IntStream.range(0, shards)
            .parallel()
            .mapToObj(shard -> postShard(documents, numbers, shard, shards))
            .toList();
    created.forEach(postings::putAll);
  }

  /**
   * Appends the documents' terms whose hash has {@code shard} in its low bits, and returns their
   * postings. A word is found by its characters, so that one met before in this pass (most are)
   * costs no string; names and mentions are few and found by string.
   */
  private Map<String, Postings> postShard(
      List<Indexed> documents, List<Integer> numbers, int shard, int shards) {
    int mask = shards - 1;
    TermTable seen = new TermTable(1024);
    List<Postings> seenPostings = new ArrayList<>();
    Map<String, Postings> mine = new HashMap<>();
    for (int d = 0; d < documents.size(); d++) {
      Indexed doc = documents.get(d);
      int number = numbers.get(d);
      TermList terms = doc.terms();
      char[] chars = terms.chars();
      for (int t = 0; t < terms.size(); t++) {
        int hash = terms.hash(t);
        if ((hash & mask) != shard) {
          continue;
        }
        int start = terms.start(t);
        int length = terms.length(t);
        int found = seen.find(chars, start, length, hash);
        Postings p;
        if (found < 0) {
          String term = terms.term(t);
          p = postings.getOrDefault(term, new Postings());
          mine.put(term, p);
          seen.add(chars, start, length, hash);
          seenPostings.add(p);
        } else {
          p = seenPostings.get(found);
        }
        p.add(number, doc.impacts()[t]);
      }
      for (int e = 0; e < doc.extras().length; e++) {
        String term = doc.extras()[e];
        if ((term.hashCode() & mask) == shard) {
          mine.computeIfAbsent(term, k -> postings.getOrDefault(k, new Postings()))
              .add(number, doc.impacts()[terms.size() + e]);
        }
      }
    }
    return mine;
  }

  /**
   * One word counter a thread, cleared for each document: its arrays reach the size of a long
   * article once, instead of being allocated anew 14,000 times at 10,000 articles.
   */
  private static final ThreadLocal<TermCounts> COUNTERS =
      ThreadLocal.withInitial(() -> new TermCounts(1024));

  private static Analysed analyse(SearchDocument doc, char[] text) {
    TermCounts counts = COUNTERS.get();
    counts.clear();
    counts.add(text, 1);
    for (SearchDocument.Field f : doc.fields()) {
      counts.add(f.text(), f.weight());
    }
    TermList terms = counts.terms();
    int[] weights = counts.counts();
    int length = counts.words();
    int kindClass =
        switch (doc.kind()) {
          case "article" -> 0;
          case "note" -> 1;
          default -> 2;
        };
    List<String> names =
        doc.names().stream()
            .map(SearchText::nameKey)
            .filter(n -> !n.isEmpty())
            .distinct()
            .sorted()
            .toList();
    List<String> mentions = doc.mentions().stream().distinct().sorted().toList();
    return new Analysed(terms, weights, length, kindClass, names, mentions);
  }

  /** A document's postings under the current layout: BM25 impacts, names and mentions. */
  private Indexed index(Analysed a) {
    double average = layout.averageLength().get(a.kindClass());
    double norm = K1 * (1 - B + B * a.length() / average);
    int words = a.terms().size();
    String[] extras = new String[a.names().size() + a.mentions().size()];
    int[] impacts = new int[words + extras.length];
    for (int t = 0; t < words; t++) {
      double tf = a.counts()[t];
      double score = tf * (K1 + 1) / (tf + norm) / (K1 + 1);
      impacts[t] = (int) Math.max(1, Math.min(MAX_IMPACT, Math.round(score * MAX_IMPACT)));
    }
    int e = 0;
    for (String name : a.names()) {
      extras[e] = "=" + name;
      impacts[words + e++] = MAX_IMPACT;
    }
    for (String mention : a.mentions()) {
      Integer entity = layout.entityNumbers().get(mention);
      if (entity != null) {
        extras[e] = "@" + entity;
        impacts[words + e++] = 1;
      }
    }
    return new Indexed(a.terms(), Arrays.copyOf(extras, e), Arrays.copyOf(impacts, words + e));
  }

  /**
   * Postings as text: per document the gap from the previous number as a variable-length number
   * (five bits a character, low bits first, the sixth bit saying more follow), then its impact (one
   * character, 1 to 31). Postings longer than {@link #PIECE_MAX} are cut in pieces, each starting
   * from 0 again; the first piece then starts with the number of pieces and ":".
   */
  static List<String> encode(int[] p) {
    List<String> pieces = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    int previous = 0;
    for (int i = 0; i < p.length; i += 2) {
      if (b.length() >= PIECE_MAX) {
        pieces.add(b.toString());
        b.setLength(0);
        previous = 0;
      }
      int gap = p[i] - previous;
      previous = p[i];
      while (gap >= 32) {
        b.append(DIGITS.charAt(32 | (gap & 31)));
        gap >>>= 5;
      }
      b.append(DIGITS.charAt(gap));
      b.append(DIGITS.charAt(p[i + 1]));
    }
    pieces.add(b.toString());
    if (pieces.size() > 1) {
      pieces.set(0, pieces.size() + ":" + pieces.get(0));
    }
    return pieces;
  }

  /** Decodes {@link #encode}'s pieces back to (number, impact) pairs. */
  static int[] decode(List<String> pieces) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < pieces.size(); k++) {
      String s = pieces.get(k);
      int i = k == 0 && pieces.size() > 1 ? s.indexOf(':') + 1 : 0;
      int previous = 0;
      while (i < s.length()) {
        int gap = 0;
        int shift = 0;
        int d;
        do {
          d = DIGITS.indexOf(s.charAt(i++));
          gap |= (d & 31) << shift;
          shift += 5;
        } while ((d & 32) != 0);
        previous += gap;
        out.add(previous);
        out.add(DIGITS.indexOf(s.charAt(i++)));
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Where each fragment starts, as the manifest lists them, and for each how many leading
   * characters its last term shares with where the next one starts: with that, search.js loads a
   * fragment for a prefix only when some term in it has the prefix (a fragment whose terms all sort
   * before "ana", ending at "an", is not loaded to complete "ana" as it is typed).
   */
  private record FragmentList(List<String> starts, List<Integer> shared) {}

  /** The term list cut into fragments, those not written before put into {@code files}. */
  private FragmentList writeFragments(Set<String> dirty, Map<String, byte[]> files) {
    long bytes = 0;
    for (Map.Entry<String, List<String>> e : encoded.entrySet()) {
      bytes += entrySize(e.getKey(), e.getValue());
    }
    int terms = Math.max(1, encoded.size());
    int spread =
        Integer.highestOneBit(
            (int) Math.max(1, FRAGMENT_SPREAD * (long) terms / Math.max(1, bytes)));
    List<List<String>> cut = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int size = 0;
    for (Map.Entry<String, List<String>> e : encoded.entrySet()) {
      String term = e.getKey();
      int s = entrySize(term, e.getValue());
      boolean boundary =
          (size >= FRAGMENT_MIN && (hash32(term) & (spread - 1)) == 0) || size + s > FRAGMENT_MAX;
      if (boundary && !current.isEmpty()) {
        cut.add(current);
        current = new ArrayList<>();
        size = 0;
      }
      current.add(term);
      size += s;
    }
    if (!current.isEmpty() || cut.isEmpty()) {
      cut.add(current);
    }
    List<String> starts = new ArrayList<>();
    List<Integer> shared = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    Map<String, Fragment> next = new HashMap<>();
    List<Map.Entry<String, List<String>>> toWrite = new ArrayList<>();
    String previousLast = null;
    for (List<String> fragmentTerms : cut) {
      String start = previousLast == null ? "" : shortestAfter(previousLast, fragmentTerms.get(0));
      if (previousLast != null) {
        shared.add(commonPrefix(previousLast, start));
      }
      previousLast = fragmentTerms.isEmpty() ? "" : fragmentTerms.get(fragmentTerms.size() - 1);
      String name = fragmentName(start, taken);
      starts.add(start);
      names.add(name);
      Fragment old = fragments.get(name);
      if (old != null
          && old.terms().equals(fragmentTerms)
          && fragmentTerms.stream().noneMatch(dirty::contains)) {
        next.put(name, old);
      } else {
        toWrite.add(Map.entry(name, fragmentTerms));
      }
    }
    toWrite.parallelStream()
        .map(e -> Map.entry(e.getKey(), new Fragment(e.getValue(), fragmentBytes(e))))
        .toList()
        .forEach(e -> next.put(e.getKey(), e.getValue()));
    fragments.clear();
    fragments.putAll(next);
    for (String name : names) {
      files.put(FOLDER + "t/" + name + ".js", fragments.get(name).bytes());
    }
    shared.add(0);
    return new FragmentList(starts, shared);
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  /**
   * The shortest prefix of {@code first} that sorts after {@code last}: where a fragment starts.
   */
  private static String shortestAfter(String last, String first) {
    for (int n = 1; n < first.length(); n++) {
      String prefix = first.substring(0, n);
      if (prefix.compareTo(last) > 0) {
        return prefix;
      }
    }
    return first;
  }

  /**
   * A fragment's file name: the FNV-1a hash (32 bits, over UTF-16 units) of where it starts, in
   * hexadecimal, hashed again with "#" appended while an earlier fragment has it; search.js derives
   * the names from the manifest the same way.
   */
  static String fragmentName(String start, Set<String> taken) {
    String key = start;
    while (true) {
      String name = String.format(java.util.Locale.ROOT, "%08x", hash32(key));
      if (taken.add(name)) {
        return name;
      }
      key = key + "#";
    }
  }

  private byte[] fragmentBytes(Map.Entry<String, List<String>> fragment) {
    Map<String, String> terms = new LinkedHashMap<>();
    for (String term : fragment.getValue()) {
      List<String> pieces = encoded.get(term);
      terms.put(term, pieces.get(0));
      for (int i = 1; i < pieces.size(); i++) {
        terms.put(term + "#" + i, pieces.get(i));
      }
    }
    return script("t/" + fragment.getKey(), terms);
  }

  private static int entrySize(String term, List<String> pieces) {
    int size = 0;
    for (String p : pieces) {
      size += term.length() + p.length() + 8;
    }
    return size;
  }

  private byte[] manifest(FragmentList fragmentList) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", 2);
    m.put("documents", indexedByNumber.size());
    Numbering numbering = layout.numbering();
    m.put("slotBits", numbering.slotBits());
    m.put("entityBase", numbering.entityBase());
    Map<String, int[]> kinds = new TreeMap<>();
    for (String key : numbering.entities()) {
      Source s = sources.get(key);
      int number = numbering.first(key);
      kinds.merge(
          s.kind,
          new int[] {number, number + 1},
          (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    m.put("kinds", kinds);
    m.put("fragments", fragmentList.starts());
    m.put("shared", fragmentList.shared());
    return script("index", m);
  }

  /** The file of the source whose first document is {@code first} (its article or entity). */
  public static String documentPath(int first) {
    return FOLDER + "d/" + first + ".js";
  }

  /**
   * The file of one source's documents (an article and its notes together, so that the passages
   * notes quote, their titles and URLs compress against the article's), whose first document is
   * {@code first}: a JSON array compressed with raw deflate, in {@link #base85 base 85}, as {@link
   * Entry#documentData} holds it: a note's words mostly repeat its article's, and the text is most
   * of the index. Anchors are flat numbers: the gap from the previous anchor's start, the length,
   * and which id of {@code ids} with which ordinal ({@code m-people-nate-fick-3} is id {@code
   * m-people-nate-fick} and 3; 0 when the id ends in no number).
   */
  public static byte[] documentFile(int first, byte[] documentData) {
    return script("d/" + first, documentData);
  }

  /**
   * A document as {@link #documentFile} holds it, before compression: written straight to JSON, its
   * text from characters, with no map or serializer between.
   */
  private static void writeDocument(JsonGenerator out, SearchDocument d, char[] text)
      throws java.io.IOException {
    out.writeStartObject();
    out.writeStringField("kind", d.kind());
    out.writeStringField("title", d.title());
    out.writeStringField("url", d.url());
    out.writeStringField("date", d.date());
    out.writeFieldName("text");
    out.writeString(text, 0, text.length);
    if (!d.anchors().isEmpty()) {
      List<String> ids = new ArrayList<>();
      Map<String, Integer> idIndex = new HashMap<>();
      int[] flat = new int[d.anchors().size() * 4];
      int previous = 0;
      int k = 0;
      for (BodyText.Anchor a : d.anchors()) {
        String id = a.id();
        int ordinal = 0;
        java.util.regex.Matcher numbered = NUMBERED_ID.matcher(id);
        if (numbered.matches()) {
          id = numbered.group(1);
          ordinal = Integer.parseInt(numbered.group(2));
        }
        Integer index = idIndex.get(id);
        if (index == null) {
          index = ids.size();
          idIndex.put(id, index);
          ids.add(id);
        }
        flat[k++] = a.start() - previous;
        flat[k++] = a.end() - a.start();
        flat[k++] = index;
        flat[k++] = ordinal;
        previous = a.start();
      }
      out.writeArrayFieldStart("ids");
      for (String id : ids) {
        out.writeString(id);
      }
      out.writeEndArray();
      out.writeFieldName("anchors");
      out.writeArray(flat, 0, flat.length);
    }
    out.writeEndObject();
  }

  /**
   * The digits of {@link #base85 base 85}: Z85's, with {@code ~|;} for its {@code <>&}, so that no
   * character needs escaping in a JavaScript string or could end a script element.
   */
  static final String BASE85 =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?~|;()[]{}@%$#";

  private static final byte[] BASE85_DIGITS = BASE85.getBytes(StandardCharsets.US_ASCII);

  /**
   * Bytes as ASCII digits, five for four bytes (base64 takes six), most significant first; a last
   * group of {@code n < 4} bytes is padded with zeros and written with its first {@code n + 1}
   * digits (search.js pads them with the highest digit, as Ascii85 does). Reads {@code bytes[0,
   * length)}.
   */
  static byte[] base85(byte[] bytes, int length) {
    int rest = length % 4;
    int whole = length - rest;
    byte[] out = new byte[whole / 4 * 5 + (rest == 0 ? 0 : rest + 1)];
    int o = 0;
    // Whole groups straight into the output, with no loop over their bytes or digits: this runs
    // over every byte of the index, 44 million at 10,000 articles.
    for (int i = 0; i < whole; i += 4, o += 5) {
      long v =
          (bytes[i] & 0xffL) << 24
              | (bytes[i + 1] & 0xff) << 16
              | (bytes[i + 2] & 0xff) << 8
              | (bytes[i + 3] & 0xff);
      writeDigits(v, out, o);
    }
    if (rest > 0) {
      long v = 0;
      for (int k = 0; k < 4; k++) {
        v = v << 8 | (k < rest ? bytes[whole + k] & 0xff : 0);
      }
      byte[] group = new byte[5];
      writeDigits(v, group, 0);
      System.arraycopy(group, 0, out, o, rest + 1);
    }
    return out;
  }

  /** The five digits of {@code v} (below 2^32) at {@code out[o]}, most significant first. */
  private static void writeDigits(long v, byte[] out, int o) {
    for (int k = 4; k >= 0; k--) {
      long quotient = dividedBy85(v);
      out[o + k] = BASE85_DIGITS[(int) (v - quotient * 85)];
      v = quotient;
    }
  }

  /**
   * {@code v / 85} for {@code 0 <= v < 2^32}, by a multiplication and a shift: exact for every such
   * value (checked for all 2^32 of them; the product stays below 2^64), and much cheaper than a
   * division in the quick JIT tier that builds run with, which does not make that replacement
   * itself. Base 85 takes five per four bytes of the index.
   */
  static long dividedBy85(long v) {
    return (v * 3233857729L) >>> 38;
  }

  /**
   * A data script: {@code GLOSS_SEARCH_PARTS["name"] = "<digits>";}, the data as JSON compressed
   * with raw deflate, in {@link #base85 base 85}. Postings are varied digits that deflate to about
   * 60 %; the string can hold nothing that ends a script or needs escaping, whatever the content.
   */
  private static byte[] script(String name, Object data) {
    return script(name, data(data));
  }

  /** A data script of {@link #data}'s digits. */
  private static byte[] script(String name, byte[] digits) {
    byte[] head = ("GLOSS_SEARCH_PARTS[\"" + name + "\"]=\"").getBytes(StandardCharsets.US_ASCII);
    byte[] script = Arrays.copyOf(head, head.length + digits.length + 3);
    System.arraycopy(digits, 0, script, head.length, digits.length);
    script[script.length - 3] = '"';
    script[script.length - 2] = ';';
    script[script.length - 1] = '\n';
    return script;
  }

  /** The string of a data script: {@code data} as JSON, compressed with raw deflate, in base 85. */
  private static byte[] data(Object data) {
    // Jackson escapes controls and unpaired surrogates, and the browser only ever sets these
    // strings as text, so the code points that PublishableText drops from pages may stay.
    byte[] json = PlainJson.utf8(data);
    return COMPRESSORS.get().compressed(json, json.length);
  }

  /**
   * What a thread compresses parts with, kept from one part to the next: a new deflater is zlib's
   * whole set-up and tear-down, and new buffers for the JSON and its deflated bytes were a tenth of
   * the index's allocation (about 14,000 parts at 10,000 articles). The deflater is never ended;
   * its memory goes with its thread.
   */
  private static final class Compressor {
    /** A byte stream whose array can be read in place and written again after a reset. */
    static final class Bytes extends java.io.ByteArrayOutputStream {
      Bytes() {
        super(1 << 16);
      }

      byte[] array() {
        return buf;
      }
    }

    private final Deflater deflater = new Deflater(DEFLATE_LEVEL, true);
    private final Bytes json = new Bytes();
    private byte[] deflated = new byte[1 << 16];

    /** The buffer to write a part's JSON into, emptied. */
    Bytes json() {
      json.reset();
      return json;
    }

    /** {@link SearchIndex#data} of the JSON in {@code bytes[0, length)}. */
    byte[] compressed(byte[] bytes, int length) {
      deflater.reset();
      deflater.setInput(bytes, 0, length);
      deflater.finish();
      int written = 0;
      while (!deflater.finished()) {
        if (written == deflated.length) {
          deflated = Arrays.copyOf(deflated, deflated.length * 2);
        }
        written += deflater.deflate(deflated, written, deflated.length - written);
      }
      return base85(deflated, written);
    }
  }

  private static final ThreadLocal<Compressor> COMPRESSORS =
      ThreadLocal.withInitial(Compressor::new);

  /** FNV-1a, 32 bits, over UTF-16 units: the same in Java and in search.js. */
  static int hash32(String s) {
    int h = 0x811c9dc5;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 16777619;
    }
    return h;
  }
}
