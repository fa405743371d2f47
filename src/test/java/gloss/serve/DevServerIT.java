package gloss.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gloss.SiteBuild;
import gloss.TestSite;
import gloss.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gloss serve} over HTTP: what a browser, a crawler or an attacker gets back. */
class DevServerIT {
  static final String SITE =
      """
      -- content/people/ada-lovelace.md --
      ---
      name: Ada Lovelace
      aliases: [Ada]
      ---
      Mathematician.
      -- content/articles/engine.md --
      ---
      title: The Analytical Engine
      date: 2024-01-02
      ---
      Ada Lovelace wrote about the engine.
      -- content/articles/quiet.md --
      ---
      title: A Quiet Article
      date: 2024-03-04
      ---
      Nothing to see here.
      -- content/annotations/engine/2024-01-05-kim-first.md --
      ---
      author: Kim Lee
      date: 2024-01-05
      ---
      The first version of this note.
      """;

  static final String ANNOTATION = "content/annotations/engine/2024-01-05-kim-first.md";

  @TempDir Path dir;
  ServedSite site;

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  private ServedSite serve(String basePath) throws IOException {
    site = ServedSite.serve(dir, SITE, basePath, false);
    return site;
  }

  @Test
  void servesPagesWithTheirContentTypes() throws IOException {
    serve("/");
    assertThat(contentType("/")).isEqualTo("text/html; charset=utf-8");
    assertThat(contentType("/articles/engine/")).isEqualTo("text/html; charset=utf-8");
    assertThat(contentType("/articles/engine/index.html")).isEqualTo("text/html; charset=utf-8");
    assertThat(contentType("/assets/gloss.css")).isEqualTo("text/css; charset=utf-8");
    assertThat(contentType("/assets/gloss.js")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(contentType("/feed.xml")).isEqualTo("application/xml; charset=utf-8");
    assertThat(contentType("/sitemap.xml")).isEqualTo("application/xml; charset=utf-8");
    assertThat(contentType("/__gloss/livereload.js")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(site.get("/articles/engine/").body()).contains("wrote about the engine.");
  }

  private String contentType(String path) {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.headers().firstValue("Content-Type").orElseThrow();
  }

  @Test
  void missingPageGetsTheSites404PageWithStatus404() throws IOException {
    serve("/");
    HttpResponse<String> r = site.get("/articles/nope/");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("h1").text()).isEqualTo("Page not found");
    assertThat(page.select("script[src=/__gloss/livereload.js]")).hasSize(1);
  }

  @Test
  void folderWithoutSlashRedirectsToItsSlashForm() throws IOException {
    serve("/");
    HttpResponse<String> r = site.get("/articles/engine?x=1");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).contains("/articles/engine/?x=1");
  }

  @Test
  void answersConditionalRequestsWith304() throws IOException {
    serve("/");
    HttpResponse<String> first = site.get("/articles/engine/");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{24}\"");

    HttpResponse<String> again = site.get("/articles/engine/", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).contains(etag);

