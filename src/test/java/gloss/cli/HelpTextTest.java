package gloss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --help} is text a reader copies from: wrapped at spaces, listing only what works. */
class HelpTextTest {
  static String help(String... command) {
    StringWriter out = new StringWriter();
    String[] args = new String[command.length + 1];
    System.arraycopy(command, 0, args, 0, command.length);
    args[command.length] = "--help";
    Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    return out.toString();
  }

  static final List<String[]> COMMANDS =
      List.of(
          new String[] {},
          new String[] {"build"},
          new String[] {"serve"},
          new String[] {"check"},
          new String[] {"new", "annotation"},
          new String[] {"new", "person"},
          new String[] {"import"});

  @Test
  void neverWrapsInsideAUrlAPathOrACodeWord() {
    for (String[] command : COMMANDS) {
      String help = help(command);
      assertThat(help.lines())
          .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
      assertThat(help)
          .doesNotContain("https: //", "site. yml", "github. io")
          .doesNotContainPattern("[a-z]\\. [a-z]+/");
    }
    assertThat(help("build"))
        .contains("https://user.github.io/digest/;", "base_url in\n", "site.yml and is checked");
  }

  @Test
  void continuationLinesStayInTheirColumn() {
    assertThat(help("build"))
        .contains(
            "Usage: gloss build [-hV] [--allow-empty] [--debug] [--force] [--base-url=URL]\n"
                + "                   [--content=DIR] [--output=DIR] [--templates=DIR]\n",
            "      --base-url=URL    Absolute http(s) URL the site is published at, e.g.\n"
                + "                        https://user.github.io/digest/; overrides base_url in\n");
  }

  @Test
  void aWordLongerThanTheLineIsKeptWhole() {
    String url = "https://example.org/" + "a".repeat(90);
    assertThat(HelpWrapping.wrapLine("      --x=URL   see " + url + " for more", 80, 0))
        .containsExactly(
            "      --x=URL   see", "                " + url, "                for more");
  }

  @Test
  void optionsThatDoNothingForACommandAreNotOffered() {
    assertThat(help("build")).contains("--output=DIR", "--base-url=URL");
    assertThat(help("check")).doesNotContain("--output").contains("--base-url=URL");
    assertThat(help("serve")).doesNotContain("--output").contains("--base-url=URL");
    assertThat(help("new", "annotation")).doesNotContain("--output", "--base-url");
    assertThat(help("new", "person")).doesNotContain("--output", "--base-url");
  }
}
