package gloss.serve;

import gloss.diag.Diagnostic;
import java.util.List;

/**
 * The page served in place of every page while there is no good build yet: "building" during the
 * first build, or the first build's diagnostics when it failed (as Hugo's server does). It carries
 * the live-reload script, so it turns into the site as soon as a build succeeds.
 */
final class StatusPage {
  private StatusPage() {}

  static String building(String scriptTag) {
    return page(
        "Building…",
        "<p>Gloss is building the site; this page reloads when it is ready.</p>",
        scriptTag);
  }

  static String failed(List<Diagnostic> diagnostics, String scriptTag) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    StringBuilder body = new StringBuilder();
    body.append("<p>The build failed with ")
        .append(errors)
        .append(errors == 1 ? " error" : " errors")
        .append(
            ". Fix the files below; this page reloads when the site builds.</p>\n<ul class=\"diagnostics\">\n");
    for (Diagnostic d : diagnostics) {
      body.append("<li class=\"")
          .append(d.severity().label())
          .append("\">")
          .append(escape(d.format()))
          .append("</li>\n");
    }
    body.append("</ul>\n");
    return page("Build failed", body.toString(), scriptTag);
  }

  private static String page(String title, String body, String scriptTag) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title)
        + " · gloss serve</title>\n"
        + "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
        + ".diagnostics{list-style:none;padding:0;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace}"
        + ".diagnostics li{white-space:pre-wrap;margin:.3em 0}.error{color:#b3141b}.warning{color:#8a6100}</style>\n"
        + "</head>\n<body>\n<h1>"
        + escape(title)
        + "</h1>\n"
        + body
        + scriptTag
        + "\n</body>\n</html>\n";
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
