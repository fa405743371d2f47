package gloss;

import java.time.LocalDate;

/**
 * A digest with every kind of page a reader meets, for the reader-facing tests: many articles over
 * many months mentioning Geneva (so that its backlinks run to two pages and its timeline has gaps),
 * places with and without coordinates, and an article whose first note is long enough to push the
 * next one more than a screen away, with a reply from another contributor.
 */
public final class ReaderFixture {
  /** Articles mentioning Geneva, beyond the harbour article: more than a page of backlinks. */
  public static final int DATED_ARTICLES = 55;

  public static final String HARBOUR = "articles/harbour-talks/index.html";

  private ReaderFixture() {}

  public static String txtar() {
    StringBuilder t = new StringBuilder();
    for (int i = 1; i <= DATED_ARTICLES; i++) {
      LocalDate date = LocalDate.of(2024, 1, 10).plusDays(i * 23L);
      t.append("-- content/articles/report-")
          .append(i)
          .append(".md --\n---\ntitle: Report ")
          .append(i)
          .append(" from the harbour\ndate: ")
          .append(date)
          .append("\n---\nDelegates met in Geneva again")
          .append(i % 3 == 0 ? ", then flew to Lima, where Lima's council waited" : "")
          .append(".\n\nThe talks went on into the evening.\n");
    }
    t.append(
        """
        -- content/articles/harbour-talks.md --
        ---
        title: Harbour talks resume after a long winter
        date: 2025-03-02
        source: The Example Gazette
        url: https://example.com/harbour-talks
        ---
        Negotiators from Northport and Southby met again on Monday in Geneva, the first formal session since the talks broke down in the autumn.

        The harbour authority said the agenda would cover dredging, berth fees and the shared pilot service. Read the [full agenda](https://example.com/agenda) online.

        At the centre of the dispute is the old breakwater, which both towns claim to maintain.

        Ada Lovelace, who chairs the talks, declined to predict the outcome.

        The next session is planned for April, again in Geneva.
        -- content/people/ada-lovelace.md --
        ---
        name: Ada Lovelace
        role: Chair of the harbour talks
        wikidata: Q7259
        ---
        The chair of the harbour talks.
        -- content/places/geneva.md --
        ---
        name: Geneva
        kind: city
        country: Switzerland
        coordinates: [46.2044, 6.1432]
        wikidata: https://www.wikidata.org/wiki/Q71
        wikipedia: https://en.wikipedia.org/wiki/Geneva
        ---
        A city in Switzerland.
        -- content/places/lima.md --
        ---
        name: Lima
        kind: city
        country: Peru
        coordinates: [-12.0464, -77.0428]
        ---
        The capital of Peru.
        -- content/places/northport.md --
        ---
        name: Northport
        kind: town
        ---
        A harbour town that has no coordinates yet.
        -- content/organizations/harbour-authority.md --
        ---
        name: harbour authority
        kind: public body
        ---
        Runs the harbour.
        -- content/annotations/harbour-talks/2025-03-03-agenda.md --
        ---
        author: Maria Lindqvist
        github: mlindqvist
        date: 2025-03-03
        quote: cover dredging, berth fees and the shared pilot service
        ---
        Dredging is the expensive item: the channel has silted up since the last survey, and neither town budgeted for it this year.

        """
            + longParagraphs()
            + """
        -- content/annotations/harbour-talks/2025-03-04-breakwater.md --
        ---
        author: Tabitha Kamau
        github: tkamau
        date: 2025-03-04
        quote: the old breakwater, which both towns claim to maintain
        ---
        The breakwater dates from the 1880s.
        -- content/annotations/harbour-talks/2025-03-05-reply.md --
        ---
        author: Ravi Patel
        github: rpatel
        date: 2025-03-05
        in_reply_to: 2025-03-03-agenda
        ---
        The survey was paid for by Southby alone.
        -- content/annotations/harbour-talks/2025-03-05-chair.md --
        ---
        author: Ravi Patel
        github: rpatel
        date: 2025-03-05
        quote: Ada Lovelace, who chairs the talks
        ---
        Lovelace was appointed by the regional council last year.
        -- content/annotations/harbour-talks/2025-03-06-april.md --
        ---
        author: Tabitha Kamau
        github: tkamau
        date: 2025-03-06
        quote: planned for April, again in Geneva
        ---
        The April session is the fourth in Geneva.
        """);
    return t.toString();
  }

  /** Enough text to make a note taller than a phone's or a laptop's screen. */
  private static String longParagraphs() {
    StringBuilder p = new StringBuilder();
    for (int i = 1; i <= 9; i++) {
      p.append("Paragraph ")
          .append(i)
          .append(" of the survey's history: the channel was last dredged in the 1990s, the")
          .append(" sandbanks have moved since, and both towns' pilots now route ships around")
          .append(" them, which costs time on every tide and is the real reason dredging leads")
          .append(" the agenda this year, ahead of the fees that make the headlines.\n\n");
    }
    return p.toString();
  }
}
