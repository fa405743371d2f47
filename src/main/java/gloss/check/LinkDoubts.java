package gloss.check;

import gloss.diag.Diagnostics;
import gloss.link.EntityIndex;
import gloss.link.MentionRules;
import gloss.model.Annotation;
import gloss.model.Article;
import gloss.model.Content;
import gloss.model.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Warns about links decided on a close call: a name that was not linked because the words next to
 * it make it look like part of a longer name ("Harris County"), and a name that was linked although
 * a capitalised word without a page stands right next to it. Each warning says how to settle it
 * with the per-mention syntax, so an editor can fix the case without changing the rules. The rules
 * are those of the build ({@link MentionRules}), run on the Markdown source with its markup blanked
 * out, so that positions are the source's.
 */
final class LinkDoubts {
  private LinkDoubts() {}

  static void report(Content content, Diagnostics diagnostics) {
    EntityIndex index =
        EntityIndex.of(content.entities(), content.config().ignoreNames(), new Diagnostics());
    MentionRules rules = new MentionRules(content.config().titles());
    Map<String, Article> articles = new HashMap<>();
    for (Article a : content.articles()) {
      articles.put(a.slug(), a);
      check(a.body(), a.file(), a.noLink(), index, rules, diagnostics);
    }
    for (Annotation n : content.annotations()) {
      Article on = articles.get(n.articleSlug());
      check(n.body(), n.file(), on == null ? List.of() : on.noLink(), index, rules, diagnostics);
    }
  }

  private static void check(
      String markdown,
      SourceFile file,
      List<String> noLink,
      EntityIndex index,
      MentionRules rules,
      Diagnostics diagnostics) {
    String mask = MarkdownMask.of(markdown);
    List<EntityIndex.Match> matches = index.find(mask);
    List<EntityIndex.Match> hidden = EntityIndex.ignoring(noLink).spans(mask);
    for (int i = 0; i < matches.size(); i++) {
      EntityIndex.Match m = matches.get(i);
      if (hidden.stream().anyMatch(h -> h.start() <= m.start() && h.end() >= m.end())) {
        continue;
      }
      MentionRules.Verdict verdict = rules.judge(mask, matches, i);
      if (verdict.doubt().isEmpty()) {
        continue;
      }
      String written = markdown.substring(m.start(), m.end());
      String slug = m.entity().slug();
      String message =
          verdict.mention()
              ? "'"
                  + written
                  + "' is linked to "
                  + m.entity().name()
                  + " on a close call: it "
                  + verdict.doubt()
                  + "; if it means something else, write ["
                  + written
                  + "](@-)"
              : "'"
                  + written
                  + "' is not linked to "
                  + m.entity().name()
                  + ": it "
                  + verdict.doubt()
                  + "; if it does mean "
                  + m.entity().name()
                  + ", write ["
                  + written
                  + "](@"
                  + slug
                  + "), or list the longer name under ignore_names in site.yml to silence this";
      diagnostics.add(
          gloss.diag.Diagnostic.warning(file.bodyOffset(markdown, m.start()), message)
              .withDetail(List.of(lineAt(markdown, m.start()))));
    }
  }

  private static String lineAt(String markdown, int offset) {
    int from = markdown.lastIndexOf('\n', offset - 1) + 1;
    int to = markdown.indexOf('\n', offset);
    return markdown.substring(from, to < 0 ? markdown.length() : to).strip();
  }
}
