package gloss.link;

import static org.assertj.core.api.Assertions.assertThat;

import gloss.diag.Diagnostics;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.SourceFile;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Aho–Corasick automaton over every name and alias, and its whole-word, longest-match rules.
 */
class EntityIndexTest {

  static Entity entity(EntityKind kind, String slug, String name, String... aliases) {
    return new Entity(
        kind,
        slug,
        name,
        Arrays.asList(aliases),
        "",
        Map.of(),
        new SourceFile("content/" + kind.key() + "/" + slug + ".md", 4, Map.of()),
        List.of());
  }

  static Entity person(String slug, String name, String... aliases) {
    return entity(EntityKind.PEOPLE, slug, name, aliases);
  }

  static Entity place(String slug, String name, String... aliases) {
    return entity(EntityKind.PLACES, slug, name, aliases);
  }

  static Entity org(String slug, String name, String... aliases) {
    return entity(EntityKind.ORGANIZATIONS, slug, name, aliases);
  }

  static EntityIndex index(Entity... entities) {
    Diagnostics diagnostics = new Diagnostics();
    EntityIndex index = EntityIndex.of(List.of(entities), diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    return index;
  }

  /** Each match as {@code text@start:entity-slug}, so expectations read at a glance. */
  static List<String> find(EntityIndex index, String text) {
    return index.find(text).stream()
        .map(m -> text.substring(m.start(), m.end()) + "@" + m.start() + ":" + m.entity().slug())
        .toList();
  }

  static final EntityIndex FICK = index(person("nate-fick", "Nate Fick", "Fick"));

  @Test
  void findsEveryNameAndAliasLeftToRight() {
    EntityIndex index =
        index(
            place("geneva", "Geneva"),
            place("china", "China", "Beijing"),
            person("wang", "Wang Lei", "Wang"));
    assertThat(find(index, "Wang met in Geneva; China and Beijing, said Wang Lei."))
        .containsExactly(
            "Wang@0:wang",
            "Geneva@12:geneva",
            "China@20:china",
            "Beijing@30:china",
            "Wang Lei@44:wang");
  }

  @Test
  void longestMatchWinsOverAnAliasInsideIt() {
    assertThat(find(FICK, "Nate Fick said Fick would."))
        .containsExactly("Nate Fick@0:nate-fick", "Fick@15:nate-fick");
  }

  @Test
  void findsASuffixTermThroughOutputLinksWhenTheLongerTermIsNotAWholeWord() {
    // "Nate Fick" ends at the same place but starts inside "ZNate": only the suffix "Fick" is a
    // word.
    assertThat(find(FICK, "ZNate Fick")).containsExactly("Fick@6:nate-fick");
  }

  @Test
  void followsFailureLinksIntoAnotherTermAfterAPartialMatch() {
    EntityIndex index = index(org("us-bank", "US Bank"), org("boa", "Bank of America"));
    // Walking "US Bank" fails at " of"; the failure link continues inside "Bank of America".
    assertThat(find(index, "AUS Bank of America")).containsExactly("Bank of America@4:boa");
    assertThat(find(index, "US Bancorp and Bank of America"))
        .containsExactly("Bank of America@15:boa");
  }

  @Test
  void overlappingTermsResolveLeftmostThenLongest() {
    EntityIndex index =
        index(place("ny", "New York"), org("times", "York Times"), org("nyt", "New York Times"));
    assertThat(find(index, "New York Times")).containsExactly("New York Times@0:nyt");
    assertThat(find(index, "in New York Timeshare")).containsExactly("New York@3:ny");
    EntityIndex twoOnly = index(place("ny", "New York"), org("times", "York Times"));
    assertThat(find(twoOnly, "New York Times")).containsExactly("New York@0:ny");
  }

  @Test
  void matchesWholeWordsOnly() {
    EntityIndex index = index(place("us", "United States", "US"), person("li", "Li"));
    assertThat(find(index, "USB USA AUS US_ Lin Li2 BeLi")).isEmpty();
    assertThat(find(index, "US-made (US) \"US\" US. US")).hasSize(5);
  }

  @Test
  void findsAdjacentMentions() {
    EntityIndex index = index(place("geneva", "Geneva"), place("beijing", "Beijing"));
    assertThat(find(index, "Geneva,Beijing/Geneva Beijing"))
        .containsExactly(
            "Geneva@0:geneva", "Beijing@7:beijing", "Geneva@15:geneva", "Beijing@22:beijing");
    assertThat(find(index, "GenevaBeijing")).isEmpty();
  }

  @Test
  void matchesPossessivesOfTheName() {
    EntityIndex index = index(place("beijing", "Beijing"));
    assertThat(find(index, "Beijing’s and Beijing's and Beijings"))
        .containsExactly("Beijing@0:beijing", "Beijing@14:beijing");
  }

  @Test
  void matchesCaseAsWritten() {
    EntityIndex index = index(place("us", "United States", "US"));
    assertThat(find(index, "us Us uS US")).containsExactly("US@9:us");
  }

  @Test
  void aliasEndingInPunctuationIsBoundedByIt() {
    EntityIndex index = index(place("us", "United States", "U.S."));
    assertThat(find(index, "The U.S. said")).containsExactly("U.S.@4:us");
    assertThat(find(index, "in the U.S.")).containsExactly("U.S.@7:us");
    assertThat(find(index, "U.S.-China talks")).containsExactly("U.S.@0:us");
    assertThat(find(index, "AU.S. and U.S")).isEmpty();
  }

  @Test
  void treatsLettersOfEveryScriptAsWordCharacters() {
    EntityIndex index = index(place("izmir", "İzmir"), place("koln", "Köln"));
    assertThat(find(index, "İzmir, Kölner, Köln."))
        .containsExactly("İzmir@0:izmir", "Köln@15:koln");
  }

  @Test
  void findsNamesWrappedAcrossLinesOrJoinedByANoBreakSpace() {
    EntityIndex index =
        index(place("us", "United States"), person("nate-fick", "Nate Fick", "Fick"));
    assertThat(find(index, "the United\nStates and Nate\u00A0Fick"))
        .containsExactly("United\nStates@4:us", "Nate\u00A0Fick@22:nate-fick");
    assertThat(find(index, "United  States")).isEmpty();
  }

  @Test
  void typographicAndStraightApostrophesMatchEachOther() {
    EntityIndex index = index(org("mfa", "China's Foreign Ministry"), place("china", "China"));
    assertThat(find(index, "China’s Foreign Ministry and China's Foreign Ministry; China’s"))
        .containsExactly(
            "China’s Foreign Ministry@0:mfa", "China's Foreign Ministry@29:mfa", "China@55:china");
  }

  @Test
  void apostropheVariantsOfOneAliasAreOneClaim() {
    Diagnostics diagnostics = new Diagnostics();
    EntityIndex.of(List.of(org("a", "O'Hare"), place("b", "O’Hare")), diagnostics);
    assertThat(diagnostics.sorted().stream().map(Object::toString))
        .containsExactly(
            "content/places/b.md:1:1: error: 'O’Hare' is already the name of organizations/a"
                + " (content/organizations/a.md:1:1); each name can lead to one entity only");
  }

  @Test
  void emptyTextAndEmptyIndexFindNothing() {
    assertThat(find(FICK, "")).isEmpty();
    assertThat(find(index(), "Nate Fick")).isEmpty();
  }

  @Test
  void anEntitysOwnNameWinsOverAnotherEntitysAliasWhateverTheOrder() {
    Diagnostics diagnostics = new Diagnostics();
    EntityIndex index =
        EntityIndex.of(
            List.of(org("georgia-tech", "Georgia Tech", "Georgia"), place("georgia", "Georgia")),
            diagnostics);
    assertThat(find(index, "Georgia")).containsExactly("Georgia@0:georgia");
    assertThat(diagnostics.sorted().stream().map(Object::toString))
        .containsExactly(
            "content/organizations/georgia-tech.md:1:1: error: 'Georgia' is already the name of"
                + " places/georgia (content/places/georgia.md:1:1); each name can lead to one"
                + " entity only");
  }

  @Test
  void anEntityMayRepeatItsOwnNameAsAnAlias() {
    EntityIndex index = index(place("geneva", "Geneva", "Geneva", " Geneva "));
    assertThat(find(index, "Geneva")).containsExactly("Geneva@0:geneva");
  }

  @Test
  void looksUpEntitiesByKey() {
    assertThat(FICK.entity("people/nate-fick").name()).isEqualTo("Nate Fick");
    assertThat(FICK.entity("people/nobody")).isNull();
  }
}
