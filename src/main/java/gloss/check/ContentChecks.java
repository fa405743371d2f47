package gloss.check;

import gloss.SiteBuild;
import gloss.diag.Diagnostics;
import gloss.diag.SourcePos;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.Edition;
import gloss.model.Entity;
import gloss.model.Placeholders;
import java.util.HashSet;
import java.util.Set;

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
