package gloss.load;

import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import gloss.diag.DidYouMean;
import gloss.diag.DisplayPath;
import gloss.diag.InputFiles;
import gloss.diag.SourcePos;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.Content;
import gloss.model.ContentLayout;
import gloss.model.Edition;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.LinkedDataFields;
import gloss.model.SiteConfig;
import gloss.model.SourceFile;
import gloss.model.Tags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads {@code content/} into the model, in three pure steps that a build composes: list the files
 * ({@link #walk}), decode each one on its own ({@link #read}, in parallel), then check what spans
 * files ({@link #assemble}: annotations name articles, articles name entities). Every problem is
 * reported; the content holds every item that was readable.
 */
public final class ContentLoader {
  private static final Pattern GITHUB_HANDLE =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");

  private static final int MAX_SLUG = 60;

  /**
   * Stands in for a date that is missing or wrong: that is already an error, so nothing is
   * published, but the rest of the file (an annotation's quote, an article's annotations) is still
   * checked in the same run.
   */
  private static final LocalDate UNREADABLE_DATE = LocalDate.EPOCH;

  /** The content files in path order, and what listing them found wrong. */
  public record Walk(List<Path> files, List<Diagnostic> diagnostics) {
    public Walk {
      files = List.copyOf(files);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * One decoded file: an Article, Annotation, Entity, Edition or image ({@link
   * ContentLayout.ImageFile}), or nothing, and what it reported.
   */
  public record FileItem(Optional<Object> item, List<Diagnostic> diagnostics) {
    public FileItem {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private final Path projectRoot;
  private final Path contentDir;
  private final Diagnostics diagnostics;

  private ContentLoader(Path projectRoot, Path contentDir, Diagnostics diagnostics) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.diagnostics = diagnostics;
  }

  /**
   * Loads a content folder in one go. Display paths in diagnostics are relative to {@code
   * projectRoot}.
   *
   * @param baseUrlOverride a base URL that replaces site.yml's, or null
   */
  public static Content load(
      Path projectRoot, Path contentDir, String baseUrlOverride, Diagnostics diagnostics)
      throws IOException {
    SiteConfig config = config(projectRoot, contentDir, baseUrlOverride, diagnostics);
    Walk walk = walk(projectRoot, contentDir);
    walk.diagnostics().forEach(diagnostics::add);
    Map<String, EntityKind> kinds = kinds(config);
    List<FileItem> items =
        walk.files().parallelStream().map(f -> read(projectRoot, contentDir, f, kinds)).toList();
    return assemble(config, items, diagnostics);
  }

  /** The entity kinds by folder name: what decides how a file is read. */
  public static Map<String, EntityKind> kinds(SiteConfig config) {
    Map<String, EntityKind> kinds = new HashMap<>();
    config.entityKinds().forEach(kind -> kinds.put(kind.key(), kind));
    return Map.copyOf(kinds);
  }

  /** The settings of {@code site.yml} (defaults without one), with the base URL override. */
  public static SiteConfig config(
      Path projectRoot, Path contentDir, String baseUrlOverride, Diagnostics diagnostics) {
    ContentLoader loader = new ContentLoader(projectRoot, contentDir, diagnostics);
    Path siteFile = loader.contentDir.resolve(ContentLayout.SITE_FILE);
    SiteConfig config =
        Files.exists(siteFile, LinkOption.NOFOLLOW_LINKS)
            ? loader
                .readText(siteFile)
                .map(text -> SiteConfigReader.read(text, loader.display(siteFile), diagnostics))
                .orElse(SiteConfigReader.defaults())
            : SiteConfigReader.defaults();
    if (baseUrlOverride != null) {
      config = config.withBaseUrl(SiteConfigReader.normalizeBaseUrl(baseUrlOverride));
    }
    return config;
  }

  /** Every regular file under the content folder, in path order; an error if there is none. */
  public static Walk walk(Path projectRoot, Path contentDir) throws IOException {
    Diagnostics found = new Diagnostics();
    ContentLoader loader = new ContentLoader(projectRoot, contentDir, found);
    if (!Files.isDirectory(loader.contentDir)) {
      found.error(
          SourcePos.startOf(loader.display(loader.contentDir)), "content folder does not exist");
      return new Walk(List.of(), found.sorted());
    }
    List<Path> files = loader.contentFiles();
    return new Walk(files, found.sorted());
  }

  /** Decodes one content file by its place in the folder ({@link ContentLayout}). */
  public static FileItem read(
      Path projectRoot, Path contentDir, Path file, Map<String, EntityKind> kinds) {
    Diagnostics found = new Diagnostics();
    Optional<Object> item = new ContentLoader(projectRoot, contentDir, found).readItem(file, kinds);
    return new FileItem(item, found.sorted());
  }

  /**
   * The content of decoded files (in path order), after the checks across files; reports every
   * file's diagnostics and those of the checks.
   */
  public static Content assemble(SiteConfig config, List<FileItem> files, Diagnostics diagnostics) {
    List<Article> articles = new ArrayList<>();
    List<Annotation> annotations = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    List<Edition> editions = new ArrayList<>();
    Set<String> images = new java.util.HashSet<>();
    for (FileItem file : files) {
      file.diagnostics().forEach(diagnostics::add);
      Object item = file.item().orElse(null);
      if (item instanceof Article a) {
        articles.add(a);
      } else if (item instanceof Annotation a) {
        annotations.add(a);
      } else if (item instanceof Entity e) {
        entities.add(e);
      } else if (item instanceof Edition e) {
        editions.add(e);
      } else if (item instanceof ContentLayout.ImageFile i) {
        images.add(i.path());
      }
    }
    CrossFileChecks checks = new CrossFileChecks(diagnostics);
    List<Annotation> kept =
        ReplyThreads.kept(checks.annotationsWithArticles(annotations, articles), diagnostics);
    checks.listedEntitiesExist(articles, entities, config.entityKinds());
    checks.imagesExist(articles, images);
    checks.tagSpellings(articles);
    return new Content(
        config,
        checks.articleRedirects(articles),
        kept,
        checks.entityRedirects(entities),
        checks.editionArticles(editions, articles),
        images);
  }

  /** The path as shown to the user: relative to the project when inside it. */
  private String display(Path file) {
    return DisplayPath.of(projectRoot, file);
  }

  /** Every file under content/, in path order; links that leave the folder are refused. */
  private List<Path> contentFiles() throws IOException {
    Path realRoot = contentDir.toRealPath();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(contentDir)) {
      for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") && !path.equals(contentDir)) {
          continue;
        }
        if (Files.isSymbolicLink(path)) {
          if (Files.isDirectory(path) && path.toRealPath().startsWith(realRoot)) {
            diagnostics.warning(
                SourcePos.startOf(display(path)), "symbolic link to a folder is not followed");
            continue;
          }
          Optional<String> refusal = InputFiles.refusal(path, contentDir, "content");
          if (refusal.isPresent()) {
            diagnostics.error(SourcePos.startOf(display(path)), refusal.get());
            continue;
          }
        }
        // Named pipes and devices are kept, so that reading them reports them (without opening).
        if (!Files.isDirectory(path) && !path.getParent().equals(contentDir.getParent())) {
          files.add(path);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return files;
  }

  private Optional<String> readText(Path file) {
    return SourceText.read(file, contentDir, display(file), diagnostics);
  }

  /** Decodes one file into an Article, Annotation or Entity, or reports why it cannot. */
  private Optional<Object> readItem(Path file, Map<String, EntityKind> kinds) {
    String display = display(file);
    ContentLayout.Place place = ContentLayout.of(contentDir.relativize(file), kinds);
    if (place instanceof ContentLayout.Settings) {
      return Optional.empty();
    }
    if (place instanceof ContentLayout.ImageFile image) {
      return Optional.of(image);
    }
    String slug;
    if (place instanceof ContentLayout.ArticleFile a) {
      slug = a.name();
    } else if (place instanceof ContentLayout.AnnotationFile a) {
      slug = a.name();
    } else if (place instanceof ContentLayout.EntityFile e) {
      slug = e.name();
    } else if (place instanceof ContentLayout.EditionFile e) {
      slug = e.name();
    } else {
      diagnostics.warning(
          SourcePos.startOf(display),
          "not a content file and ignored: expected articles/*.md, annotations/<article>/*.md, "
              + "editions/*.md, images/*, "
              + kinds.keySet().stream()
                  .sorted()
                  .map(k -> k + "/*.md")
                  .collect(Collectors.joining(", "))
              + " or site.yml");
      return Optional.empty();
    }
    if (!Fields.SLUG.matcher(slug).matches()) {
      diagnostics.error(
          SourcePos.startOf(display),
          "file name '"
              + slug
              + "' is not a valid slug: use lowercase a-z, 0-9 and '-' (e.g. '"
              + suggestSlug(slug)
              + ".md')");
      return Optional.empty();
    }
    Optional<FrontMatter> front =
        readText(file).flatMap(text -> FrontMatterParser.parse(text, display, diagnostics));
    if (front.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = new Fields(front.get(), display, diagnostics);
    KnownKeys known =
        place instanceof ContentLayout.AnnotationFile
            ? KnownKeys.ANNOTATION
            : place instanceof ContentLayout.EntityFile
                ? KnownKeys.ENTITY
                : place instanceof ContentLayout.EditionFile
                    ? KnownKeys.EDITION
                    : KnownKeys.ARTICLE;
    known.warnAboutNearMisses(front.get(), kinds.keySet(), diagnostics);
    SourceFile source = new SourceFile(display, front.get().bodyLine(), front.get().positions());
    String body = front.get().body();
    if (place instanceof ContentLayout.AnnotationFile a) {
      return annotation(a.article(), slug, fields, body, source).map(Object.class::cast);
    } else if (place instanceof ContentLayout.EntityFile e) {
      return entity(e.kind(), slug, fields, body, source).map(Object.class::cast);
    } else if (place instanceof ContentLayout.EditionFile) {
      return edition(slug, fields, body, source).map(Object.class::cast);
    }
    return article(slug, fields, body, source, kinds).map(Object.class::cast);
  }

  private Optional<Article> article(
      String slug, Fields f, String body, SourceFile source, Map<String, EntityKind> kinds) {
    Optional<String> title = f.required("title");
    var date = f.date("date");
    String url = httpUrl(f, "url");
    List<String> listed = new ArrayList<>();
    kinds.keySet().stream()
        .sorted()
        .forEach(kind -> f.list(kind).forEach(entitySlug -> listed.add(kind + "/" + entitySlug)));
    List<String> authors = f.list("authors");
    List<String> tags = f.list("tags");
    String sourceName = f.optional("source");
    String summary = f.optional("summary");
    List<String> redirectFrom = redirectFrom(f, slug, "article");
    List<String> noLink = f.list("no_link");
    f.image("image");
    return Optional.of(
        new Article(
            slug,
            title.orElse(slug),
            date.orElse(UNREADABLE_DATE),
            sourceName,
            url,
            authors,
            summary,
            tags,
            listed,
            body,
            f.all(),
            source,
            redirectFrom,
            noLink));
  }

  private Optional<Edition> edition(String slug, Fields f, String body, SourceFile source) {
    Optional<String> title = f.required("title");
    var date = f.date("date");
    List<String> articles = f.list("articles");
    String summary = f.optional("summary");
    if (articles.isEmpty() && f.all().get("articles") == null) {
      diagnostics.error(
          f.at("articles"),
          "missing required field 'articles': list the slugs of the edition's articles");
    }
    return Optional.of(
        new Edition(
            slug,
            title.orElse(slug),
            date.orElse(UNREADABLE_DATE),
            articles,
            summary,
            body,
            f.all(),
            source));
  }

  private Optional<Annotation> annotation(
      String articleSlug, String name, Fields f, String body, SourceFile source) {
    Optional<String> author = f.required("author");
    var date = f.date("date");
    String github = f.optional("github");
    if (!github.isEmpty() && !GITHUB_HANDLE.matcher(github).matches()) {
      diagnostics.error(f.at("github"), "'" + github + "' is not a GitHub user name");
      github = "";
    }
    String url = httpUrl(f, "url");
    String quote = f.optional("quote");
    String prefix = f.optional("prefix");
    String suffix = f.optional("suffix");
    String inReplyTo = f.optional("in_reply_to");
    String handle =
        github.isEmpty() ? suggestSlug(author.orElse(name)) : github.toLowerCase(Locale.ROOT);
    String authorUrl =
        !url.isEmpty() ? url : github.isEmpty() ? "" : "https://github.com/" + github;
    if (body.isBlank()) {
      diagnostics.error(
          SourcePos.of(source.path(), source.bodyLine(), 1),
          "annotation has no commentary: write it in Markdown after the front matter");
      return Optional.empty();
    }
    return Optional.of(
        new Annotation(
            articleSlug,
            name,
            author.orElse(name),
            handle,
            authorUrl,
            date.orElse(UNREADABLE_DATE),
            quote,
            prefix,
            suffix,
            inReplyTo,
            body,
            f.all(),
            source));
  }

  private Optional<Entity> entity(
      EntityKind kind, String slug, Fields f, String body, SourceFile source) {
    Optional<String> name = f.required("name");
    List<String> aliases = f.list("aliases");
    List<String> redirectFrom = redirectFrom(f, slug, kind.singular());
    linkedDataFields(f);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Entity(kind, slug, name.get(), aliases, body, f.all(), source, redirectFrom));
  }

  /**
   * Former slugs ({@code redirect_from: [old-slug]}): each must be a slug other than the item's
   * own. Collisions with other pages are checked once every file is read.
   */
  private List<String> redirectFrom(Fields f, String slug, String what) {
    List<String> kept = new ArrayList<>();
    List<String> items = f.list("redirect_from");
    for (int i = 0; i < items.size(); i++) {
      String old = items.get(i);
      SourcePos pos = f.at("redirect_from[" + i + "]");
      if (!Fields.SLUG.matcher(old).matches()) {
        diagnostics.error(
            pos,
            "redirect_from '"
                + old
                + "' is not a slug: use the old file name without .md (e.g. '"
                + suggestSlug(old)
                + "')");
      } else if (old.equals(slug)) {
        diagnostics.error(pos, "redirect_from '" + old + "' is this " + what + "'s own slug");
      } else if (kept.contains(old)) {
        diagnostics.error(pos, "redirect_from lists '" + old + "' twice");
      } else {
        kept.add(old);
      }
    }
    return kept;
  }

  /** Checks the optional fields that entity pages publish as linked data (JSON-LD). */
  private void linkedDataFields(Fields f) {
    String wikidata = f.optional("wikidata");
    if (!wikidata.isEmpty() && LinkedDataFields.wikidataId(wikidata).isEmpty()) {
      diagnostics.error(
          f.at("wikidata"),
          "wikidata is '"
              + wikidata
              + "'; use a Wikidata item id like Q71 (or https://www.wikidata.org/wiki/Q71)");
    }
    String wikipedia = f.optional("wikipedia");
    if (!wikipedia.isEmpty() && LinkedDataFields.wikipediaUrl(wikipedia).isEmpty()) {
      diagnostics.error(f.at("wikipedia"), "'wikipedia' must be an http:// or https:// address");
    }
    Object coordinates = f.all().get("coordinates");
    if (coordinates instanceof String text && !text.isBlank()) {
      diagnostics.error(
          f.at("coordinates"),
          "'coordinates' must be a list of two numbers, not the text '"
              + text.strip()
              + "'; write it in brackets, without quotes: coordinates: ["
              + text.strip().replaceAll("^[\\[(]|[\\])]$", "")
              + "]");
    } else if (coordinates != null && LinkedDataFields.coordinates(coordinates).isEmpty()) {
      diagnostics.error(
          f.at("coordinates"),
          "coordinates must be [latitude, longitude] in decimal degrees, like [46.2044, 6.1432]");
    }
  }

  /**
   * An optional link that becomes an href: only http(s), so content cannot smuggle a script URL.
   */
  private String httpUrl(Fields f, String key) {
    String url = f.optional(key);
    if (url.isEmpty()) {
      return "";
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("https://") || lower.startsWith("http://")) || url.contains(" ")) {
      diagnostics.error(f.at(key), "'" + key + "' must be an http:// or https:// address");
      return "";
    }
    return url;
  }

  /** A slug made from free text, for suggestions and author pages. */
  static String suggestSlug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_SLUG) {
      // Slugs become folder names, which file systems cap at 255 bytes.
      ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "untitled" : ascii;
  }

  /** Checks between files, run once all files are read. */
  private static final class CrossFileChecks {
    private final Diagnostics diagnostics;

    CrossFileChecks(Diagnostics diagnostics) {
      this.diagnostics = diagnostics;
    }

    List<Annotation> annotationsWithArticles(List<Annotation> annotations, List<Article> articles) {
      Set<String> slugs = articles.stream().map(Article::slug).collect(Collectors.toSet());
      // The keys of the notes of articles with replies: what a reply may name.
      Set<String> threaded =
          annotations.stream()
              .filter(a -> !a.inReplyTo().isEmpty())
              .map(Annotation::articleSlug)
              .collect(Collectors.toSet());
      Set<String> keys =
          annotations.stream()
              .filter(a -> threaded.contains(a.articleSlug()))
              .map(Annotation::key)
              .collect(Collectors.toSet());
      List<Annotation> kept = new ArrayList<>();
      for (Annotation a : annotations) {
        if (!slugs.contains(a.articleSlug())) {
          diagnostics.error(
              SourcePos.startOf(a.file().path()),
              "annotation folder '"
                  + a.articleSlug()
                  + "' names no article (there is no articles/"
                  + a.articleSlug()
                  + ".md)"
                  + DidYouMean.suffix(a.articleSlug(), slugs));
          continue;
        }
        if (!a.inReplyTo().isEmpty() && !keys.contains(a.articleSlug() + "/" + a.inReplyTo())) {
          diagnostics.error(
              a.file().at("in_reply_to"),
              "in_reply_to '"
                  + a.inReplyTo()
                  + "' names no annotation of article '"
                  + a.articleSlug()
                  + "'");
          continue;
        }
        kept.add(a);
      }
      return kept;
    }

    /**
     * Drops, with an error, every {@code redirect_from} slug that names an existing article or that
     * another article already claims: a redirect must never replace a page.
     */
    List<Article> articleRedirects(List<Article> articles) {
      Map<String, Article> pages = new HashMap<>();
      articles.forEach(a -> pages.put(a.slug(), a));
      Map<String, SourceFile> claimed = new HashMap<>();
      List<Article> result = new ArrayList<>();
      for (Article a : articles) {
        List<String> kept =
            keepFreeSlugs(
                a.redirectFrom(),
                a.file(),
                "articles",
                s -> pages.containsKey(s) ? pages.get(s).file() : null,
                claimed);
        result.add(
            kept.equals(a.redirectFrom())
                ? a
                : new Article(
                    a.slug(),
                    a.title(),
                    a.date(),
                    a.source(),
                    a.url(),
                    a.authors(),
                    a.summary(),
                    a.tags(),
                    a.listedEntities(),
                    a.body(),
                    a.fields(),
                    a.file(),
                    kept,
                    a.noLink()));
      }
      return result;
    }

    /** The same for entities, within each kind's folder. */
    List<Entity> entityRedirects(List<Entity> entities) {
      Map<String, Entity> pages = new HashMap<>();
      entities.forEach(e -> pages.put(e.key(), e));
      Map<String, SourceFile> claimed = new HashMap<>();
      List<Entity> result = new ArrayList<>();
      for (Entity e : entities) {
        String kind = e.kind().key();
        List<String> kept =
            keepFreeSlugs(
                e.redirectFrom(),
                e.source(),
                kind,
                s -> pages.containsKey(kind + "/" + s) ? pages.get(kind + "/" + s).source() : null,
                claimed);
        result.add(
            kept.equals(e.redirectFrom())
                ? e
                : new Entity(
                    e.kind(),
                    e.slug(),
                    e.name(),
                    e.aliases(),
                    e.description(),
                    e.fields(),
                    e.source(),
                    kept));
      }
      return result;
    }

    private List<String> keepFreeSlugs(
        List<String> olds,
        SourceFile file,
        String folder,
        java.util.function.Function<String, SourceFile> pageAt,
        Map<String, SourceFile> claimed) {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < olds.size(); i++) {
        String old = olds.get(i);
        SourcePos pos = file.at("redirect_from[" + i + "]");
        SourceFile page = pageAt.apply(old);
        SourceFile other = claimed.putIfAbsent(folder + "/" + old, file);
        if (page != null) {
          diagnostics.error(
              pos,
              "redirect_from '"
                  + old
                  + "' collides with the existing page of "
                  + page.path()
                  + "; a redirect cannot replace a page");
        } else if (other != null) {
          diagnostics.error(
              pos,
              "redirect_from '"
                  + old
                  + "' is already claimed by "
                  + other.path()
                  + "; an old URL can lead to one page only");
        } else {
          kept.add(old);
        }
      }
      return kept;
    }

    /** Each edition's articles exist and are listed once; unknown ones are dropped. */
    List<Edition> editionArticles(List<Edition> editions, List<Article> articles) {
      Set<String> slugs = articles.stream().map(Article::slug).collect(Collectors.toSet());
      List<Edition> result = new ArrayList<>();
      for (Edition e : editions) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < e.articles().size(); i++) {
          String slug = e.articles().get(i);
          SourcePos pos = e.file().at("articles[" + i + "]");
          if (!slugs.contains(slug)) {
            diagnostics.error(
                pos,
                "unknown article '"
                    + slug
                    + "' (no articles/"
                    + slug
                    + ".md)"
                    + DidYouMean.suffix(slug, slugs));
          } else if (kept.contains(slug)) {
            diagnostics.error(pos, "article '" + slug + "' is listed twice in this edition");
          } else {
            kept.add(slug);
          }
        }
        result.add(
            kept.size() == e.articles().size()
                ? e
                : new Edition(
                    e.slug(),
                    e.title(),
                    e.date(),
                    kept,
                    e.summary(),
                    e.note(),
                    e.fields(),
                    e.file()));
      }
      return result;
    }

    /** Every {@code image: images/…} names a file under content/images/. */
    void imagesExist(List<Article> articles, Set<String> images) {
      for (Article a : articles) {
        if (a.fields().get("image") instanceof String image) {
          String path = image.strip();
          if (path.startsWith(ContentLayout.IMAGES + "/") && !images.contains(path)) {
            diagnostics.error(
                a.file().at("image"),
                "image '"
                    + path
                    + "' is not a file under content/images/"
                    + DidYouMean.suffix(path, images));
          }
        }
      }
    }

    /** Two spellings of one tag make one tag page; the warning names both and where. */
    void tagSpellings(List<Article> articles) {
      Map<String, String> firstSpelling = new HashMap<>();
      Map<String, String> firstFile = new HashMap<>();
      Set<String> reported = new java.util.HashSet<>();
      for (Article a : articles) {
        for (int i = 0; i < a.tags().size(); i++) {
          String tag = a.tags().get(i);
          String slug = Tags.slug(tag);
          String first = firstSpelling.putIfAbsent(slug, tag);
          firstFile.putIfAbsent(slug, a.file().path());
          if (first != null && !first.equals(tag) && reported.add(slug + "\n" + tag)) {
            diagnostics.warning(
                a.file().at("tags[" + i + "]"),
                "tag '"
                    + tag
                    + "' is also spelled '"
                    + first
                    + "' (in "
                    + firstFile.get(slug)
                    + "); both are the tag page tags/"
                    + slug
                    + "/: use one spelling");
          }
        }
      }
    }

    void listedEntitiesExist(
        List<Article> articles, List<Entity> entities, List<EntityKind> kinds) {
      Map<String, List<String>> slugsByKind =
          entities.stream()
              .collect(
                  Collectors.groupingBy(
                      e -> e.kind().key(), Collectors.mapping(Entity::slug, Collectors.toList())));
      Set<String> keys = entities.stream().map(Entity::key).collect(Collectors.toSet());
      for (Article article : articles) {
        Map<String, Integer> indexInKind = new HashMap<>();
        for (String key : article.listedEntities()) {
          String kind = key.substring(0, key.indexOf('/'));
          String slug = key.substring(key.indexOf('/') + 1);
          int index = indexInKind.merge(kind, 1, Integer::sum) - 1;
          if (!keys.contains(key)) {
            String singular =
                kinds.stream()
                    .filter(k -> k.key().equals(kind))
                    .map(EntityKind::singular)
                    .findFirst()
                    .orElse(kind);
            diagnostics.error(
                article.file().at(kind + "[" + index + "]"),
                "unknown "
                    + singular
                    + " '"
                    + slug
                    + "' (no "
                    + kind
                    + "/"
                    + slug
                    + ".md)"
                    + DidYouMean.suffix(slug, slugsByKind.getOrDefault(kind, List.of())));
          }
        }
      }
    }
  }
}
