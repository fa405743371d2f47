package gloss.render;

import gloss.model.SitePaths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An entity's mentions per month as a small bar chart that templates draw as SVG, one bar per month
 * from the first mention to the last, each bar linking to that month's backlinks.
 *
 * @param width the chart's width in SVG units (its height is {@link #HEIGHT})
 * @param bars the months with mentions, oldest first
 * @param years a label at the first month of each year shown
 * @param months each month's label by {@code YYYY-MM}, for headings of the backlinks list
 */
public record MentionTimeline(
    int width, int height, List<Bar> bars, List<YearLabel> years, Map<String, String> months) {

  static final int BAR = 12;
  static final int GAP = 3;
  static final int HEIGHT = 64;
  static final int PLOT = 48;

  /**
   * One month.
   *
   * @param month {@code YYYY-MM}
   * @param label the month as readers write it, {@code March 2025}
   * @param mentions how often the entity is mentioned in documents of that month
   * @param documents how many documents of that month mention it
   * @param url the backlinks page holding that month, at its heading, relative to the entity's
   *     first page (the only one that shows the timeline): {@code #mentions-2025-03} or {@code
   *     page/2/index.html#mentions-2025-03}
   */
  public record Bar(
      String month,
      String label,
      int mentions,
      int documents,
      String url,
      int x,
      int y,
      int width,
      int height) {}

  /** A year's label below its first month. */
  public record YearLabel(String text, int x) {}

  /** Anchor of a month's heading in the backlinks list. */
  static String anchor(String month) {
    return "mentions-" + month;
  }

  /**
   * Counts what the backlinks list holds: each article with the notes listed under it, in the
   * article's month (the month heading they stand under).
   *
   * @param pages the backlinks as split into pages, newest first
   */
  static MentionTimeline of(PageContext context, List<Paging.Slice<Views.Backlink>> pages) {
    Map<YearMonth, int[]> counts = new TreeMap<>(); // mentions, documents
    Map<YearMonth, String> where = new LinkedHashMap<>();
    String folder = SitePaths.pretty(pages.get(0).path());
    for (Paging.Slice<Views.Backlink> page : pages) {
      String relative = page.pager().number() == 1 ? "" : page.path().substring(folder.length());
      for (Views.Backlink b : page.items()) {
        YearMonth month = YearMonth.parse(b.date().substring(0, 7));
        int[] c = counts.computeIfAbsent(month, m -> new int[2]);
        c[0] += b.count();
        // An article listed only to hold notes on it is not itself a text that mentions.
        c[1] += b.count() > 0 || b.listed() ? 1 : 0;
        for (Views.Backlink note : b.notes()) {
          c[0] += note.count();
          c[1]++;
        }
        where.putIfAbsent(month, relative); // newest first: a month starts on its first page
      }
    }
    if (counts.isEmpty()) {
      return new MentionTimeline(0, HEIGHT, List.of(), List.of(), Map.of());
    }
    YearMonth first = ((TreeMap<YearMonth, int[]>) counts).firstKey();
    YearMonth last = ((TreeMap<YearMonth, int[]>) counts).lastKey();
    int most = counts.values().stream().mapToInt(c -> c[0]).max().orElse(1);
    List<Bar> bars = new ArrayList<>();
    List<YearLabel> years = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    int slot = 0;
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1), slot++) {
      int x = slot * (BAR + GAP);
      if (m.equals(first) || m.getMonthValue() == 1) {
        years.add(new YearLabel(String.valueOf(m.getYear()), x));
      }
      int[] c = counts.get(m);
      if (c == null) {
        continue;
      }
      String key = m.toString();
      String label = context.displayMonth(m);
      labels.put(key, label);
      int h = Math.max(2, Math.round((float) PLOT * c[0] / most));
      bars.add(
          new Bar(key, label, c[0], c[1], where.get(m) + "#" + anchor(key), x, PLOT - h, BAR, h));
    }
    return new MentionTimeline(
        slot * (BAR + GAP) - GAP, HEIGHT, List.copyOf(bars), List.copyOf(years), labels);
  }
}
