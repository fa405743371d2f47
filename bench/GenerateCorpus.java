/*
 * Gloss benchmark corpus generator.
 *
 *   java bench/GenerateCorpus.java --articles N --out DIR [--seed S] [--verify]
 *
 * Writes a deterministic synthetic digest in Gloss's content format under DIR/content:
 * site.yml, articles/*.md, annotations/<article>/*.md, people|places|organizations/*.md.
 * Same arguments give byte-identical files (SplittableRandom with the seed, StrictMath,
 * lists only, no clocks, no hash-order iteration). Single file, JDK 17 only.
 * See bench/README.md for what the corpus contains.
 */

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class GenerateCorpus {

    /** Bump when the output for given arguments changes; recorded in the marker file. */
    static final String GENERATOR = "GenerateCorpus/1";
    static final String MARKER = ".gloss-bench-corpus";

    public static void main(String[] args) throws IOException {
        int articles = -1;
        Path out = null;
        long seed = 1;
        boolean verify = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles": articles = (int) Math.min(Integer.MAX_VALUE, number(args, ++i)); break;
                case "--out": out = Paths.get(value(args, ++i)); break;
                case "--seed": seed = number(args, ++i); break;
                case "--verify": verify = true; break;
                case "-h": case "--help": usage(System.out); return;
                default:
                    System.err.println("unknown argument: " + args[i]);
                    usage(System.err);
                    System.exit(2);
            }
        }
        if (articles < 1 || out == null) {
            usage(System.err);
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Corpus corpus = new Corpus(articles, seed);
        corpus.generate();
        long t1 = System.nanoTime();
        long[] written;
        try {
            written = corpus.write(out);
        } catch (IOException e) {
            System.err.println("error: " + e);
            System.exit(1);
            return;
        }
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "wrote %s/content: %d articles, %d annotations, %d entities "
                        + "(%d people, %d places, %d organizations), %d authors%n",
                out, corpus.articles.size(), corpus.annotationCount(), corpus.entities.size(),
                corpus.countKind(PEOPLE), corpus.countKind(PLACES), corpus.countKind(ORGS), corpus.authors.size());
        System.out.printf(Locale.ROOT, "%d files, %.1f MiB; generate %.2f s, write %.2f s (wall); process CPU so far %.2f s%n",
                written[0], written[1] / 1048576.0, (t1 - t0) / 1e9, (t2 - t1) / 1e9, cpuSeconds());
        System.out.print(corpus.stats());
        if (verify) {
            long t3 = System.nanoTime();
            List<String> problems = Verifier.verify(out.resolve("content"));
            long t4 = System.nanoTime();
            if (!problems.isEmpty()) {
                for (String p : problems.subList(0, Math.min(50, problems.size()))) System.err.println(p);
                System.err.printf(Locale.ROOT, "verify: %d problem(s)%n", problems.size());
                System.exit(1);
            }
            System.out.printf(Locale.ROOT, "verify: OK (%.2f s)%n", (t4 - t3) / 1e9);
        }
    }

    static double cpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9 : Double.NaN;
    }

    static long number(String[] args, int i) {
        String v = value(args, i);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            System.err.println("not a number: " + args[i - 1] + " " + v);
            System.exit(2);
            return 0;
        }
    }

    static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println("missing value for " + args[i - 1]);
            System.exit(2);
        }
        return args[i];
    }

    static void usage(PrintStream out) {
        out.println("usage: java bench/GenerateCorpus.java --articles N --out DIR [--seed S] [--verify]");
        out.println("  --articles N  number of articles (entities ~N/5, annotation authors ~N/20)");
        out.println("  --out DIR     writes DIR/content (replacing a corpus this tool wrote there before)");
        out.println("  --seed S      random seed (default 1); same arguments give byte-identical files");
        out.println("  --verify      re-read the written files and check the corpus invariants");
    }

    // ------------------------------------------------------------------ words

    static final String PEOPLE = "people", PLACES = "places", ORGS = "organizations";

    static final String[] ONSETS = {"b", "bl", "br", "c", "ch", "cl", "cr", "d", "dr", "f", "fl", "fr", "g", "gl",
            "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "pr", "qu", "r", "s", "sc", "sh", "sk", "sl", "sm", "sn",
            "sp", "st", "str", "t", "th", "tr", "v", "w", "wh", "z"};
    static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "oo", "ou", "ie",
            "oa"};
    static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "t", "m", "nd", "nt", "st", "rk", "ng", "sh", "ck",
            "x", "p"};
    static final String[] ADJ_SUFFIX = {"al", "ic", "ous", "ive", "ant", "ern", "ish", "ful", "", ""};

    static final String[] NAME_ONSETS = {"b", "d", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "th", "dr", "kh",
            "zh", "ph", "y", "ar", "el", "or", "h", "f"};
    static final String[] NAME_VOWELS = {"a", "e", "i", "o", "u", "ae", "ia", "ei", "y", "a", "e", "o"};
    static final String[] NAME_ENDS = {"ov", "ard", "ine", "ez", "os", "an", "ek", "ith", "ara", "en", "is", "ul",
            "ani", "ova", "mir", "dor", "wyn", "ak", "ette", "ius", "ando", "ira", "on", "ik", "elle", "asz", "urn"};

    static final String[] FUNCTION_WORDS = {"the", "a", "an", "this", "that", "its", "their", "some", "several",
            "many", "most", "other", "both", "in", "on", "at", "of", "for", "with", "from", "by", "after", "before",
            "over", "under", "during", "against", "between", "amid", "across", "into", "about", "and", "but",
            "while", "as", "although", "because", "since", "though", "it", "they", "he", "she", "we", "has", "had",
            "was", "were", "is", "are", "would", "could", "will", "not", "more", "than", "which", "who", "said",
            "according", "to", "also", "still"};
    static final String[] DETS = {"the", "the", "the", "the", "a", "a", "this", "that", "its", "their", "some",
            "several", "many", "most", "other", "both"};
    static final String[] PREPS = {"in", "in", "on", "at", "of", "for", "for", "with", "from", "by", "after",
            "before", "over", "under", "during", "against", "between", "amid", "across", "into", "about"};
    static final String[] CONJS = {"and", "but", "while", "as", "although", "because", "since", "though"};
    static final String[] MENTION_PREPS = {"in", "from", "with", "by", "for", "against", "across", "about"};

    static final String[] REAL_NOUNS = {"government", "officials", "minister", "report", "talks", "agreement",
            "election", "economy", "market", "markets", "security", "court", "company", "companies", "week", "year",
            "years", "month", "spokesperson", "statement", "policy", "budget", "deal", "trade", "tariffs",
            "sanctions", "border", "troops", "vote", "voters", "lawmakers", "parliament", "leaders", "investors",
            "prices", "inflation", "growth", "workers", "strike", "crisis", "plan", "proposal", "law", "bill",
            "investigation", "police", "protest", "protesters", "residents", "people", "country", "power",
            "energy", "oil", "gas", "water", "infrastructure", "hospital", "schools", "data", "attack",
            "ceasefire", "negotiations", "decision", "analysts", "experts", "rates", "debt", "funds", "program",
            "project", "summit", "meeting", "delegation", "administration", "spending", "exports", "imports",
            "contract", "ruling", "campaign", "coalition", "opposition", "reforms", "shortages", "supply",
            "demand", "factory", "port", "ports", "harbour", "pipeline", "grid", "satellite", "hackers", "network",
            "system", "systems", "documents", "sources", "witnesses", "journalists", "talks", "deadline"};
    static final String[] REAL_VERBS = {"said", "announced", "warned", "reported", "agreed", "rejected", "expanded",
            "approved", "signed", "denied", "confirmed", "launched", "raised", "cut", "blocked", "criticized",
            "pledged", "urged", "accused", "defended", "proposed", "delayed", "suspended", "increased", "reduced",
            "released", "called", "met", "told", "added", "noted", "acknowledged", "questioned", "insisted",
            "disputed", "halted", "reviewed", "welcomed", "dismissed", "secured", "extended", "outlined"};
    static final String[] REAL_ADJS = {"former", "senior", "national", "local", "economic", "foreign", "public",
            "political", "military", "regional", "federal", "private", "major", "key", "recent", "official",
            "independent", "international", "domestic", "legal", "financial", "early", "late", "annual",
            "previous", "unexpected", "broad", "sharp", "modest", "fragile", "contested", "critical", "quiet",
            "secret", "long", "rare", "rival"};
    static final String[] REAL_ADVS = {"recently", "publicly", "quietly", "sharply", "largely", "reportedly",
            "officially", "widely", "again", "already", "briefly", "formally"};

    static final String[] PLACE_PATTERNS_CITY = {"Port %s", "San %s", "%s City", "%s Falls", "New %s", "Fort %s",
            "Lake %s", "%s Harbor"};
    static final String[] PLACE_PATTERNS_REGION = {"%s Valley", "North %s", "South %s", "%s Province", "%s Coast",
            "Upper %s", "%s Highlands"};
    static final String[] ORG_SUFFIX = {"Council", "Institute", "Group", "Holdings", "Bank", "Agency", "Foundation",
            "Party", "Union", "Authority", "Commission", "Alliance", "Partners", "Company", "Times", "Network",
            "Federation", "Association", "Trust", "Bureau", "Systems", "Energy", "Labs", "Front", "Courier"};
    static final String[] ORG_KIND = {"council", "think tank", "company", "holding company", "bank",
            "government agency", "foundation", "political party", "trade union", "regulator", "commission",
            "alliance", "investment firm", "company", "newspaper", "broadcaster", "federation", "association",
            "trust", "government bureau", "technology company", "energy company", "research laboratory",
            "armed group", "newspaper"};
    static final String[] ROLES = {"President", "Prime Minister", "Minister", "General", "Governor", "Mayor",
            "Judge", "Senator", "Ambassador"};
    static final String[] ROLE_TEXT = {"president", "prime minister", "minister", "general", "governor", "mayor",
            "judge", "senator", "ambassador", "chief executive", "spokesperson", "economist", "analyst",
            "journalist", "activist", "opposition leader", "central bank governor", "union leader", "diplomat",
            "researcher"};
    static final String[] SOURCE_SUFFIX = {"Courier", "Herald", "Post", "Ledger", "Dispatch", "Observer", "Tribune",
            "Gazette", "Wire", "Review", "Chronicle", "Standard"};
    static final String[] TAGS = {"politics", "economy", "trade", "energy", "security", "diplomacy", "elections",
            "courts", "technology", "cybersecurity", "climate", "health", "labor", "markets", "transport",
            "infrastructure", "defense", "migration", "agriculture", "education", "housing", "media", "finance",
            "sanctions", "human-rights", "water", "telecoms", "mining", "tourism", "space", "science", "culture",
            "sport", "crime", "corruption", "budget", "banking", "shipping", "aviation", "fisheries"};

    static String pick(SplittableRandom r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    static <T> T pick(SplittableRandom r, List<T> a) {
        return a.get(r.nextInt(a.size()));
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String slugify(String s) {
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && sb.length() > 0) sb.append('-');
                sb.append(c);
                dash = false;
            } else if (c != '\'') {
                dash = true;
            }
        }
        return sb.toString();
    }

    static String yq(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static String yList(List<String> items, boolean quote) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(quote ? yq(items.get(i)) : items.get(i));
        }
        return sb.append(']').toString();
    }

    static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = s.charAt(i) == ' ' || s.charAt(i) == '\n';
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }

    static boolean isLowerWord(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return !t.isEmpty();
    }

    static int countOccurrences(String hay, String needle) {
        int n = 0;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
        return n;
    }

    /** Zipf-like sampler over ranks 0..n-1, weight 1/(rank+1)^s. StrictMath keeps it platform-independent. */
    static final class Zipf {
        final double[] cum;

        Zipf(int n, double s) {
            cum = new double[n];
            double t = 0;
            for (int i = 0; i < n; i++) {
                t += 1.0 / StrictMath.pow(i + 1, s);
                cum[i] = t;
            }
        }

        int sample(SplittableRandom r) {
            double u = r.nextDouble() * cum[cum.length - 1];
            int i = Arrays.binarySearch(cum, u);
            if (i < 0) i = -i - 1;
            return Math.min(i, cum.length - 1);
        }
    }

    /** Content vocabulary: pseudo-words plus real news words, per part of speech, in Zipf rank order. */
    static final class Vocab {
        final String[] nouns, verbs, adjs, advs;
        final Zipf nounZ, verbZ, adjZ, advZ;
        final Set<String> lower = new HashSet<>(); // lookup only, never iterated

        Vocab(SplittableRandom r, Set<String> reserved) {
            for (String w : FUNCTION_WORDS) lower.add(w);
            nouns = build(r, 1400, REAL_NOUNS, reserved, 0);
            verbs = build(r, 700, REAL_VERBS, reserved, 1);
            adjs = build(r, 600, REAL_ADJS, reserved, 2);
            advs = build(r, 300, REAL_ADVS, reserved, 3);
            nounZ = new Zipf(nouns.length, 0.85);
            verbZ = new Zipf(verbs.length, 0.85);
            adjZ = new Zipf(adjs.length, 0.85);
            advZ = new Zipf(advs.length, 0.85);
        }

        private String[] build(SplittableRandom r, int pseudoCount, String[] real, Set<String> reserved, int pos) {
            List<String> words = new ArrayList<>();
            while (words.size() < pseudoCount) {
                int roll = r.nextInt(100);
                String base = syllables(r, roll < 35 ? 1 : roll < 88 ? 2 : 3);
                String w;
                switch (pos) {
                    case 1: w = r.nextInt(10) < 7 ? (base.endsWith("e") ? base + "d" : base + "ed") : base + "s"; break;
                    case 2: w = base + pick(r, ADJ_SUFFIX); break;
                    case 3: w = base + pick(r, ADJ_SUFFIX) + "ly"; break;
                    default: w = base;
                }
                if (w.length() < 3 || w.length() > 13 || awkward(w) || lower.contains(w) || reserved.contains(w)) continue;
                lower.add(w);
                words.add(w);
            }
            // real words take random ranks in the top of the distribution
            for (int j = 0; j < real.length; j++) {
                String w = real[j];
                if (reserved.contains(w) || (lower.contains(w) && words.contains(w))) continue;
                lower.add(w);
                words.add(r.nextInt(Math.min(words.size(), 3 * (j + 1)) + 1), w);
            }
            return words.toArray(new String[0]);
        }

        static String syllables(SplittableRandom r, int n) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0 || r.nextInt(4) != 0) sb.append(pick(r, ONSETS));
                sb.append(pick(r, VOWELS));
                if (i == n - 1 || r.nextInt(3) == 0) sb.append(pick(r, CODAS));
            }
            return sb.toString();
        }

        String noun(SplittableRandom r) { return nouns[nounZ.sample(r)]; }
        String verb(SplittableRandom r) { return verbs[verbZ.sample(r)]; }
        String adj(SplittableRandom r) { return adjs[adjZ.sample(r)]; }
        String adv(SplittableRandom r) { return advs[advZ.sample(r)]; }
    }

    /** Three vowels in a row or a doubled a/i/u/y read badly in a name. */
    static boolean awkward(String w) {
        int run = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            run = "aeiouy".indexOf(c) >= 0 ? run + 1 : 0;
            if (run >= 3 || (i > 0 && c == w.charAt(i - 1) && "aiuy".indexOf(c) >= 0)) return true;
        }
        return false;
    }

    /** Capitalized pseudo-words for proper names; disjoint from the vocabulary and from each other. */
    static final class NameWords {
        final Vocab vocab;
        final Set<String> used = new HashSet<>(); // lookup only

        NameWords(Vocab vocab, Set<String> reserved) {
            this.vocab = vocab;
            for (String w : reserved) used.add(w.toLowerCase(Locale.ROOT));
        }

        String fresh(SplittableRandom r, String suffix) {
            while (true) {
                StringBuilder sb = new StringBuilder();
                sb.append(pick(r, NAME_ONSETS)).append(pick(r, NAME_VOWELS));
                if (r.nextBoolean()) sb.append(pick(r, NAME_ONSETS)).append(pick(r, NAME_VOWELS));
                sb.append(pick(r, NAME_ENDS)).append(suffix);
                String w = sb.toString();
                if (w.length() < 4 || awkward(w) || vocab.lower.contains(w) || used.contains(w)) continue;
                used.add(w);
                return capitalize(w);
            }
        }
    }

    // ------------------------------------------------------------------ model

    static final class Entity {
        final String kind;
        final String name;
        final List<String> aliases = new ArrayList<>();
        final List<String[]> fields = new ArrayList<>(); // key, already-formatted YAML value
        String slug;
        String description;
        String surname; // people
        String countryName; // places (cities/regions), orgs
        int articleCount;

        Entity(String kind, String name) {
            this.kind = kind;
            this.name = name;
        }
    }

    static final class Author {
        final String name, handle;

        Author(String name, String handle) {
            this.name = name;
            this.handle = handle;
        }
    }

    /** A sentence: tokens (punctuation attached), which tokens are entity mentions, one optional markup span. */
    static final class Sentence {
        final List<String> toks = new ArrayList<>();
        final BitSet locked = new BitSet();
        int spanStart = -1, spanEnd = -1; // [start, end)
        String linkUrl; // null: emphasis

        void add(String t, boolean lock) {
            if (lock) locked.set(toks.size());
            toks.add(t);
        }

        String raw() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < toks.size(); i++) {
                if (i > 0) sb.append(' ');
                if (i == spanStart) sb.append(linkUrl == null ? "*" : "[");
                sb.append(toks.get(i));
                if (i == spanEnd - 1) sb.append(linkUrl == null ? "*" : "](" + linkUrl + ")");
            }
            return sb.toString();
        }

        String text() {
            return String.join(" ", toks);
        }

        int words() {
            int n = toks.size();
            for (String t : toks) for (int i = 0; i < t.length(); i++) if (t.charAt(i) == ' ') n++;
            return n;
        }
    }

    static final class Block {
        final char type; // 'p' paragraph, 'h' heading, 'l' bullet list, 'o' ordered list
        final List<Sentence> sentences = new ArrayList<>();
        String heading;

        Block(char type) {
            this.type = type;
        }

        String raw() {
            switch (type) {
                case 'h': return "## " + heading;
                case 'l': case 'o': {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < sentences.size(); i++) {
                        if (i > 0) sb.append('\n');
                        sb.append(type == 'l' ? "- " : (i + 1) + ". ").append(sentences.get(i).raw());
                    }
                    return sb.toString();
                }
                default: {
                    StringBuilder sb = new StringBuilder();
                    for (Sentence s : sentences) {
                        if (sb.length() > 0) sb.append(' ');
                        sb.append(s.raw());
                    }
                    return sb.toString();
                }
            }
        }

        String text() {
            if (type == 'h') return heading;
            StringBuilder sb = new StringBuilder();
            for (Sentence s : sentences) {
                if (sb.length() > 0) sb.append(type == 'p' ? " " : "\n");
                sb.append(s.text());
            }
            return sb.toString();
        }
    }

    static final class Annotation {
        String name, quote, prefix, suffix, inReplyTo, body;
        Author author;
        LocalDate date;
        int parent = -1;
    }

    static final class Article {
        String slug, title, source, summary, url;
        LocalDate date;
        List<String> authors = new ArrayList<>(), tags = new ArrayList<>(), explicitPeople = new ArrayList<>();
        String body, text;
        List<Entity> mentioned;
        final List<Annotation> annotations = new ArrayList<>();
        int words;
    }

    /** One planned entity mention; the surface form is decided when it is placed. */
    static final class Mention {
        final Entity e;
        String form;

        Mention(Entity e) {
            this.e = e;
        }
    }

    // ------------------------------------------------------------------ corpus

    static final class Corpus {
        final int n;
        final long seed;
        final SplittableRandom master;
        Vocab vocab;
        NameWords names;
        final List<Entity> entities = new ArrayList<>();
        final List<Entity> byRank = new ArrayList<>();
        Zipf entityZipf;
        final List<Author> authors = new ArrayList<>();
        Zipf authorZipf;
        final List<String> sources = new ArrayList<>();
        final List<Article> articles = new ArrayList<>();
        final LocalDate epoch = LocalDate.of(2021, 1, 1);
        final int days = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - epoch.toEpochDay()) + 1;

        Corpus(int n, long seed) {
            this.n = n;
            this.seed = seed;
            this.master = new SplittableRandom(seed);
        }

        void generate() {
            // Words that may appear capitalized inside multi-word names must not be content words.
            Set<String> reserved = new HashSet<>();
            for (String p : PLACE_PATTERNS_CITY) for (String w : p.split(" ")) reserved.add(w.toLowerCase(Locale.ROOT));
            for (String p : PLACE_PATTERNS_REGION) for (String w : p.split(" ")) reserved.add(w.toLowerCase(Locale.ROOT));
            for (String w : ORG_SUFFIX) reserved.add(w.toLowerCase(Locale.ROOT));
            for (String w : ROLES) for (String x : w.split(" ")) reserved.add(x.toLowerCase(Locale.ROOT));
            for (String w : SOURCE_SUFFIX) reserved.add(w.toLowerCase(Locale.ROOT));
            reserved.add("republic");
            reserved.remove("%s");
            vocab = new Vocab(master.split(), reserved);
            names = new NameWords(vocab, reserved);
            makeEntities(master.split());
            makeAuthors(master.split());
            SplittableRandom sr = master.split();
            for (int i = 0; i < 24; i++) sources.add("The " + names.fresh(sr, "") + " " + pick(sr, SOURCE_SUFFIX));
            long[] seeds = new long[n];
            for (int i = 0; i < n; i++) seeds[i] = master.nextLong();
            // each article has its own random stream, so generating them in parallel changes nothing
            Article[] made = new Article[n];
            java.util.stream.IntStream.range(0, n).parallel()
                    .forEach(i -> made[i] = makeArticle(new SplittableRandom(seeds[i])));
            articles.addAll(Arrays.asList(made));
            for (Article a : articles) for (Entity e : a.mentioned) e.articleCount++;
            // slugs: unique, assigned in generation order
            Set<String> slugs = new HashSet<>();
            for (Article a : articles) {
                String base = a.slug;
                String s = base;
                for (int k = 2; !slugs.add(s); k++) s = base + "-" + k;
                a.slug = s;
                a.url = String.format(Locale.ROOT, "https://news.example/%04d/%02d/%02d/%s",
                        a.date.getYear(), a.date.getMonthValue(), a.date.getDayOfMonth(), s);
            }
        }

        // ---------------------------------------------------------- entities

        void makeEntities(SplittableRandom r) {
            int total = Math.max(12, n / 5);
            int nPeople = (int) Math.round(total * 0.45);
            int nPlaces = (int) Math.round(total * 0.30);
            int nOrgs = total - nPeople - nPlaces;
            Set<String> taken = new HashSet<>(); // every name and alias; lookup only

            // places first: countries are referred to by cities, regions, people and organizations
            int nCountries = Math.max(1, (int) Math.round(nPlaces * 0.15));
            List<Entity> countries = new ArrayList<>();
            List<Entity> cities = new ArrayList<>();
            for (int i = 0; i < nPlaces; i++) {
                Entity e;
                if (i < nCountries) {
                    String w = names.fresh(r, r.nextInt(10) < 4 ? "ia" : "");
                    e = new Entity(PLACES, w);
                    if (r.nextInt(5) == 0) e.aliases.add("Republic of " + w);
                    e.fields.add(new String[]{"kind", "country"});
                    countries.add(e);
                } else {
                    boolean city = r.nextInt(100) < 65;
                    String w = names.fresh(r, "");
                    String name = w;
                    boolean shortAlias = false;
                    if (r.nextInt(100) < 40) {
                        name = String.format(Locale.ROOT, pick(r, city ? PLACE_PATTERNS_CITY : PLACE_PATTERNS_REGION), w);
                        shortAlias = r.nextInt(100) < 45; // "Port Vellan" also written "Vellan"
                    }
                    e = new Entity(PLACES, name);
                    if (shortAlias) e.aliases.add(w);
                    Entity c = pick(r, countries);
                    e.countryName = c.name;
                    e.fields.add(new String[]{"kind", city ? "city" : "region"});
                    e.fields.add(new String[]{"country", yq(c.name)});
                    if (city) cities.add(e);
                }
                double lat = -55 + r.nextDouble() * 125, lon = -180 + r.nextDouble() * 360;
                e.fields.add(new String[]{"coordinates", String.format(Locale.ROOT, "[%.4f, %.4f]", lat, lon)});
                entities.add(e);
            }

            // people: first names shared among people, surnames mostly unique
            List<String> firstNames = new ArrayList<>();
            for (int i = 0; i < Math.max(20, nPeople / 4); i++) firstNames.add(names.fresh(r, ""));
            List<Entity> people = new ArrayList<>();
            Set<String> personNames = new HashSet<>();
            Map<String, Integer> surnameUse = new HashMap<>(); // lookup only
            while (people.size() < nPeople) {
                String first = pick(r, firstNames);
                String last = (!people.isEmpty() && r.nextInt(100) < 5) ? pick(r, people).surname : names.fresh(r, "");
                String name = first + " " + last;
                if (!personNames.add(name)) continue;
                Entity e = new Entity(PEOPLE, name);
                e.surname = last;
                surnameUse.merge(last, 1, Integer::sum);
                people.add(e);
            }
            for (Entity e : people) {
                int role = r.nextInt(ROLE_TEXT.length);
                boolean unique = surnameUse.get(e.surname) == 1;
                if (unique && r.nextInt(100) < 75) e.aliases.add(e.surname);
                if (unique && role < ROLES.length && r.nextInt(100) < 35) e.aliases.add(ROLES[role] + " " + e.surname);
                Entity c = pick(r, countries);
                e.countryName = c.name;
                e.fields.add(new String[]{"role", yq(capitalize(ROLE_TEXT[role]))});
                entities.add(e);
            }

            // organizations: 2-4 words, acronyms for 3+ words
            Set<String> acronyms = new HashSet<>();
            for (int i = 0; i < nOrgs; i++) {
                int roll = r.nextInt(100);
                int words = roll < 45 ? 2 : roll < 88 ? 3 : 4;
                int suffix = r.nextInt(ORG_SUFFIX.length);
                List<String> parts = new ArrayList<>();
                for (int k = 0; k < words - 1; k++) parts.add(names.fresh(r, ""));
                String core = String.join(" ", parts);
                String name = core + " " + ORG_SUFFIX[suffix];
                Entity e = new Entity(ORGS, name);
                if (words >= 3 && r.nextInt(100) < 75) {
                    StringBuilder ac = new StringBuilder();
                    for (String p : name.split(" ")) ac.append(p.charAt(0));
                    String acr = ac.toString().toUpperCase(Locale.ROOT);
                    if (acronyms.add(acr)) e.aliases.add(acr);
                }
                if (e.aliases.size() < 2 && r.nextInt(100) < 30) e.aliases.add(core);
                Entity c = pick(r, countries);
                e.countryName = c.name;
                e.fields.add(new String[]{"kind", yq(ORG_KIND[suffix])});
                e.fields.add(new String[]{"country", yq(c.name)});
                entities.add(e);
            }

            // global uniqueness of names and aliases (by construction; enforced here)
            for (Entity e : entities) {
                if (!taken.add(e.name)) throw new IllegalStateException("duplicate name " + e.name);
                e.aliases.removeIf(a -> !taken.add(a));
            }
            Set<String> slugs = new HashSet<>();
            for (Entity e : entities) {
                String s = slugify(e.name);
                if (!slugs.add(e.kind + "/" + s)) throw new IllegalStateException("duplicate slug " + s);
                e.slug = s;
            }
            for (Entity e : entities) e.description = describe(r, e, cities);

            // popularity: a seeded permutation of entities onto Zipf ranks
            byRank.addAll(entities);
            Collections.shuffle(byRank, new java.util.Random(r.nextLong()));
            entityZipf = new Zipf(byRank.size(), 1.0);
        }

        String describe(SplittableRandom r, Entity e, List<Entity> cities) {
            String first;
            switch (e.kind) {
                case PEOPLE:
                    first = e.name + " is " + article(ROLE_TEXT[roleIndex(e)]) + " " + ROLE_TEXT[roleIndex(e)]
                            + " from " + e.countryName + ".";
                    break;
                case PLACES: {
                    String kind = e.fields.get(0)[1];
                    if (kind.equals("country")) {
                        first = e.name + " is a country of about " + (1 + r.nextInt(90)) + " million people.";
                    } else if (kind.equals("city")) {
                        first = e.name + " is a city in " + e.countryName + ".";
                    } else {
                        first = e.name + " is a region of " + e.countryName + ".";
                    }
                    break;
                }
                default: {
                    String kind = e.fields.get(0)[1].replace("\"", "");
                    String where = cities.isEmpty() || r.nextBoolean() ? e.countryName : pick(r, cities).name;
                    first = e.name + " is " + article(kind) + " " + kind + " based in " + where + ".";
                }
            }
            Mention m = new Mention(e);
            m.form = e.aliases.isEmpty() || e.kind.equals(ORGS) && r.nextBoolean() ? e.name : e.aliases.get(0);
            Sentence s = sentence(r, 10 + r.nextInt(12), List.of(m), true);
            return first + " " + s.text() + "\n";
        }

        int roleIndex(Entity e) {
            String role = e.fields.get(0)[1];
            role = role.substring(1, role.length() - 1).toLowerCase(Locale.ROOT);
            return Arrays.asList(ROLE_TEXT).indexOf(role);
        }

        static String article(String word) {
            return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
        }

        void makeAuthors(SplittableRandom r) {
            int count = Math.max(3, n / 20);
            Set<String> handles = new HashSet<>();
            while (authors.size() < count) {
                String first = names.fresh(r, ""), last = names.fresh(r, "");
                String f = first.toLowerCase(Locale.ROOT), l = last.toLowerCase(Locale.ROOT);
                int style = r.nextInt(4);
                String handle = style == 0 ? f.charAt(0) + l : style == 1 ? f + "-" + l
                        : style == 2 ? l + (10 + r.nextInt(90)) : f + l.charAt(0);
                if (!handles.add(handle)) continue;
                authors.add(new Author(first + " " + last, handle));
            }
            authorZipf = new Zipf(authors.size(), 0.8);
        }

        // ---------------------------------------------------------- text

        List<String> np(SplittableRandom r) {
            List<String> t = new ArrayList<>();
            int roll = r.nextInt(100);
            if (roll < 45) {
                t.add(pick(r, DETS));
                if (r.nextInt(10) < 3) t.add(vocab.adj(r));
                t.add(vocab.noun(r));
            } else if (roll < 63) {
                if (r.nextBoolean()) t.add(vocab.adj(r));
                t.add(vocab.noun(r));
            } else if (roll < 80) {
                t.add(pick(r, DETS));
                t.add(vocab.noun(r));
                t.add("of");
                t.add(pick(r, DETS));
                t.add(vocab.noun(r));
            } else if (roll < 88) {
                int k = r.nextInt(3);
                if (k == 0) {
                    t.add(String.valueOf(2 + r.nextInt(98)));
                    t.add("percent");
                    t.add("of");
                    t.add("the");
                } else if (k == 1) {
                    t.add("$" + (1 + r.nextInt(40)) + "." + r.nextInt(10));
                    t.add(r.nextBoolean() ? "billion" : "million");
                    t.add("in");
                } else {
                    int v = 3 + r.nextInt(20000);
                    t.add(v < 1000 ? String.valueOf(v) : (v / 1000) + "," + String.valueOf(1000 + v % 1000).substring(1));
                }
                t.add(vocab.noun(r));
            } else {
                t.add(pick(r, new String[]{"it", "they", "officials", "analysts", "residents"}));
            }
            return t;
        }

        List<String> vp(SplittableRandom r) {
            List<String> t = new ArrayList<>();
            if (r.nextInt(10) == 0) t.add(vocab.adv(r));
            int roll = r.nextInt(100);
            if (roll < 12) {
                t.add(r.nextBoolean() ? "had" : "has");
            }
            t.add(vocab.verb(r));
            if (roll >= 12 && roll < 24) {
                t.add("that");
                t.addAll(np(r));
                t.add(vocab.verb(r));
            }
            if (r.nextInt(10) < 3) t.add(pick(r, PREPS));
            t.addAll(np(r));
            return t;
        }

        /** Builds one sentence of about {@code target} words containing every given mention exactly once. */
        Sentence sentence(SplittableRandom r, int target, List<Mention> mentions, boolean period) {
            // chunks: token lists; a chunk whose first element is "," gets a comma on the previous token
            List<List<String>> chunks = new ArrayList<>();
            List<Boolean> lockedChunk = new ArrayList<>();
            List<Mention> rest = new ArrayList<>(mentions);
            List<String> attribution = null;
            Mention subject = null;
            for (Mention m : rest) {
                if (r.nextInt(100) < 40) {
                    subject = m;
                    break;
                }
            }
            if (subject != null) {
                rest.remove(subject);
                List<String> s = new ArrayList<>();
                if (r.nextInt(100) < 15) {
                    s.add(subject.form + "'s");
                    chunks.add(s);
                    lockedChunk.add(true);
                    chunks.add(new ArrayList<>(List.of(vocab.noun(r))));
                    lockedChunk.add(false);
                } else {
                    s.add(subject.form);
                    chunks.add(s);
                    lockedChunk.add(true);
                }
            } else {
                chunks.add(np(r));
                lockedChunk.add(false);
            }
            chunks.add(vp(r));
            lockedChunk.add(false);
            int words = 0;
            for (List<String> c : chunks) words += c.size();
            while (words < target - 2) {
                List<String> c;
                int roll = r.nextInt(100);
                if (roll < 60) {
                    c = new ArrayList<>();
                    c.add(pick(r, PREPS));
                    c.addAll(np(r));
                } else if (roll < 85) {
                    c = new ArrayList<>();
                    c.add(",");
                    c.add(pick(r, CONJS));
                    c.addAll(np(r));
                    c.addAll(vp(r));
                } else {
                    c = new ArrayList<>();
                    c.add(",");
                    c.add("which");
                    c.addAll(vp(r));
                }
                chunks.add(c);
                lockedChunk.add(false);
                words += c.size();
            }
            for (Mention m : rest) {
                if (attribution == null && m.e.kind.equals(PEOPLE) && r.nextInt(100) < 35) {
                    attribution = List.of(",", m.form, "said");
                    continue;
                }
                List<String> c = new ArrayList<>();
                c.add(m.e.kind.equals(ORGS) && r.nextInt(4) == 0 ? "according" : pick(r, MENTION_PREPS));
                if (c.get(0).equals("according")) c.add("to");
                c.add(m.form);
                int at = 1 + r.nextInt(chunks.size());
                chunks.add(at, c);
                lockedChunk.add(at, true);
            }
            if (attribution == null && r.nextInt(100) < 8) attribution = List.of(",", pick(r, new String[]{"officials", "analysts", "a spokesperson"}), "said");
            if (attribution != null) {
                chunks.add(new ArrayList<>(attribution));
                lockedChunk.add(true);
            }
            Sentence s = new Sentence();
            for (int ci = 0; ci < chunks.size(); ci++) {
                List<String> c = chunks.get(ci);
                boolean lock = lockedChunk.get(ci);
                for (int k = 0; k < c.size(); k++) {
                    String t = c.get(k);
                    if (t.equals(",")) {
                        if (!s.toks.isEmpty()) {
                            int last = s.toks.size() - 1;
                            if (!s.toks.get(last).endsWith(",")) s.toks.set(last, s.toks.get(last) + ",");
                        }
                        continue;
                    }
                    s.add(t, lock);
                }
            }
            if (!s.locked.get(0)) s.toks.set(0, capitalize(s.toks.get(0)));
            int last = s.toks.size() - 1;
            if (period) s.toks.set(last, s.toks.get(last) + ".");
            return s;
        }

        void formOf(SplittableRandom r, Mention m, Set<Entity> seen) {
            if (seen.add(m.e) || m.e.aliases.isEmpty() || r.nextInt(100) < 40) m.form = m.e.name;
            else m.form = pick(r, m.e.aliases);
        }

        /** Marks a span of 1-4 plain lowercase words (no punctuation, not a mention, not the last token). */
        boolean addSpan(SplittableRandom r, Sentence s, String url) {
            if (s.spanStart >= 0) return false;
            int len = url == null ? 1 + r.nextInt(3) : 2 + r.nextInt(3);
            for (int attempt = 0; attempt < 6; attempt++) {
                int start = 1 + r.nextInt(Math.max(1, s.toks.size() - len - 1));
                int end = start + len;
                if (end > s.toks.size() - 1) continue;
                boolean ok = true;
                for (int i = start; i < end && ok; i++) {
                    if (s.locked.get(i) || !isLowerWord(s.toks.get(i))) ok = false;
                }
                if (!ok) continue;
                s.spanStart = start;
                s.spanEnd = end;
                s.linkUrl = url;
                return true;
            }
            return false;
        }

        Article makeArticle(SplittableRandom r) {
            Article a = new Article();
            a.date = epoch.plusDays(r.nextInt(days));
            a.source = pick(r, sources);
            int nAuthors = r.nextInt(10) < 7 ? 1 : r.nextInt(3) == 0 ? 0 : 2;
            for (int i = 0; i < nAuthors; i++) a.authors.add(bylineName(r));

            // entities mentioned: 8-15 distinct, Zipf popularity
            int k = Math.min(byRank.size(), 8 + r.nextInt(8));
            List<Entity> ents = new ArrayList<>();
            Set<Entity> chosen = new HashSet<>();
            while (ents.size() < k) {
                Entity e = byRank.get(entityZipf.sample(r));
                if (chosen.add(e)) ents.add(e);
            }
            a.mentioned = ents;
            List<Mention> events = new ArrayList<>();
            for (Entity e : ents) {
                int roll = r.nextInt(100);
                int times = roll < 40 ? 1 : roll < 75 ? 2 : 3;
                for (int t = 0; t < times; t++) events.add(new Mention(e));
            }
            // shuffle, but keep the entities' first mentions roughly in choice order
            for (int i = events.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Mention tmp = events.get(i);
                events.set(i, events.get(j));
                events.set(j, tmp);
            }

            int target = 620 + r.nextInt(161);
            int estSentences = Math.max(1, target / 19);
            int[] perSentence = new int[estSentences + events.size()];
            for (int i = 0; i < events.size(); i++) {
                int at = r.nextInt(estSentences);
                while (perSentence[at] >= 2) at++;
                perSentence[at]++;
            }
            Set<Entity> seen = new HashSet<>();
            int next = 0; // next event
            int sentenceIndex = 0;
            int words = 0;
            List<Block> blocks = new ArrayList<>();
            int headings = 0, lists = 0, links = 0;
            int maxLinks = r.nextInt(10) < 6 ? 1 + r.nextInt(2) : 0;
            while (words < target || next < events.size()) {
                if (blocks.size() >= 2 && blocks.get(blocks.size() - 1).type == 'p') {
                    if (headings < 2 && r.nextInt(100) < 7) {
                        Block h = new Block('h');
                        List<String> t = np(r);
                        if (r.nextBoolean()) {
                            t.add(pick(r, PREPS));
                            t.add(vocab.noun(r));
                        }
                        h.heading = capitalize(String.join(" ", t));
                        blocks.add(h);
                        words += t.size();
                        headings++;
                    } else if (lists < 1 && r.nextInt(100) < 5) {
                        Block l = new Block(r.nextInt(10) < 7 ? 'l' : 'o');
                        int items = 3 + r.nextInt(3);
                        for (int i = 0; i < items; i++) {
                            List<Mention> ms = new ArrayList<>();
                            int want = sentenceIndex < perSentence.length ? perSentence[sentenceIndex] : 0;
                            for (int q = 0; q < Math.min(1, want) && next < events.size(); q++) {
                                Mention m = events.get(next++);
                                formOf(r, m, seen);
                                ms.add(m);
                            }
                            if (want > ms.size() && sentenceIndex + 1 < perSentence.length) perSentence[sentenceIndex + 1] += want - ms.size();
                            sentenceIndex++;
                            Sentence s = sentence(r, 5 + r.nextInt(8), ms, r.nextBoolean());
                            l.sentences.add(s);
                            words += s.words();
                        }
                        blocks.add(l);
                        lists++;
                    }
                }
                Block p = new Block('p');
                int roll = r.nextInt(100);
                int count = roll < 10 ? 1 : roll < 30 ? 2 : roll < 60 ? 3 : roll < 85 ? 4 : roll < 95 ? 5 : 6;
                for (int i = 0; i < count && (words < target || next < events.size()); i++) {
                    int want = sentenceIndex < perSentence.length ? perSentence[sentenceIndex] : 2;
                    if (words >= target) want = 2;
                    List<Mention> ms = new ArrayList<>();
                    for (int q = 0; q < want && next < events.size(); q++) {
                        Mention m = events.get(next++);
                        formOf(r, m, seen);
                        ms.add(m);
                    }
                    sentenceIndex++;
                    int len = 6 + r.nextInt(12) + r.nextInt(12);
                    Sentence s = sentence(r, len, ms, true);
                    if (r.nextInt(100) < 7) addSpan(r, s, null);
                    else if (links < maxLinks && r.nextInt(100) < 8) {
                        String url = String.format(Locale.ROOT, "https://news.example/%04d/%02d/%s",
                                2019 + r.nextInt(6), 1 + r.nextInt(12), slugify(vocab.noun(r) + " " + vocab.noun(r) + " " + vocab.verb(r)));
                        if (addSpan(r, s, url)) links++;
                    }
                    p.sentences.add(s);
                    words += s.words();
                }
                if (!p.sentences.isEmpty()) blocks.add(p);
            }
            a.words = words;

            StringBuilder raw = new StringBuilder();
            StringBuilder text = new StringBuilder();
            for (Block b : blocks) {
                if (raw.length() > 0) {
                    raw.append("\n\n");
                    text.append('\n');
                }
                raw.append(b.raw());
                text.append(b.text());
            }
            raw.append('\n');
            a.body = raw.toString();
            a.text = text.toString();
            String spaced = a.text.replace('\n', ' ');

            // front matter
            List<Mention> tm = new ArrayList<>();
            if (r.nextBoolean()) {
                Mention m = new Mention(ents.get(0));
                m.form = ents.get(0).aliases.isEmpty() || r.nextBoolean() ? ents.get(0).name : ents.get(0).aliases.get(0);
                tm.add(m);
            }
            Sentence title = sentence(r, 5 + r.nextInt(5), tm, false);
            a.title = title.text().replaceAll(",$", "");
            a.slug = slugify(String.join(" ", title.toks.subList(0, Math.min(6, title.toks.size()))));
            if (a.slug.isEmpty()) a.slug = "article";
            List<Mention> sm = new ArrayList<>();
            for (int i = 0; i < Math.min(2, ents.size()); i++) {
                Mention m = new Mention(ents.get(i));
                m.form = ents.get(i).name;
                sm.add(m);
            }
            a.summary = sentence(r, 16 + r.nextInt(12), sm, true).text();
            int nTags = 1 + r.nextInt(4);
            Zipf tagZ = TAG_ZIPF;
            List<String> tags = new ArrayList<>();
            while (tags.size() < nTags) {
                String t = TAGS[tagZ.sample(r)];
                if (!tags.contains(t)) tags.add(t);
            }
            Collections.sort(tags);
            a.tags = tags;
            if (r.nextInt(25) == 0) {
                for (int tries = 0; tries < 20; tries++) {
                    Entity e = byRank.get(entityZipf.sample(r));
                    if (e.kind.equals(PEOPLE) && !chosen.contains(e)) {
                        a.explicitPeople.add(e.slug);
                        break;
                    }
                }
            }

            // annotations
            List<int[]> runs = new ArrayList<>(); // block, sentence, start, end (plain runs >= 4 tokens in paragraphs)
            for (int bi = 0; bi < blocks.size(); bi++) {
                Block b = blocks.get(bi);
                if (b.type != 'p') continue;
                for (int si = 0; si < b.sentences.size(); si++) {
                    Sentence s = b.sentences.get(si);
                    int size = s.toks.size();
                    if (s.spanStart < 0) {
                        if (size >= 4) runs.add(new int[]{bi, si, 0, size});
                    } else {
                        if (s.spanStart >= 4) runs.add(new int[]{bi, si, 0, s.spanStart});
                        if (size - s.spanEnd >= 4) runs.add(new int[]{bi, si, s.spanEnd, size});
                    }
                }
            }
            int count = 0;
            for (int i = 0; i < 6; i++) if (r.nextBoolean()) count++;
            Set<String> annNames = new HashSet<>();
            for (int ai = 0; ai < count; ai++) {
                Annotation an = new Annotation();
                an.author = authors.get(authorZipf.sample(r));
                if (ai > 0 && r.nextInt(20) < 3) {
                    an.parent = r.nextInt(ai);
                    Annotation p = a.annotations.get(an.parent);
                    if (an.author == p.author) an.author = authors.get(authorZipf.sample(r));
                    an.date = p.date.plusDays(r.nextInt(5));
                    an.inReplyTo = p.name;
                    an.quote = p.quote;
                    an.prefix = p.prefix;
                    an.suffix = p.suffix;
                } else {
                    an.date = a.date.plusDays(r.nextInt(21));
                    if (r.nextInt(20) != 0 && !runs.isEmpty()) chooseQuote(r, an, blocks, runs, a.body, spaced);
                }
                String topic = an.quote != null ? slugify(longestWord(an.quote)) : slugify(vocab.noun(r));
                if (topic.isEmpty()) topic = "note";
                String base = an.date + "-" + an.author.handle + "-" + (an.inReplyTo != null ? "re-" : "") + topic;
                String nm = base;
                for (int q = 2; !annNames.add(nm); q++) nm = base + "-" + q;
                an.name = nm;
                an.body = commentary(r, ents);
                a.annotations.add(an);
            }
            return a;
        }

        static final Zipf TAG_ZIPF = new Zipf(TAGS.length, 1.0);

        String bylineName(SplittableRandom r) {
            // bylines are not entities: first and last names of two annotation authors, whose name words
            // are disjoint from every entity name word
            Author x = authors.get(r.nextInt(authors.size()));
            Author y = authors.get(r.nextInt(authors.size()));
            return x.name.split(" ")[0] + " " + y.name.split(" ")[1];
        }

        /** The longest all-lowercase word of a quote (trailing punctuation dropped), for a file name. */
        static String longestWord(String q) {
            String best = "";
            for (String w : q.split(" ")) {
                int end = w.length();
                while (end > 0 && (w.charAt(end - 1) == ',' || w.charAt(end - 1) == '.')) end--;
                String s = w.substring(0, end);
                if (s.length() > best.length() && isLowerWord(s)) best = s;
            }
            return best;
        }

        void chooseQuote(SplittableRandom r, Annotation an, List<Block> blocks, List<int[]> runs, String raw,
                         String spaced) {
            for (int attempt = 0; attempt < 40; attempt++) {
                int[] run = pick(r, runs);
                Sentence s = blocks.get(run[0]).sentences.get(run[1]);
                int runLen = run[3] - run[2];
                int len = 4 + r.nextInt(Math.min(12, runLen) - 3);
                int start = run[2] + r.nextInt(runLen - len + 1);
                String q = String.join(" ", s.toks.subList(start, start + len));
                if (q.endsWith(",")) q = q.substring(0, q.length() - 1);
                int qw = wordCount(q);
                if (qw < 4 || qw > 12) continue; // a multi-word name is one token
                if (q.indexOf('*') >= 0 || q.indexOf('[') >= 0 || q.indexOf('#') >= 0) continue;
                if (countOccurrences(raw, q) != 1 || countOccurrences(spaced, q) != 1) continue;
                an.quote = q;
                int before = start - run[2];
                if (before >= 2 && r.nextInt(100) < 25) {
                    int pl = Math.min(before, 2 + r.nextInt(3));
                    an.prefix = String.join(" ", s.toks.subList(start - pl, start));
                }
                int after = run[3] - (start + len);
                if (after >= 2 && r.nextInt(100) < 10 && !String.join(" ", s.toks.subList(start, start + len)).endsWith(",")) {
                    int sl = Math.min(after, 2 + r.nextInt(3));
                    an.suffix = String.join(" ", s.toks.subList(start + len, start + len + sl));
                }
                return;
            }
        }

        String commentary(SplittableRandom r, List<Entity> articleEnts) {
            int m = 1 + r.nextInt(3);
            List<Entity> es = new ArrayList<>();
            while (es.size() < m) {
                Entity e = r.nextInt(100) < 80 ? pick(r, articleEnts) : byRank.get(entityZipf.sample(r));
                if (!es.contains(e)) es.add(e);
            }
            List<Mention> events = new ArrayList<>();
            for (Entity e : es) {
                events.add(new Mention(e));
                if (r.nextInt(100) < 30) events.add(new Mention(e));
            }
            int target = 46 + r.nextInt(58); // the last sentences overshoot a little: 40-120 words in the end
            Set<Entity> seen = new HashSet<>();
            StringBuilder sb = new StringBuilder();
            int words = 0, next = 0;
            int sentencesInPara = 0;
            int paraBreakAt = target > 70 && r.nextBoolean() ? target / 2 : Integer.MAX_VALUE;
            while (next < events.size() || words < target - 3) {
                List<Mention> ms = new ArrayList<>();
                if (next < events.size()) {
                    Mention mm = events.get(next++);
                    formOf(r, mm, seen);
                    ms.add(mm);
                }
                int remaining = target - words;
                int len = Math.max(5, Math.min(remaining, 8 + r.nextInt(16)));
                Sentence s = sentence(r, len, ms, true);
                if (r.nextInt(100) < 8) addSpan(r, s, null);
                String raw = s.raw();
                if (sentencesInPara > 0) sb.append(words >= paraBreakAt ? "\n\n" : " ");
                if (words >= paraBreakAt) paraBreakAt = Integer.MAX_VALUE;
                sb.append(raw);
                sentencesInPara++;
                words += s.words();
            }
            return sb.append('\n').toString();
        }

        // ---------------------------------------------------------- output

        int annotationCount() {
            int c = 0;
            for (Article a : articles) c += a.annotations.size();
            return c;
        }

        int countKind(String kind) {
            int c = 0;
            for (Entity e : entities) if (e.kind.equals(kind)) c++;
            return c;
        }

        String stats() {
            long words = 0;
            int quotes = 0, prefixes = 0, suffixes = 0, replies = 0, noQuote = 0;
            for (Article a : articles) {
                words += a.words;
                for (Annotation an : a.annotations) {
                    if (an.quote != null) quotes++;
                    else noQuote++;
                    if (an.prefix != null) prefixes++;
                    if (an.suffix != null) suffixes++;
                    if (an.inReplyTo != null) replies++;
                }
            }
            List<Entity> sorted = new ArrayList<>(entities);
            sorted.sort((x, y) -> x.articleCount != y.articleCount ? y.articleCount - x.articleCount
                    : (x.kind + "/" + x.slug).compareTo(y.kind + "/" + y.slug));
            int never = 0;
            for (Entity e : entities) if (e.articleCount == 0) never++;
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "words/article: %.0f; annotations: %d with quote (%d prefix, %d suffix), "
                    + "%d without, %d replies%n", words / (double) articles.size(), quotes, prefixes, suffixes, noQuote, replies));
            sb.append("most-mentioned entities (articles):");
            for (int i = 0; i < Math.min(5, sorted.size()); i++) {
                sb.append(' ').append(sorted.get(i).name).append('=').append(sorted.get(i).articleCount);
            }
            sb.append(String.format(Locale.ROOT, "; median %d; never mentioned %d%n",
                    sorted.get(sorted.size() / 2).articleCount, never));
            return sb.toString();
        }

        long[] write(Path out) throws IOException {
            Path content = out.resolve("content");
            Path marker = out.resolve(MARKER);
            if (Files.exists(content)) {
                if (!Files.exists(marker)) {
                    throw new IOException(content + " exists and was not written by this generator ("
                            + marker + " missing); refusing to replace it");
                }
                deleteTree(content);
            }
            Files.createDirectories(out);
            Files.writeString(marker, GENERATOR + "\narticles=" + n + "\nseed=" + seed + "\n", StandardCharsets.UTF_8);
            // files are collected first and written by a few threads: creating many small files is bound by
            // file-system latency, not CPU. Which thread writes a file has no effect on its bytes.
            List<Path> dirs = new ArrayList<>();
            List<Path> paths = new ArrayList<>();
            List<byte[]> data = new ArrayList<>();
            long[] stats = new long[2];
            Path articlesDir = content.resolve("articles");
            Path annDir = content.resolve("annotations");
            Files.createDirectories(articlesDir);
            Files.createDirectories(annDir);
            for (String kind : new String[]{PEOPLE, PLACES, ORGS}) Files.createDirectories(content.resolve(kind));
            Put put = (st, p, text) -> {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                paths.add(p);
                data.add(b);
                st[0]++;
                st[1] += b.length;
            };

            put.put(stats, content.resolve("site.yml"), "title: \"Gloss Bench Digest\"\n"
                    + "description: " + yq("Synthetic benchmark digest: " + n + " articles, generated by "
                    + "bench/GenerateCorpus.java with seed " + seed + ".") + "\n"
                    + "base_url: \"https://bench.example/digest/\"\n"
                    + "language: \"en\"\n");

            for (Entity e : entities) {
                StringBuilder sb = new StringBuilder("---\n");
                sb.append("name: ").append(yq(e.name)).append('\n');
                sb.append("aliases: ").append(yList(e.aliases, true)).append('\n');
                for (String[] f : e.fields) sb.append(f[0]).append(": ").append(f[1]).append('\n');
                sb.append("---\n").append(e.description);
                put.put(stats, content.resolve(e.kind).resolve(e.slug + ".md"), sb.toString());
            }

            for (Article a : articles) {
                StringBuilder sb = new StringBuilder("---\n");
                sb.append("title: ").append(yq(a.title)).append('\n');
                sb.append("date: ").append(a.date).append('\n');
                sb.append("source: ").append(yq(a.source)).append('\n');
                sb.append("url: ").append(yq(a.url)).append('\n');
                sb.append("authors: ").append(yList(a.authors, true)).append('\n');
                sb.append("summary: ").append(yq(a.summary)).append('\n');
                sb.append("tags: ").append(yList(a.tags, false)).append('\n');
                if (!a.explicitPeople.isEmpty()) sb.append("people: ").append(yList(a.explicitPeople, false)).append('\n');
                sb.append("---\n\n").append(a.body);
                put.put(stats, articlesDir.resolve(a.slug + ".md"), sb.toString());
                if (a.annotations.isEmpty()) continue;
                Path dir = annDir.resolve(a.slug);
                dirs.add(dir);
                for (Annotation an : a.annotations) {
                    StringBuilder s = new StringBuilder("---\n");
                    s.append("author: ").append(yq(an.author.name)).append('\n');
                    s.append("github: ").append(an.author.handle).append('\n');
                    s.append("date: ").append(an.date).append('\n');
                    if (an.quote != null) s.append("quote: ").append(yq(an.quote)).append('\n');
                    if (an.prefix != null) s.append("prefix: ").append(yq(an.prefix)).append('\n');
                    if (an.suffix != null) s.append("suffix: ").append(yq(an.suffix)).append('\n');
                    if (an.inReplyTo != null) s.append("in_reply_to: ").append(an.inReplyTo).append('\n');
                    s.append("---\n").append(an.body);
                    put.put(stats, dir.resolve(an.name + ".md"), s.toString());
                }
            }
            parallel(dirs.size(), i -> Files.createDirectory(dirs.get(i)));
            parallel(paths.size(), i -> Files.write(paths.get(i), data.get(i)));
            // the marker names the arguments; "complete" tells bench/run-build.sh the corpus is whole
            Files.writeString(marker, "complete\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            return stats;
        }

        interface Put {
            void put(long[] stats, Path p, String text);
        }

        interface IoTask {
            void run(int i) throws IOException;
        }

        /** Runs task(0..count-1) on 8 threads; the first failure is rethrown. */
        static void parallel(int count, IoTask task) throws IOException {
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicReference<IOException> failure = new java.util.concurrent.atomic.AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Thread th = new Thread(() -> {
                    for (int i; (i = next.getAndIncrement()) < count && failure.get() == null; ) {
                        try {
                            task.run(i);
                        } catch (IOException e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                });
                th.start();
                threads.add(th);
            }
            for (Thread th : threads) {
                try {
                    th.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            if (failure.get() != null) throw failure.get();
        }

        static void deleteTree(Path root) throws IOException {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }

    // ------------------------------------------------------------------ verify

    /**
     * Re-reads a written corpus and checks its invariants independently of the generator's state:
     * names/aliases unique and whole-word unambiguous, never a capitalized content word; every quote
     * free of markup characters and present exactly once in its article (raw Markdown and rendered
     * text); prefix/suffix adjacent to the quote; replies point at an annotation of the same article.
     */
    static final class Verifier {
        static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
        static final Pattern LOWER_WORD = Pattern.compile("(?<![A-Za-z'])[a-z]+(?![A-Za-z])");

        static List<String> verify(Path content) throws IOException {
            List<String> problems = new ArrayList<>();
            Map<String, String> owner = new TreeMap<>(); // name or alias -> entity file
            Map<String, List<String>> byFirstToken = new HashMap<>();
            for (String kind : new String[]{PEOPLE, PLACES, ORGS}) {
                for (Path f : sorted(content.resolve(kind))) {
                    Map<String, String> fm = frontMatter(Files.readString(f));
                    String id = kind + "/" + f.getFileName();
                    List<String> all = new ArrayList<>();
                    all.add(unquote(fm.get("name")));
                    all.addAll(flowList(fm.get("aliases")));
                    for (String s : all) {
                        String prev = owner.put(s, id);
                        if (prev != null) problems.add(id + ": name/alias '" + s + "' also used by " + prev);
                        byFirstToken.computeIfAbsent(s.split(" ")[0], x -> new ArrayList<>()).add(s);
                    }
                }
            }
            // whole-word unambiguity: no name/alias of one entity inside a name/alias of another
            for (Map.Entry<String, String> en : owner.entrySet()) {
                String s = en.getKey();
                for (String tok : s.split(" ")) {
                    for (String other : byFirstToken.getOrDefault(tok, List.of())) {
                        if (!other.equals(s) && (" " + s + " ").contains(" " + other + " ")
                                && !owner.get(other).equals(en.getValue())) {
                            problems.add(en.getValue() + ": '" + s + "' contains '" + other + "' of " + owner.get(other));
                        }
                    }
                }
            }
            Set<String> contentWords = new HashSet<>(); // lookup only
            int quotes = 0;
            for (Path f : sorted(content.resolve("articles"))) {
                String raw = Files.readString(f);
                String body = body(raw);
                String text = rendered(body);
                Matcher m = LOWER_WORD.matcher(text);
                while (m.find()) contentWords.add(m.group());
                String slug = f.getFileName().toString().replaceAll("\\.md$", "");
                Path annDir = content.resolve("annotations").resolve(slug);
                if (!Files.isDirectory(annDir)) continue;
                Set<String> names = new HashSet<>();
                List<Path> anns = sorted(annDir);
                for (Path p : anns) names.add(p.getFileName().toString().replaceAll("\\.md$", ""));
                for (Path p : anns) {
                    String id = "annotations/" + slug + "/" + p.getFileName();
                    Map<String, String> fm = frontMatter(Files.readString(p));
                    if (fm.get("author") == null || fm.get("date") == null) problems.add(id + ": author/date missing");
                    String reply = fm.get("in_reply_to");
                    if (reply != null && !names.contains(reply)) problems.add(id + ": in_reply_to " + reply + " not found");
                    if (fm.get("quote") == null) continue;
                    quotes++;
                    String q = unquote(fm.get("quote"));
                    if (q.matches(".*[*\\[\\]#_`].*")) problems.add(id + ": quote has markup characters: " + q);
                    int words = q.split(" ").length;
                    if (words < 4 || words > 12) problems.add(id + ": quote has " + words + " words");
                    int inRaw = countOccurrences(body, q), inText = countOccurrences(text, q);
                    if (inRaw != 1 || inText != 1) {
                        problems.add(id + ": quote occurs " + inRaw + "x in Markdown, " + inText + "x in text: " + q);
                    }
                    if (fm.get("prefix") != null && !text.contains(unquote(fm.get("prefix")) + " " + q)) {
                        problems.add(id + ": prefix not before quote");
                    }
                    if (fm.get("suffix") != null && !text.contains(q + " " + unquote(fm.get("suffix")))) {
                        problems.add(id + ": suffix not after quote");
                    }
                }
            }
            for (String s : owner.keySet()) {
                // a content word starts a sentence capitalized: "Goa" would clash, "GOA" does not
                if (contentWords.contains(Character.toLowerCase(s.charAt(0)) + s.substring(1))) {
                    problems.add(owner.get(s) + ": '" + s + "' equals a capitalized content word");
                }
            }
            if (quotes == 0) problems.add("no quotes found");
            System.out.printf(Locale.ROOT, "verify: %d names/aliases, %d quotes checked%n", owner.size(), quotes);
            return problems;
        }

        static List<Path> sorted(Path dir) throws IOException {
            List<Path> out = new ArrayList<>();
            if (!Files.isDirectory(dir)) return out;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.md")) {
                for (Path p : ds) out.add(p);
            }
            Collections.sort(out);
            return out;
        }

        static Map<String, String> frontMatter(String s) {
            Map<String, String> m = new TreeMap<>();
            String[] lines = s.split("\n");
            for (int i = 1; i < lines.length && !lines[i].equals("---"); i++) {
                int c = lines[i].indexOf(": ");
                if (c > 0) m.put(lines[i].substring(0, c), lines[i].substring(c + 2));
            }
            return m;
        }

        static String body(String s) {
            int end = s.indexOf("\n---\n", 4);
            return s.substring(end + 5);
        }

        /** Text of our Markdown subset as a reader sees it, blocks joined by a space. */
        static String rendered(String body) {
            StringBuilder sb = new StringBuilder();
            for (String line : body.split("\n")) {
                if (line.isEmpty()) continue;
                String t = line;
                if (t.startsWith("## ")) t = t.substring(3);
                else if (t.startsWith("- ")) t = t.substring(2);
                else if (t.matches("^[0-9]+\\. .*")) t = t.substring(t.indexOf(". ") + 2);
                t = LINK.matcher(t).replaceAll("$1").replace("*", "");
                if (sb.length() > 0) sb.append(' ');
                sb.append(t);
            }
            return sb.toString();
        }

        static String unquote(String v) {
            if (v == null) return null;
            if (v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            return v;
        }

        static List<String> flowList(String v) {
            List<String> out = new ArrayList<>();
            if (v == null) return out;
            Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(v);
            while (m.find()) out.add(unquote("\"" + m.group(1) + "\""));
            return out;
        }
    }
}
