package gloss.check;

import gloss.SiteBuild;
import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import gloss.diag.SourcePos;
import gloss.load.KnownKeys;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.Content;
import gloss.model.Edition;
import gloss.model.Entity;
import gloss.model.EntityKind;
import gloss.model.Placeholders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks across the digest that a build does not need but an editor does. */
final class ContentChecks {
  private ContentChecks() {}

  /** Warns about entities that no article or annotation mentions or lists. */
  static void unmentioned(SiteBuild.Rendered rendered, Diagnostics diagnostics) {
    Set<String> listed = new HashSet<>();
    for (Article a : rendered.content().articles()) {
      listed.addAll(a.listedEntities());
    }
    for (Entity e : rendered.content().entities()) {
      if (rendered.references().mentionCount(e.key()) == 0 && !listed.contains(e.key())) {
        diagnostics.warning(
            e.source().at("name"),
            e.kind().singular()
                + " '"
                + e.name()
                + "' is never mentioned: no article or annotation "
                + "names it or one of its aliases, and no article lists it under '"
                + e.kind().key()
                + ":'");
      }
    }
  }

  /**
   * Notes, once per key, the front-matter keys that no kind of file reads and that are not a
   * misspelling (those are warned about as they load): a theme may use them, but a reader of the
   * check should know that gloss does not.
   */
  static void unreadKeys(Content content, String siteFile, Diagnostics diagnostics) {
    Set<String> kinds =
        content.config().entityKinds().stream().map(EntityKind::key).collect(Collectors.toSet());
    Map<String, List<SourcePos>> unread = new TreeMap<>();
    UnreadKeys collect =
        (known, fields, at) -> {
          for (String key : fields.keySet()) {
            if (!known.reads(key, kinds) && known.misspelt(key, fields.keySet(), kinds).isEmpty()) {
              unread.computeIfAbsent(key, k -> new ArrayList<>()).add(at.apply(key));
            }
          }
        };
    collect.of(KnownKeys.SITE, content.config().fields(), key -> SourcePos.startOf(siteFile));
    content.articles().forEach(a -> collect.of(KnownKeys.ARTICLE, a.fields(), a.file()::at));
    content.annotations().forEach(a -> collect.of(KnownKeys.ANNOTATION, a.fields(), a.file()::at));
    content.entities().forEach(e -> collect.of(KnownKeys.ENTITY, e.fields(), e.source()::at));
    content.editions().forEach(e -> collect.of(KnownKeys.EDITION, e.fields(), e.file()::at));
    unread.forEach(
        (key, places) ->
            diagnostics.add(
                Diagnostic.note(
                    places.stream().min(Comparator.naturalOrder()).orElseThrow(),
                    KnownKeys.unreadKeyNote(key, places.size()))));
  }

  private interface UnreadKeys {
    void of(KnownKeys known, Map<String, Object> fields, Function<String, SourcePos> at);
  }

  /** Warns about scaffolds from {@code gloss new} whose placeholder text is still there. */
  static void placeholders(SiteBuild.Rendered rendered, Diagnostics diagnostics) {
    for (Annotation a : rendered.content().annotations()) {
      if (a.body().contains(Placeholders.ANNOTATION)) {
        diagnostics.warning(
            SourcePos.of(a.file().path(), a.file().bodyLine(), 1),
            "the commentary is still the placeholder written by 'gloss new annotation'; replace it");
      }
    }
    for (Edition e : rendered.content().editions()) {
      if (e.note().contains(Placeholders.EDITION)) {
        diagnostics.warning(
            SourcePos.of(e.file().path(), e.file().bodyLine(), 1),
            "the editor's note is still the placeholder written by 'gloss new edition'; replace it");
      }
    }
    for (Entity e : rendered.content().entities()) {
      if (e.description().contains(Placeholders.ENTITY)) {
        diagnostics.warning(
            SourcePos.of(e.source().path(), e.source().bodyLine(), 1),
            "the description is still the placeholder written by 'gloss new "
                + e.kind().singular()
                + "'; replace it");
      }
    }
  }
}
