package gloss.check;

import gloss.Reuse;
import gloss.SiteBuild;
import gloss.SiteLayout;
import gloss.diag.Diagnostics;
import gloss.model.ContentLayout;
import java.io.IOException;

/**
 * {@code gloss check}: runs the whole build in memory (the output folder is never touched), keeps
 * every diagnostic of the build, adds the editor's checks (entities never mentioned, names that
 * look like entities without a page, unfinished scaffolds), and checks the built pages (well-formed
 * HTML, internal links and fragments that resolve).
 */
public final class SiteCheck {
  private SiteCheck() {}

  public static CheckReport run(SiteLayout layout) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    MemorySite site = new MemorySite();
    SiteBuild.Rendered rendered = SiteBuild.render(layout, Reuse.NONE, site, diagnostics);
    ContentChecks.unmentioned(rendered, diagnostics);
    ContentChecks.placeholders(rendered, diagnostics);
    ContentChecks.unreadKeys(
        rendered.content(),
        layout.display(layout.content().resolve(ContentLayout.SITE_FILE)),
        diagnostics);
    NameSuggester.suggest(rendered.content(), diagnostics);
    LinkDoubts.report(rendered.content(), diagnostics);
    int pages = 0;
    // A broken template leaves pages unwritten, and every link to them would be reported too.
    boolean templateErrors =
        diagnostics.sorted().stream()
            .anyMatch(
                d ->
                    d.isError()
                        && (d.pos().file().endsWith(".ftlh") || d.pos().file().endsWith(".ftlx")));
    if (rendered.files() > 0 && !templateErrors) {
      pages =
          new PageChecks(rendered.content().config(), layout.display(layout.output()), site.files())
              .check(diagnostics);
    }
    return new CheckReport(diagnostics.sorted(), pages, rendered.content());
  }
}
