package gloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The GitHub workflows publish the site and check pull requests as documented. */
class WorkflowFilesTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> workflow(String name) throws IOException {
    try (Reader in = Files.newBufferedReader(Path.of(".github/workflows", name))) {
      return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
  }

  /** YAML 1.1 reads the key {@code on} as the boolean true. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> triggers(Map<String, Object> workflow) {
    Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE);
    return (Map<String, Object>) on;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
    return (List<Map<String, Object>>) map(map(workflow.get("jobs")).get(job)).get("steps");
  }

  private static List<String> uses(List<Map<String, Object>> steps) {
    List<String> uses = new ArrayList<>();
    steps.forEach(
        s -> {
          if (s.get("uses") != null) uses.add((String) s.get("uses"));
        });
    return uses;
  }

  private static List<String> runs(List<Map<String, Object>> steps) {
    List<String> runs = new ArrayList<>();
    steps.forEach(
        s -> {
          if (s.get("run") != null) runs.add(((String) s.get("run")).strip());
        });
    return runs;
  }

  @Test
  void pagesWorkflowBuildsWithTheConfiguredBaseUrlAndDeploys() throws IOException {
    Map<String, Object> pages = workflow("pages.yml");
    Map<String, Object> on = triggers(pages);
    assertThat(map(on.get("push")).get("branches")).isEqualTo(List.of("main"));
    assertThat(on).containsKey("workflow_dispatch");
    assertThat(pages.get("permissions")).isEqualTo(Map.of("contents", "read"));
    Map<String, Object> jobs = map(pages.get("jobs"));
    assertThat(map(jobs.get("build")).get("permissions"))
        .isEqualTo(Map.of("contents", "read", "pages", "read"));
    assertThat(map(jobs.get("deploy")).get("permissions"))
        .as("only the deploy job writes to Pages")
        .isEqualTo(Map.of("pages", "write", "id-token", "write"));
    assertThat(pages.get("concurrency"))
        .isEqualTo(Map.of("group", "pages", "cancel-in-progress", false));

    List<Map<String, Object>> build = steps(pages, "build");
    assertThat(uses(build))
        .containsExactly(
            "actions/checkout@v6",
            "actions/setup-java@v5",
            "actions/configure-pages@v6",
            "actions/upload-pages-artifact@v5");
    Map<String, Object> java = map(build.get(1).get("with"));
    assertThat(java)
        .containsEntry("distribution", "temurin")
        .containsEntry("java-version", "17")
        .containsEntry("cache", "maven");
    assertThat(build.get(2)).containsEntry("id", "pages");
    assertThat(runs(build))
        .containsExactly("./gloss build --base-url \"${{ steps.pages.outputs.base_url }}/\"");
    assertThat(map(build.get(4).get("with")))
        .containsEntry("path", "site-output/")
        .containsEntry("include-hidden-files", true);

    Map<String, Object> deploy = map(map(pages.get("jobs")).get("deploy"));
    assertThat(deploy.get("needs")).isEqualTo("build");
    assertThat(map(deploy.get("environment"))).containsEntry("name", "github-pages");
    assertThat(uses(steps(pages, "deploy"))).containsExactly("actions/deploy-pages@v5");
  }

  @Test
  void dependabotKeepsActionsAndMavenVersionsCurrent() throws IOException {
    Map<String, Object> dependabot;
    try (Reader in = Files.newBufferedReader(Path.of(".github/dependabot.yml"))) {
      dependabot = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
    }
    assertThat(dependabot.get("version")).isEqualTo(2);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> updates = (List<Map<String, Object>>) dependabot.get("updates");
    assertThat(updates.stream().map(u -> u.get("package-ecosystem")))
        .containsExactly("github-actions", "maven");
    assertThat(updates).allSatisfy(u -> assertThat(u.get("directory")).isEqualTo("/"));
  }

  @Test
  void checkWorkflowChecksContentAndTestsCode() throws IOException {
    Map<String, Object> check = workflow("check.yml");
    assertThat(map(triggers(check).get("pull_request")).get("paths"))
        .asList()
        .contains("content/**", "templates/**", "src/**", "pom.xml");
    assertThat(check.get("permissions")).isEqualTo(Map.of("contents", "read"));
    Map<String, Object> jobs = map(check.get("jobs"));
    assertThat(map(jobs.get("content")).get("if"))
        .isEqualTo("needs.changes.outputs.content == 'true'");
    assertThat(runs(steps(check, "content")))
        .containsExactly("./gloss check --format github --strict --base \"origin/$BASE_REF\"");
    assertThat(map(steps(check, "content").get(2).get("env")))
        .containsEntry("BASE_REF", "${{ github.base_ref }}");
    assertThat(map(steps(check, "content").get(0).get("with"))).containsEntry("fetch-depth", 0);
    assertThat(map(jobs.get("tests")).get("if")).isEqualTo("needs.changes.outputs.code == 'true'");
    assertThat(map(jobs.get("tests")).get("container")).isEqualTo("debian:bookworm");
    assertThat(runs(steps(check, "tests"))).last().isEqualTo("mvn -B verify");
    assertThat(runs(steps(check, "tests")).get(0)).contains("chromium chromium-driver");
    assertThat(map(steps(check, "tests").get(3).get("env")))
        .containsEntry("GLOSS_REQUIRE_BROWSER", "1");
    assertThat(uses(steps(check, "tests")))
        .containsExactly("actions/checkout@v6", "actions/setup-java@v5");
    String filter = runs(steps(check, "changes")).get(0);
    assertThat(filter).contains("origin/$BASE_REF...HEAD");
    assertThat(filter).contains("'^(content|templates)/'", "content=true", "code=true");
  }
}
