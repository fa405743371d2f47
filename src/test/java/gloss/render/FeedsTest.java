package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedsTest {
  @Test
  void onlyEntriesThatCanBeAmongTheNewestAreMadeWithEveryTieOfTheLastDay() {
    LocalDate start = LocalDate.of(2024, 1, 1);
    List<Feeds.Pending> pending = new ArrayList<>();
    Set<String> made = new HashSet<>();
    // 300 entries over 100 days, three a day, in no order: the 50 newest end two entries into
    // the 17th day from the end, so all three of that day are made and nothing older is.
    for (int i = 0; i < 300; i++) {
      int day = (i * 37) % 100;
      String id = "e" + i;
      pending.add(
          new Feeds.Pending(
              start.plusDays(day),
              () -> {
                made.add(id);
                return item(id, start.plusDays(day));
              }));
    }

    List<Feeds.Item> items = Feeds.newest(pending);

    assertThat(items).hasSize(51);
    assertThat(made).hasSize(51);
    assertThat(items).allSatisfy(i -> assertThat(i.updated()).isAfterOrEqualTo(start.plusDays(83)));
  }

  @Test
  void aShortListIsMadeWhole() {
    LocalDate day = LocalDate.of(2024, 1, 1);
    List<Feeds.Pending> pending =
        List.of(
            new Feeds.Pending(day, () -> item("a", day)),
            new Feeds.Pending(day, () -> item("b", day)));

    assertThat(Feeds.newest(pending)).extracting(Feeds.Item::id).containsExactly("a", "b");
  }

  private static Feeds.Item item(String id, LocalDate updated) {
    return new Feeds.Item(id, id, id, null, updated, "", "", "", "", "");
  }
}
