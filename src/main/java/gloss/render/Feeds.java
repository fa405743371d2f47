package gloss.render;

import gloss.model.SitePaths;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.nodes.Entities;

/**
 * The Atom feeds: the site's, and one beside each page that a reader can follow (an entity, a
 * contributor, a tag, the editions). Content carries dates, not times, so entries of one day get
 * one second apart in feed order: every {@code updated} is distinct and they descend, which feed
 * readers need to tell entries apart and to order them.
 */
final class Feeds {
  /** How many entries a feed carries: the newest. */
  static final int SIZE = 50;

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

  private static final Comparator<Item> NEWEST_FIRST =
      Comparator.comparing(Item::updated).reversed().thenComparing(Item::id);

  private Feeds() {}

  /**
   * What an entry says before it is placed in time.
   *
   * @param id a stable id: the absolute URL of what the entry is about
   * @param url the absolute URL the entry links to
   * @param published when it first appeared, or null for an entry that is not updated later (its
   *     {@code updated} says the day, and a feed of many such entries is smaller without it)
   * @param contentHtml HTML content, relative links resolved against {@code contentBase}, or ""
   */
  record Item(
      String id,
      String title,
      String url,
      LocalDate published,
      LocalDate updated,
      String author,
      String authorUrl,
      String summary,
      String contentHtml,
      String contentBase) {}

  /**
   * The feed beside {@code page} ({@link SitePaths#feedOf}) of the {@link #SIZE} newest items.
   *
   * @param items in any order
   */
  static PageJob of(
      PageContext context, String page, String title, String subtitle, List<Item> items) {
    return by(
        context, page, title, subtitle, context.config.title(), context.config.baseUrl(), items);
  }

  /**
   * The feed beside {@code page} of the {@link #SIZE} newest items, all by one author (a
   * contributor's): the feed names them once, and entries without an author of their own are theirs
   * (RFC 4287, 4.2.1).
   */
  static PageJob by(
      PageContext context,
      String page,
      String title,
      String subtitle,
      String author,
      String authorUrl,
      List<Item> items) {
    String path = SitePaths.feedOf(page);
    List<Item> newest = items.stream().sorted(NEWEST_FIRST).limit(SIZE).toList();
    List<Views.FeedEntry> entries = new ArrayList<>(newest.size());
    for (int i = 0; i < newest.size(); i++) {
      Item item = newest.get(i);
      int laterSameDay = 0;
      for (int j = i + 1;
          j < newest.size() && newest.get(j).updated().equals(item.updated());
          j++) {
        laterSameDay++;
      }
      entries.add(
          new Views.FeedEntry(
              item.id(),
              item.title(),
              item.url(),
              item.published() == null ? "" : stamp(item.published(), 0),
              stamp(item.updated(), laterSameDay),
              item.author(),
              item.authorUrl(),
              item.summary(),
              item.contentHtml(),
              item.contentBase()));
    }
    Views.Feed feed =
        new Views.Feed(
            title,
            subtitle,
            context.urls.canonical(page),
            context.urls.canonical(path),
            context.urls.canonical(page),
            entries.isEmpty() ? stamp(LocalDate.EPOCH, 0) : entries.get(0).updated(),
            author,
            authorUrl,
            entries);
    return context.page(title, subtitle, path, "feed", Map.of("feed", feed));
  }

  /**
   * The site's feed: every article, {@code updated} when a note is added to it, and every note as
   * an entry of its own, linking to it on its article page.
   */
  static PageJob site(PageContext context, List<ArticleSummary> summaries) {
    List<Pending> pending = new ArrayList<>();
    for (ArticleSummary s : summaries) {
      pending.add(new Pending(s.updated(), () -> article(s)));
      for (ArticleSummary.AuthorNote n : s.notes()) {
        pending.add(new Pending(noteDate(n.note()), () -> note(context, n.note(), n.profileUrl())));
      }
    }
    return of(
        context,
        SitePaths.home(),
        context.config.title(),
        context.config.description(),
        newest(pending));
  }

