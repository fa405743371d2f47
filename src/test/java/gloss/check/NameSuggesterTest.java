package gloss.check;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.TestSite;
import gloss.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameSuggesterTest {
  private static final String ENTITIES =
      """
      -- content/places/geneva.md --
      ---
      name: Geneva
      ---
      A city.
      -- content/people/wang.md --
      ---
      name: Wang Lei
      aliases: [Wang]
      ---
      An official.
      """;

  private static List<String> suggestions(Path dir, String txtar) throws IOException {
    TestSite.write(dir, ENTITIES + txtar);
    return SiteCheck.run(TestSite.layout(dir)).diagnostics().stream()
        .filter(d -> d.message().contains("looks like"))
        .map(Diagnostic::format)
        .toList();
  }

  @Test
  void suggestsAMultiWordNameAtItsFirstOccurrence(@TempDir Path dir) throws IOException {
    assertThat(
            suggestions(
                dir,
                """
        -- content/articles/a.md --
        ---
        title: A
        date: 2024-01-02
        ---
        Wang met officials in Geneva.

        Hackers working with the Chinese Ministry of State Security spied on calls,
        and the Ministry of State Security denied it.
        """))
        .containsExactly(
            "content/articles/a.md:7:34: warning: 'Ministry of State Security' looks like a person, place or "
                + "organization but has no page; add one or list it under ignore_names in site.yml");
  }

  @Test
  void ignoreNamesAndAliasesSilenceASuggestion(@TempDir Path dir) throws IOException {
    assertThat(
            suggestions(
                dir,
                """
        -- content/site.yml --
        title: T
        base_url: https://example.org/
        ignore_names: ["Ministry of State Security"]
        -- content/articles/a.md --
        ---
        title: A
        date: 2024-01-02
        ---
        Wang said the Ministry of State Security and Wang Lei met in Geneva.
        """))
        .isEmpty();
  }

  @Test
  void sentenceStartsTitlesMonthsAndCommonWordsAreNotNames(@TempDir Path dir) throws IOException {
    assertThat(
            suggestions(
                dir,
                """
        -- content/articles/a.md --
        ---
        title: A
        date: 2024-01-02
        ---
        # Talks In Geneva Were Secret

        Officials met in Geneva last December. While Wang spoke, others listened. The talks ended on
        Monday in March. Chinese officials and American officials said: Both sides spoke.

        - Several officials left.
        - Several more stayed, said President Wang.

        See [the full report](https://example.org/Some-Report) and `Code Span Here`.
        """))
        .isEmpty();
  }

  @Test
  void aRepeatedCapitalisedWordIsSuggestedButNotASingleOne(@TempDir Path dir) throws IOException {
    assertThat(
            suggestions(
                dir,
                """
        -- content/articles/a.md --
        ---
        title: A
        date: 2024-01-02
        ---
        Officials met Hezbollah envoys in Geneva, where Wang said Hezbollah would talk. Once, Kowalski
        came too.
        """))
        .containsExactly(
            "content/articles/a.md:5:15: warning: 'Hezbollah' looks like a person, place or organization "
                + "but has no page; add one or list it under ignore_names in site.yml");
  }
}
