/*
 * Hugo twin of a benchmark corpus.
 *
 *   java bench/HugoSite.java --content DIR/content --assets templates/assets --out DIR/hugo
 *
 * Turns a corpus written by bench/GenerateCorpus.java into an equivalent Hugo site, so that
 * bench/compare-hugo.sh can build the same digest with both tools:
 *
 *   articles/<slug>.md               -> content/articles/<slug>/index.md (a leaf bundle)
 *   annotations/<slug>/<name>.md     -> content/articles/<slug>/notes/<name>.md (page resources,
 *                                       rendered on the article page and on the annotator's page)
 *   people|places|organizations/*.md -> content/<kind>/<slug>/_index.md (taxonomy term pages:
 *                                       the entity page with its backlinks)
 *   annotation authors               -> content/annotators/<handle>/_index.md (taxonomy terms)
 *   site.yml                         -> config.toml; the theme is written to layouts/, and the
 *                                       assets (Gloss's CSS and JS) are copied to static/assets/
 *
 * Gloss finds the mentions itself while it builds; Hugo cannot, so this tool finds them (whole
 * words, longest match, names and aliases of every entity, in the article and its notes) and
 * writes them into the article's front matter as taxonomy terms. The theme then does at build
 * time what Gloss does: it looks every mentioned entity up with site.GetPage, links its first
 * mention in the text and highlights each note's quoted passage (strings.Replace on the rendered
 * HTML), lists the notes beside the text, and renders the home page paginated (50 a page, as
 * Gloss), the entity pages with their backlinks, the annotators' pages with their notes, the
 * entity and annotator indexes, a feed of the newest 20, the sitemap, per-article JSON-LD and
 * a search index. Only corpora of GenerateCorpus are supported: their front matter is one
 * "key: value" per line with double-quoted strings and flow lists.
 * Deterministic: sorted directory listings, no clocks, no hash-order output. JDK 17 only.
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public final class HugoSite {
    static final String[] KINDS = {"people", "places", "organizations"};
    static final String MARKER = ".gloss-bench-hugo";
    static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Front-matter keys that mean something else to Hugo, and what they become. */
    static final Map<String, String> RENAMED = Map.of(
            "url", "source_url", "aliases", "also_called", "kind", "entity_kind", "authors", "bylines",
            "name", "title");

    public static void main(String[] args) throws IOException {
        Path content = null, assets = null, out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--content": content = Path.of(args[i + 1]); break;
                case "--assets": assets = Path.of(args[i + 1]); break;
                case "--out": out = Path.of(args[i + 1]); break;
                default: usage();
            }
        }
        if (content == null || assets == null || out == null || args.length % 2 != 0) usage();
        if (Files.exists(out)) {
            if (!Files.exists(out.resolve(MARKER))) {
                System.err.println("hugo-site: " + out + " exists and was not written by this tool; refusing to replace it");
                System.exit(1);
            }
            deleteTree(out);
        }
        long files = new HugoSite(content, out).write(assets);
        System.out.printf(Locale.ROOT, "hugo-site: wrote %d files into %s%n", files, out);
    }

    static void usage() {
        System.err.println("usage: java bench/HugoSite.java --content DIR --assets DIR --out DIR");
        System.exit(2);
    }

    final Path content;
    final Path out;
    /** Name or alias, as its words joined by one space -> "kind/slug". */
    final Map<String, String> surfaces = new HashMap<>();
    int longestSurface = 1;
    long written;

    HugoSite(Path content, Path out) {
        this.content = content;
        this.out = out;
    }

    long write(Path assets) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARKER), "bench/HugoSite.java\n");
        writeConfig(frontMatter("---\n" + Files.readString(content.resolve("site.yml")) + "---\n"));
        for (String kind : KINDS) {
            for (Path f : sorted(content.resolve(kind))) writeEntity(kind, f);
        }
        Map<String, String> annotators = new TreeMap<>(); // handle -> display name
        for (Path f : sorted(content.resolve("articles"))) writeArticle(f, annotators);
        for (Map.Entry<String, String> a : annotators.entrySet()) {
            put("content/annotators/" + a.getKey() + "/_index.md", "---\ntitle: " + a.getValue() + "\n---\n");
        }
        put("content/search.md", "---\ntitle: \"Search\"\nlayout: search\n---\n");
        for (Path f : sorted(assets)) {
            Path target = out.resolve("static/assets").resolve(f.getFileName().toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
            written++;
        }
        for (Map.Entry<String, String> t : Theme.FILES.entrySet()) put("layouts/" + t.getKey(), t.getValue());
        return written;
    }

    void writeConfig(Map<String, String> site) throws IOException {
        put("config.toml", String.join("\n",
                "baseURL = " + site.get("base_url"),
                "title = " + site.get("title"),
                "languageCode = " + site.getOrDefault("language", "\"en\""),
                "disableKinds = [\"section\"]",
                "paginate = 50",
                "rssLimit = 20",
                "enableRobotsTXT = false",
                "[params]",
                "  description = " + site.getOrDefault("description", "\"\""),
                "[taxonomies]",
                "  person = \"people\"",
                "  place = \"places\"",
                "  organization = \"organizations\"",
                "  annotator = \"annotators\"",
                // the typographer would turn a note's quoted passage into other characters than the text's
                "[markup.goldmark.extensions]",
                "  typographer = false",
                "[mediaTypes.\"application/ld+json\"]",
                "  suffixes = [\"jsonld\"]",
                "[outputFormats.Annotations]",
                "  mediaType = \"application/ld+json\"",
                "  baseName = \"annotations\"",
                "  isPlainText = true",
                "[outputFormats.SearchIndex]",
                "  mediaType = \"text/javascript\"",
                "  baseName = \"search-index\"",
                "  isPlainText = true",
                "[outputs]",
                "  home = [\"HTML\", \"RSS\", \"SearchIndex\"]",
                "  page = [\"HTML\", \"Annotations\"]",
                "  taxonomy = [\"HTML\"]",
                "  term = [\"HTML\"]",
                ""));
    }

    void writeEntity(String kind, Path f) throws IOException {
        String text = Files.readString(f);
        Map<String, String> fm = frontMatter(text);
        String id = kind + "/" + slug(f);
        List<String> names = new ArrayList<>();
        names.add(unquote(fm.get("name")));
        names.addAll(quotedList(fm.get("aliases")));
        for (String name : names) {
            List<String> words = words(name);
            surfaces.put(String.join(" ", words), id);
            longestSurface = Math.max(longestSurface, words.size());
        }
        put("content/" + id + "/_index.md", renameKeys(text));
    }

    void writeArticle(Path f, Map<String, String> annotators) throws IOException {
        String slug = slug(f);
        String text = Files.readString(f);
        Map<String, TreeSet<String>> mentioned = new LinkedHashMap<>();
        for (String kind : KINDS) mentioned.put(kind, new TreeSet<>());
        mentions(body(text), mentioned);
        quotedList(frontMatter(text).get("people")).forEach(p -> mentioned.get("people").add(p));
        TreeSet<String> handles = new TreeSet<>();
        Path notes = content.resolve("annotations").resolve(slug);
        for (Path n : sorted(notes)) {
            String note = Files.readString(n);
            Map<String, String> fm = frontMatter(note);
            handles.add(fm.get("github"));
            annotators.put(fm.get("github"), fm.get("author"));
            mentions(body(note), mentioned);
            put("content/articles/" + slug + "/notes/" + n.getFileName(), note);
        }
        StringBuilder extra = new StringBuilder();
        for (Map.Entry<String, TreeSet<String>> m : mentioned.entrySet()) {
            extra.append(m.getKey()).append(": ").append(flowList(m.getValue())).append('\n');
        }
        extra.append("annotators: ").append(flowList(handles)).append('\n');
        String fm = renameKeys(text.substring(0, text.indexOf("\n---\n", 3) + 1))
                .lines().filter(l -> !l.startsWith("people: ")).reduce("", (a, l) -> a + l + "\n");
        put("content/articles/" + slug + "/index.md", fm + extra + "---\n" + body(text));
    }

    /** Adds the entities named in text (whole words, longest match first) to mentioned. */
    void mentions(String text, Map<String, TreeSet<String>> mentioned) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            if (!Character.isUpperCase(words.get(i).charAt(0))) continue;
            for (int len = Math.min(longestSurface, words.size() - i); len >= 1; len--) {
                String id = surfaces.get(String.join(" ", words.subList(i, i + len)));
                if (id != null) {
                    int slash = id.indexOf('/');
                    mentioned.get(id.substring(0, slash)).add(id.substring(slash + 1));
                    i += len - 1;
                    break;
                }
            }
        }
    }

    void put(String relative, String text) {
        Path p = out.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written++;
    }

    static String renameKeys(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int colon = line.indexOf(": ");
            String key = colon > 0 ? line.substring(0, colon) : "";
            sb.append(RENAMED.containsKey(key) ? RENAMED.get(key) + line.substring(colon) : line).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    static Map<String, String> frontMatter(String text) {
        Map<String, String> m = new TreeMap<>();
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length && !lines[i].equals("---"); i++) {
            int colon = lines[i].indexOf(": ");
            if (colon > 0) m.put(lines[i].substring(0, colon), lines[i].substring(colon + 2));
        }
        return m;
    }

    static String body(String text) {
        return text.substring(text.indexOf("\n---\n", 3) + 5);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        return words;
    }

    static String unquote(String v) {
        Matcher m = QUOTED.matcher(v == null ? "" : v);
        return m.matches() ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : v;
    }

    static List<String> quotedList(String v) {
        List<String> items = new ArrayList<>();
        if (v == null) return items;
        Matcher m = QUOTED.matcher(v);
        while (m.find()) items.add(unquote(m.group()));
        if (items.isEmpty() && v.startsWith("[") && v.length() > 2) {
            for (String s : v.substring(1, v.length() - 1).split(",")) items.add(s.trim());
        }
        return items;
    }

    static String flowList(Iterable<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (String s : items) sb.append(sb.length() > 1 ? ", " : "").append('"').append(s).append('"');
        return sb.append(']').toString();
    }

    static String slug(Path f) {
        return f.getFileName().toString().replaceAll("\\.md$", "");
    }

    static List<Path> sorted(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
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

    /** The Hugo theme: Go templates doing the work of Gloss's templates/ on the same content. */
    static final class Theme {
        static final Map<String, String> FILES = new LinkedHashMap<>();

        static {
            FILES.put("_default/baseof.html", """
                    <!DOCTYPE html>
                    <html lang="{{ site.LanguageCode }}">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
                    <link rel="stylesheet" href="{{ "assets/gloss.css" | relURL }}">
                    <link rel="canonical" href="{{ .Permalink }}">
                    <link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | absURL }}">
                    </head>
                    <body>
                    <header class="site-header"><a class="site-title" href="{{ "" | relURL }}">{{ site.Title }}</a>
                    <nav aria-label="Site"><ul>{{ range slice "people" "places" "organizations" "annotators" }}<li><a href="{{ printf "%s/" . | relURL }}">{{ . | title }}</a></li>{{ end }}<li><a href="{{ "search/" | relURL }}">Search</a></li></ul></nav>
                    </header>
                    <main id="main">{{ block "main" . }}{{ end }}</main>
                    <footer class="site-footer"><p>{{ site.Title }} · <a href="{{ "index.xml" | relURL }}">Feed</a></p></footer>
                    <script src="{{ "assets/gloss.js" | relURL }}"></script>
                    </body>
                    </html>
                    """);
            FILES.put("partials/entity-links.html", """
                    {{ $page := . }}{{ range $kind := slice "people" "places" "organizations" }}{{ with index $page.Params $kind }}
                    <div class="entity-group entity-group-{{ $kind }}"><h3>{{ $kind | title }} <span class="count">{{ len . }}</span></h3>
                    <ul class="inline-list">{{ range . }}{{ with site.GetPage (printf "/%s/%s" $kind .) }}<li><a href="{{ .RelPermalink }}" class="entity entity-{{ $kind }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul></div>
                    {{ end }}{{ end }}
                    """);
            FILES.put("partials/note.html", """
                    <article class="note" id="{{ .File.ContentBaseName }}">
                    <p class="note-meta"><a href="{{ printf "annotators/%s/" .Params.github | relURL }}">{{ .Params.author }}</a> · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ with .Params.in_reply_to }} · in reply to <a href="#{{ . }}">an earlier note</a>{{ end }}</p>
                    {{ with .Params.quote }}<blockquote class="note-quote"><p>{{ . }}</p></blockquote>{{ end }}
                    <div class="note-body prose">{{ .Content }}</div>
                    </article>
                    """);
            FILES.put("index.html", """
                    {{ define "main" }}
                    <header class="page-header home-header"><p class="lede">{{ site.Params.description }}</p></header>
                    <h2 class="section-heading">Latest articles</h2>
                    {{ $pager := .Paginate (where site.RegularPages "Section" "articles") }}
                    <ol class="article-list">
                    {{ range $pager.Pages }}
                    <li class="article-card"><article>
                    <p class="kicker">{{ .Params.source }}</p>
                    <h3 class="article-card-title"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
                    <p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> <span class="annotation-count">{{ len (.Resources.ByType "page") }} annotations</span></p>
                    <p class="article-card-summary">{{ .Params.summary }}</p>
                    <dl class="card-entities">{{ partial "entity-links.html" . }}</dl>
                    </article></li>
                    {{ end }}
                    </ol>
                    <nav class="pager" aria-label="Pages">
                    {{ with $pager.Prev }}<a rel="prev" href="{{ .URL }}">Newer articles</a>{{ end }}
                    <span class="pager-position">Page {{ $pager.PageNumber }} of {{ $pager.TotalPages }}</span>
                    {{ with $pager.Next }}<a rel="next" href="{{ .URL }}">Older articles</a>{{ end }}
                    </nav>
                    {{ end }}
                    """);
            FILES.put("_default/single.html", """
                    {{ define "main" }}
                    {{ $notes := .Resources.ByType "page" }}
                    {{ $html := string .Content }}
                    {{ range $notes }}{{ $note := . }}{{ with .Params.quote }}{{ $q := replace (htmlEscape .) "&#39;" "'" }}{{ $html = replace $html $q (printf "<mark class=\\"anchor\\" id=\\"passage-%s\\">%s</mark>" $note.File.ContentBaseName $q) 1 }}{{ end }}{{ end }}
                    {{ range $kind := slice "people" "places" "organizations" }}{{ range index $.Params $kind }}{{ with site.GetPage (printf "/%s/%s" $kind .) }}{{ $html = replace $html .Title (printf "<a href=\\"%s\\" class=\\"entity entity-%s\\">%s</a>" .RelPermalink $kind .Title) 1 }}{{ end }}{{ end }}{{ end }}
                    <article class="article">
                    <header class="article-header">
                    <p class="kicker">{{ .Params.source }}</p>
                    <h1 id="article-title">{{ .Title }}</h1>
                    <p class="dek">{{ .Params.summary }}</p>
                    <p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ with .Params.bylines }} <span>By {{ delimit . ", " }}</span>{{ end }} <span>{{ len $notes }} annotations</span> <a href="{{ .Params.source_url }}" class="external">Read the original</a></p>
                    </header>
                    <div class="article-layout">
                    <div class="article-body prose">{{ $html | safeHTML }}</div>
                    <aside class="notes"><h2 class="notes-heading">Notes on the text</h2>
                    {{ range $notes }}{{ if .Params.quote }}{{ partial "note.html" . }}{{ end }}{{ end }}
                    </aside>
                    </div>
                    <section class="commentary"><h2 class="section-heading">Commentary</h2>
                    {{ range $notes }}{{ if not .Params.quote }}{{ partial "note.html" . }}{{ end }}{{ end }}
                    </section>
                    <footer class="article-footer">
                    <section class="entity-panel"><h2 class="section-heading">In this article</h2><div class="entity-groups">{{ partial "entity-links.html" . }}</div></section>
                    <ul class="tag-list">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>
                    <p class="machine-readable"><a href="{{ .RelPermalink }}annotations.jsonld" type="application/ld+json">Annotations as W3C Web Annotations (JSON-LD)</a></p>
                    </footer>
                    </article>
                    {{ end }}
                    """);
            FILES.put("_default/single.annotations.jsonld", """
                    {{- $items := slice -}}
                    {{- range .Resources.ByType "page" -}}
                    {{- $target := dict "source" $.Permalink -}}
                    {{- with .Params.quote }}{{ $target = merge $target (dict "selector" (dict "type" "TextQuoteSelector" "exact" .)) }}{{ end -}}
                    {{- $items = $items | append (dict "id" (printf "%s#%s" $.Permalink .File.ContentBaseName) "type" "Annotation" "created" (.Date.Format "2006-01-02") "creator" (dict "name" .Params.author "nickname" .Params.github) "body" (dict "type" "TextualBody" "format" "text/markdown" "value" .RawContent) "target" $target) -}}
                    {{- end -}}
                    {{- dict "@context" "http://www.w3.org/ns/anno.jsonld" "id" (printf "%sannotations.jsonld" .Permalink) "type" "AnnotationCollection" "items" $items | jsonify (dict "indent" "  ") }}
                    """);
            FILES.put("_default/term.html", """
                    {{ define "main" }}
                    <article class="entity-page page-grid">
                    <header class="page-header entity-header"><p class="kicker"><a href="{{ .Parent.RelPermalink }}">{{ .Data.Plural | title }}</a></p><h1>{{ .Title }}</h1>{{ with .Params.role }}<p class="dek">{{ . }}</p>{{ end }}</header>
                    {{ if eq .Data.Plural "annotators" }}
                    {{ $handle := .Data.Term }}
                    <div class="note-stream">
                    {{ range .Pages }}{{ range where (.Resources.ByType "page") "Params.github" $handle }}{{ partial "note.html" . }}{{ end }}{{ end }}
                    </div>
                    {{ else }}
                    <aside class="page-side infobox"><dl class="facts">
                    {{ with .Params.entity_kind }}<div><dt>Type</dt><dd>{{ . | title }}</dd></div>{{ end }}
                    {{ with .Params.country }}<div><dt>Country</dt><dd>{{ . }}</dd></div>{{ end }}
                    {{ with .Params.coordinates }}<div><dt>Coordinates</dt><dd>{{ index . 0 }}, {{ index . 1 }}</dd></div>{{ end }}
                    {{ with .Params.also_called }}<div><dt>Also called</dt><dd><ul class="inline-list">{{ range . }}<li>{{ . }}</li>{{ end }}</ul></dd></div>{{ end }}
                    <div><dt>Mentions</dt><dd>in {{ len .Pages }} texts</dd></div>
                    </dl></aside>
                    <div class="description prose">{{ .Content }}</div>
                    <section class="backlinks-section"><h2 class="section-heading">Mentioned in</h2>
                    <ol class="backlinks">
                    {{ range .Pages }}
                    <li class="backlink"><p class="backlink-kind">Article</p><h3 class="backlink-title"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
                    <p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
                    <blockquote class="context"><p>{{ .Params.summary }}</p></blockquote></li>
                    {{ end }}
                    </ol></section>
                    {{ end }}
                    </article>
                    {{ end }}
                    """);
            FILES.put("_default/taxonomy.html", """
                    {{ define "main" }}
                    <header class="page-header"><h1>{{ .Title }}</h1></header>
                    <ul class="entity-list">{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> <span class="count">{{ .Count }}</span></li>{{ end }}</ul>
                    {{ end }}
                    """);
            FILES.put("_default/search.html", """
                    {{ define "main" }}
                    <h1>Search</h1><input type="search" id="search-input" aria-label="Search the digest"><ol id="search-results"></ol>
                    <script src="{{ "search-index.js" | relURL }}"></script><script src="{{ "assets/search.js" | relURL }}"></script>
                    {{ end }}
                    """);
            // One JSON object per item, written as it goes: collecting them with
            // `$items = $items | append ...` copies the slice at every step, O(n^2) in items
            // (42,000 at 10k articles: most of the twin's time at that size).
            FILES.put("index.searchindex.js", """
                    window.GLOSS_SEARCH = [
                    {{- range $i, $article := where site.RegularPages "Section" "articles" -}}
                    {{- if $i }},{{ end -}}
                    {{- dict "type" "article" "title" .Title "url" .RelPermalink "meta" (printf "%s · %s" (.Date.Format "2 January 2006") .Params.source) "text" (.Plain | truncate 400) | jsonify -}}
                    {{- range .Resources.ByType "page" -}}
                    ,{{ dict "type" "note" "title" $article.Title "url" (printf "%s#%s" $article.RelPermalink .File.ContentBaseName) "meta" .Params.author "text" (.Plain | truncate 400) | jsonify -}}
                    {{- end -}}
                    {{- end -}}
                    {{- range $kind := slice "people" "places" "organizations" -}}
                    {{- range index site.Taxonomies $kind -}}
                    ,{{ dict "type" $kind "title" .Page.Title "url" .Page.RelPermalink "meta" $kind "text" (.Page.Plain | truncate 400) | jsonify -}}
                    {{- end -}}
                    {{- end -}}
                    ];
                    """);
            FILES.put("404.html", """
                    {{ define "main" }}<h1>Page not found</h1><p><a href="{{ "" | relURL }}">Back to the digest</a></p>{{ end }}
                    """);
        }
    }
}