  /** An entry not made yet: what its {@link Item#updated} will be, and how to make it. */
  record Pending(LocalDate updated, Supplier<Item> item) {}

  /**
   * The entries that can be among a feed's {@link #SIZE} newest (all of the last day that makes the
   * cut, ties included), each made only then: the site's feed draws from every note, and making an
   * entry (its URLs, its HTML) for each of them at every {@code serve} edit cost more than the feed
   * itself.
   */
  static List<Item> newest(List<Pending> pending) {
    if (pending.size() <= SIZE) {
      return pending.stream().map(p -> p.item().get()).toList();
    }
    LocalDate[] newestFirst = pending.stream().map(Pending::updated).toArray(LocalDate[]::new);
    Arrays.sort(newestFirst, Comparator.reverseOrder());
    LocalDate cut = newestFirst[SIZE - 1];
    return pending.stream()
        .filter(p -> !p.updated().isBefore(cut))
        .map(p -> p.item().get())
        .toList();
  }

  /** A note's {@link Item#updated}: its date. */
  static LocalDate noteDate(Views.Note note) {
    return LocalDate.parse(note.date());
  }

  /** An annotation as an entry: by its author, the passage quoted, then the note. */
  static Item note(PageContext context, Views.Note note, String profileUrl) {
    String quote =
        note.anchored() ? "<blockquote>" + Entities.escape(note.exact()) + "</blockquote>" : "";
    return note(
        context,
        note,
        note.author() + " on “" + note.articleTitle() + "”",
        note.author(),
        authorUrl(context, note.authorPageUrl(), profileUrl),
        "",
        quote + note.bodyHtml());
  }

  /**
   * An annotation as a short entry of its contributor's feed, which names them once ({@link #by}):
   * the passage quoted and the start of the note ({@link Views.Note#excerpt}), as text.
   */
  static Item noteExcerpt(PageContext context, Views.Note note) {
    String summary =
        note.anchored() ? "On “" + note.exact() + "”: " + note.excerpt() : note.excerpt();
    return note(context, note, "On “" + note.articleTitle() + "”", "", "", summary, "");
  }

  /** Where a contributor is found: their profile, else their page on the site. */
  static String authorUrl(PageContext context, String authorPage, String profileUrl) {
    return profileUrl.isEmpty() ? context.urls.canonical(authorPage) : profileUrl;
  }

  private static Item note(
      PageContext context,
      Views.Note note,
      String title,
      String author,
      String authorUrl,
      String summary,
      String html) {
    String page = context.urls.canonical(note.articleUrl());
    String url = page + "#" + note.noteId();
    LocalDate date = noteDate(note);
    return new Item(
        url, title, url, null, date, author, authorUrl, summary, html, html.isEmpty() ? "" : page);
  }

  /** A document that mentions an entity, as an entry of the entity's feed. */
  static Item backlink(PageContext context, Views.Backlink b) {
    String url = context.urls.canonical(b.url());
    LocalDate date = LocalDate.parse(b.date());
    // The sentence the entity page quotes (its first mention's), as the summary.
    String said =
        b.contexts().stream().map(c -> c.before() + c.text() + c.after()).findFirst().orElse("");
    return new Item(
        url,
        b.annotation() ? b.author() + " on “" + b.title() + "”" : b.title(),
        url,
        null,
        date,
        b.annotation() ? b.author() : "",
        "",
        said.strip(),
        "",
        "");
  }

  /** An article as an entry of a tag's feed. */
  static Item article(ArticleSummary s) {
    Views.ArticleCard card = s.card();
    return new Item(
        card.absoluteUrl(),
        card.title(),
        card.absoluteUrl(),
        s.date(),
        s.updated(),
        "",
        "",
        card.summary(),
        "",
        "");
  }

  private static String stamp(LocalDate date, int seconds) {
    return STAMP.format(
        date.atTime(LocalTime.MIDNIGHT).plusSeconds(seconds).atOffset(ZoneOffset.UTC));
  }
}