    assertThat(site.get("/articles/engine/", "If-None-Match", "W/" + etag).statusCode())
        .isEqualTo(304);
    assertThat(site.get("/articles/engine/", "If-None-Match", "\"other\"").statusCode())
        .isEqualTo(200);
    assertThat(site.get("/articles/engine/", "If-Modified-Since", lastModified).statusCode())
        .isEqualTo(304);
    assertThat(
            site.get("/articles/engine/", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void headSendsTheHeadersOfGetWithoutTheBody() throws IOException {
    serve("/");
    HttpResponse<String> get = site.get("/articles/engine/");
    HttpResponse<String> head = site.send("HEAD", "/articles/engine/");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length"))
        .contains(
            String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    assertThat(site.send("HEAD", "/nope").statusCode()).isEqualTo(404);
    assertThat(site.send("POST", "/").statusCode()).isEqualTo(405);
  }

  @Test
  void basePathServesTheSiteUnderItAsGitHubPagesDoes() throws IOException {
    serve("/digest/");
    assertThat(site.get("/digest/").statusCode()).isEqualTo(200);
    assertThat(site.get("/digest/articles/engine/").body()).contains("wrote about the engine.");
    HttpResponse<String> bare = site.get("/digest");
    assertThat(bare.statusCode()).isEqualTo(301);
    assertThat(bare.headers().firstValue("Location")).contains("/digest/");
    HttpResponse<String> root = site.get("/");
    assertThat(root.statusCode()).isEqualTo(301);
    assertThat(root.headers().firstValue("Location")).contains("/digest/");
    assertThat(site.get("/articles/engine/").statusCode()).isEqualTo(404);
    assertThat(site.get("/digestive/").statusCode()).isEqualTo(404);

    Document missing = Jsoup.parse(site.get("/digest/nope/").body());
    assertThat(missing.select("script[src=/digest/__gloss/livereload.js]")).hasSize(1);
    // The 404 page is served at any depth, so its links start from the base path.
    assertThat(missing.select("a.site-title").attr("href")).isEqualTo("/digest/index.html");
    assertThat(site.get("/digest/__gloss/livereload.js").statusCode()).isEqualTo(200);
  }

  @Test
  void requestsThatTryToLeaveTheSiteGet404() throws IOException {
    serve("/digest/");
    Files.writeString(dir.resolve("secret.txt"), "secret");
    for (String path :
        List.of(
            "/digest/%2e%2e/secret.txt",
            "/digest/%2E%2E/%2E%2E/etc/passwd",
            "/digest/..%2fsecret.txt",
            "/digest/articles%2fengine/",
            "/digest/%252e%252e/secret.txt",
            "/digest/%252e%252e%252fsecret.txt",
            "/digest/articles/%2e%2e/%2e%2e/secret.txt",
            "/digest/.%2e/secret.txt",
            "/digest//etc/passwd",
            "//etc/passwd",
            "/digest/%5c..%5csecret.txt",
            "/digest/articles/engine/%00",
            "/digest/%c0%ae%c0%ae/secret.txt")) {
      HttpResponse<String> r = site.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).doesNotContain("secret");
    }
    for (String raw :
        List.of(
            "/digest/../secret.txt",
            "/digest/../../../../etc/passwd",
            "/../secret.txt",
            "/digest/articles/../../secret.txt",
            "/digest/..\\secret.txt",
            "/digest/articles/./engine/")) {
      assertThat(site.rawStatusLine(raw)).as(raw).startsWith("HTTP/1.1 404");
    }
  }

  @Test
  void reloadScriptIsAddedWhenServingButNeverBuilt() throws IOException {
    serve("/");
    String served = site.get("/articles/engine/").body();
    assertThat(served).contains("<script src=\"/__gloss/livereload.js\" defer></script>\n</body>");
    assertThat(Jsoup.parse(served).select("script[src=/__gloss/livereload.js]")).hasSize(1);

    var result = SiteBuild.build(TestSite.layout(dir));
    assertThat(result.published()).isTrue();
    try (Stream<Path> files = Files.walk(dir.resolve("site-output"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain("__gloss");
      }
    }
  }

  @Test
  void editingAFileSendsAReloadEventAndServesTheNewPage() throws IOException {
    serve("/");
    try (ServedSite.EventStream events = site.events("/__gloss/events")) {
      assertThat(events.next("hello")).contains("server");
      site.write(ANNOTATION, site.read(ANNOTATION).replace("first version", "second version"));
      String reload = events.next("reload");
      assertThat(reload).contains("\"/articles/engine/\"").contains("\"navigate\":null");
      assertThat(site.get("/articles/engine/").body()).contains("The second version of this note.");
    }
  }

  @Test
  void brokenYamlSendsTheDiagnosticsAndKeepsTheLastGoodSite() throws IOException {
    serve("/");
    String good = site.read(ANNOTATION);
    try (ServedSite.EventStream events = site.events("/__gloss/events")) {
      events.next("hello");
      site.write(ANNOTATION, good.replace("author: Kim Lee", "author: [Kim Lee"));
      String errors = events.next("errors");
      assertThat(errors).contains("\"file\":\"" + ANNOTATION + "\"").contains("\"line\":2");
      assertThat(site.get("/articles/engine/").body()).contains("The first version of this note.");
      assertThat(site.reported.get(site.reported.size() - 1))
          .anyMatch(
              d -> d.format().startsWith(ANNOTATION + ":2:9: error: this '[' is never closed"));

      // A page opened now learns about the errors as soon as it connects.
      try (ServedSite.EventStream late = site.events("/__gloss/events")) {
        assertThat(late.next("errors")).contains(ANNOTATION);
      }

      site.write(ANNOTATION, good.replace("first version", "fixed version"));
      events.next("ok");
      events.next("reload");
      assertThat(site.get("/articles/engine/").body()).contains("The fixed version of this note.");
    }
  }

  @Test
  void failedFirstBuildServesAnErrorPageUntilFixed() throws IOException {
    TestSite.write(dir, SITE);
    String good = Files.readString(dir.resolve(ANNOTATION));
    Files.writeString(dir.resolve(ANNOTATION), good.replace("author: Kim Lee", "author: [Kim Lee"));
    site = ServedSite.serve(dir, "", "/", false);
    HttpResponse<String> r = site.get("/articles/engine/");
    assertThat(r.statusCode()).isEqualTo(500);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("ul.diagnostics li").eachText())
        .anyMatch(t -> t.startsWith(ANNOTATION + ":2:9: error: this '[' is never closed"));
    assertThat(page.select("script[src=/__gloss/livereload.js]")).hasSize(1);

    site.write(ANNOTATION, good);
    site.awaitBuilds(2);
    assertThat(site.get("/articles/engine/").statusCode()).isEqualTo(200);
  }

  @Test
  void navigateSendsPagesToWhatTheEditedFileRenders() throws IOException {
    site = ServedSite.serve(dir, SITE, "/digest/", true);
    try (ServedSite.EventStream events = site.events("/digest/__gloss/events")) {
      events.next("hello");
      site.write(ANNOTATION, site.read(ANNOTATION).replace("first version", "second version"));
      assertThat(events.next("reload")).contains("\"navigate\":\"/digest/articles/engine/\"");
      String entity = "content/people/ada-lovelace.md";
      site.write(entity, site.read(entity).replace("Mathematician.", "Mathematician and writer."));
      assertThat(events.next("reload")).contains("\"navigate\":\"/digest/people/ada-lovelace/\"");
      site.write(
          "content/articles/quiet.md",
          site.read("content/articles/quiet.md").replace("Nothing", "Little"));
      assertThat(events.next("reload")).contains("\"navigate\":\"/digest/articles/quiet/\"");
    }
  }

  @Test
  void newFoldersAndDeletedFilesAreWatched() throws IOException {
    serve("/");
    try (ServedSite.EventStream events = site.events("/__gloss/events")) {
      events.next("hello");
      site.write(
          "content/annotations/quiet/2024-03-05-ann-new.md",
          "---\nauthor: Ann New\ndate: 2024-03-05\n---\nA note in a new folder.\n");
      events.next("reload");
      assertThat(site.get("/articles/quiet/").body()).contains("A note in a new folder.");
      Files.delete(dir.resolve("content/articles/quiet.md"));
      Files.delete(dir.resolve("content/annotations/quiet/2024-03-05-ann-new.md"));
      events.next("reload");
      assertThat(site.get("/articles/quiet/").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void saveByRenameIsSeen() throws IOException {
    serve("/");
    try (ServedSite.EventStream events = site.events("/__gloss/events")) {
      events.next("hello");
      Path target = dir.resolve(ANNOTATION);
      Path temp = target.resolveSibling(".kim-first.md.swp");
      Files.writeString(temp, site.read(ANNOTATION).replace("first version", "renamed version"));
      Files.move(
          temp,
          target,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      events.next("reload");
      assertThat(site.get("/articles/engine/").body())
          .contains("The renamed version of this note.");
    }
  }

  @Test
  void portInUseIsAOneLineErrorSuggestingPort() throws IOException {
    serve("/");
    assertThatThrownBy(
            () ->
                DevServer.start(
                    TestSite.layout(dir),
                    new DevServer.Options("127.0.0.1", site.server.port(), "/", false, 50),
                    null))
        .isInstanceOf(DevServer.PortUnavailableException.class)
        .hasMessageContaining("--port");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "serve",
              "--port",
              String.valueOf(site.server.port()),
              "--content",
              dir.resolve("content").toString()
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines().toList())
        .singleElement()
        .asString()
        .startsWith("gloss: port " + site.server.port())
        .contains("--port");
  }

  @Test
  void servingWritesNoFiles() throws IOException {
    serve("/");
    site.write(ANNOTATION, site.read(ANNOTATION).replace("first version", "second version"));
    site.awaitBuilds(2);
    site.close();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content");
    }
  }
}
