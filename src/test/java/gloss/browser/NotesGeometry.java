package gloss.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Where an article page's notes are, measured in the browser, and what must hold for them. */
final class NotesGeometry {
  /** How far (px) a note may sit from its passage's top and still count as level with it. */
  static final double LEVEL = 3;

  /** Largest gap (px) between a pushed-down note and the note above it. */
  static final double MAX_STACK_GAP = 24;

  private NotesGeometry() {}

  /** A note's box and the top of its passage, in page coordinates. */
  record Placed(
      String id, double top, double bottom, double left, double right, double passageTop) {
    double height() {
      return bottom - top;
    }

    boolean overlaps(Placed o) {
      return top < o.bottom && o.top < bottom && left < o.right && o.left < right;
    }
  }

  /** Every note anchored on a passage, in document order. */
  @SuppressWarnings("unchecked")
  static List<Placed> placed(Browser browser) {
    List<Map<String, Object>> rows =
        (List<Map<String, Object>>)
            browser.js(
                "return [...document.querySelectorAll('.note.anchored[data-passage]')].map(n => {"
                    + "  const r = n.getBoundingClientRect();"
                    + "  const p = document.getElementById(n.dataset.passage).getClientRects()[0];"
                    + "  const y = window.scrollY;"
                    + "  return {id: n.id.slice(5), top: r.top + y, bottom: r.bottom + y, left: r.left,"
                    + "          right: r.right, passageTop: p.top + y};"
                    + "});");
    return rows.stream()
        .map(
            r ->
                new Placed(
                    (String) r.get("id"),
                    num(r.get("top")),
                    num(r.get("bottom")),
                    num(r.get("left")),
                    num(r.get("right")),
                    num(r.get("passageTop"))))
        .toList();
  }

  static void assertNoOverlaps(List<Placed> notes) {
    for (int i = 0; i < notes.size(); i++) {
      for (int j = i + 1; j < notes.size(); j++) {
        Placed a = notes.get(i);
        Placed b = notes.get(j);
        assertThat(a.overlaps(b)).as("%s overlaps %s: %s / %s", a.id(), b.id(), a, b).isFalse();
      }
    }
  }

  /**
   * Wide screens: the notes are in the margin, right of the text column, never overlap, and each is
   * level with its passage unless an earlier note pushed it down, in which case it starts just
   * below that note.
   *
   * @return the ids of the notes that were pushed down
   */
  static List<String> assertInMarginLevelOrStacked(Browser browser) {
    assertThat(String.valueOf(browser.js("return document.querySelector('aside.notes').className")))
        .contains("notes-margin");
    double textRight =
        num(
            browser.js(
                "return document.querySelector('.article-body').getBoundingClientRect().right"));
    List<Placed> notes = placed(browser);
    assertThat(notes).isNotEmpty();
    for (Placed note : notes) {
      assertThat(note.left())
          .as("%s is right of the text column", note.id())
          .isGreaterThanOrEqualTo(textRight);
      assertThat(note.height()).as("%s is visible", note.id()).isGreaterThan(20);
    }
    assertNoOverlaps(notes);

    List<Placed> byPassage = new ArrayList<>(notes);
    byPassage.sort(Comparator.comparingDouble(Placed::passageTop));
    List<String> pushed = new ArrayList<>();
    for (int i = 0; i < byPassage.size(); i++) {
      Placed note = byPassage.get(i);
      if (Math.abs(note.top() - note.passageTop()) <= LEVEL) {
        continue; // level with its passage
      }
      assertThat(i)
          .as("%s is not level with its passage, yet no note is above it: %s", note.id(), note)
          .isPositive();
      Placed above = byPassage.get(i - 1);
      assertThat(note.top())
          .as("%s was pushed down, so it starts just below %s", note.id(), above.id())
          .isGreaterThan(note.passageTop())
          .isBetween(above.bottom(), above.bottom() + MAX_STACK_GAP);
      pushed.add(note.id());
    }
    return pushed;
  }

  /**
   * Narrow screens: each note is in the text right after the block holding (the end of) its
   * passage, after that block's earlier notes if several; a list item keeps its note inside. On
   * screen it starts below that block and ends above the next one.
   *
   * @return how many notes sit inside list items
   */
  @SuppressWarnings("unchecked")
  static long assertNotesFollowTheirParagraphs(Browser browser) {
    assertThat(String.valueOf(browser.js("return document.querySelector('aside.notes').className")))
        .contains("notes-inline");
    List<Map<String, Object>> rows =
        (List<Map<String, Object>>)
            browser.js(
                "const blocks = 'p, li, dd, dt, blockquote, pre, figure, table, h1, h2, h3, h4, h5, h6';"
                    + "return [...document.querySelectorAll('.note.anchored[data-passage]')].map(n => {"
                    + "  const id = n.id.slice(5);"
                    + "  const ref = document.getElementById('ref-' + id);"
                    + "  const block = ref.parentElement.closest(blocks);"
                    + "  let before = n.previousElementSibling;"
                    + "  while (before && before.matches('.note')) before = before.previousElementSibling;"
                    + "  let next = n.nextElementSibling;"
                    + "  while (next && next.matches('.note')) next = next.nextElementSibling;"
                    + "  const inside = block.contains(n);"
                    + "  const r = n.getBoundingClientRect();"
                    + "  const b = inside ? ref.getBoundingClientRect() : block.getBoundingClientRect();"
                    + "  const after = next ? next.getBoundingClientRect().top"
                    + "                     : (inside ? block.getBoundingClientRect().bottom : Infinity);"
                    + "  return {id: id, tag: block.tagName, inside: inside, follows: inside || before === block,"
                    + "          top: r.top, bottom: r.bottom, blockBottom: b.bottom,"
                    + "          nextTop: after === Infinity ? 1e9 : after, inBody: !!n.closest('.article-body')};"
                    + "});");
    assertThat(rows).isNotEmpty();
    for (Map<String, Object> row : rows) {
      String id = (String) row.get("id");
      assertThat(row.get("inBody")).as("%s moved into the text", id).isEqualTo(true);
      assertThat(row.get("follows"))
          .as("%s comes right after its %s", id, row.get("tag"))
          .isEqualTo(true);
      if (row.get("tag").equals("LI")) {
        assertThat(row.get("inside")).as("%s stays inside its list item", id).isEqualTo(true);
      }
      assertThat(num(row.get("top")))
          .as("%s starts below its paragraph", id)
          .isGreaterThanOrEqualTo(num(row.get("blockBottom")) - 1);
      assertThat(num(row.get("bottom")))
          .as("%s ends above the next paragraph", id)
          .isLessThanOrEqualTo(num(row.get("nextTop")) + 1);
    }
    return rows.stream().filter(r -> r.get("tag").equals("LI")).count();
  }

  static double num(Object o) {
    return ((Number) o).doubleValue();
  }
}
