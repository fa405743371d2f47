package gloss.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A generated digest for the validators, made to hit what broke them before: the same note name on
 * many articles by one author, headings in notes (also ones the theme uses), emoji and CJK
 * extension characters before quoted passages, odd link destinations (backslashes, spaces, refused
 * and made-up schemes, CommonMark example 500), fenced code with a language, replies and bylines.
 */
final class StandardsCorpus {
  private static final String[] PEOPLE = {"Ada Lovelace", "Grace Hopper", "Alan Turing"};
  private static final String[] HANDLES = {"ada", "ghopper", "aturing", "kj"};

  private StandardsCorpus() {}

  static void write(Path dir, int articles) throws IOException {
    write(
        dir.resolve("content/site.yml"),
        "title: Corpus\nbase_url: https://example.org/corpus/\nlanguage: en\npage_size: 20\n");
    for (int p = 0; p < PEOPLE.length; p++) {
      write(
          dir.resolve("content/people/" + HANDLES[p] + ".md"),
          "---\nname: " + PEOPLE[p] + "\n---\n## Background\n\nA person.\n");
    }
    write(dir.resolve("content/places/geneva.md"), "---\nname: Geneva\n---\nA city.\n");
    write(
        dir.resolve("content/organizations/wire.md"), "---\nname: The Wire Service\n---\nNews.\n");
    LocalDate first = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < articles; i++) {
      String slug = "article-" + i;
      LocalDate date = first.plusDays(i / 3);
      String authors =
          i % 4 == 0 ? "" : "authors: [" + PEOPLE[i % PEOPLE.length] + ", Someone " + i + "]\n";
      write(
          dir.resolve("content/articles/" + slug + ".md"),
          "---\ntitle: Article "
              + i
              + "\ndate: "
              + date
              + "\nsource: The Wire Service\n"
              + (i % 2 == 0 ? "url: https://news.example/" + i + "\n" : "")
              + authors
              + "---\n"
              + "## Background\n\n"
              + "Talks 🙂 in Geneva (𠀀 "
              + i
              + ") ended; passage number "
              + i
              + " is the one quoted.\n\n"
              + "Links: [back](https://example.com/a\\b), [spaced](<https://example.com/a b/>),"
              + " [chat](irc:example.org/gloss), [dev](localhost:5001), [odd](foo\\)\\:),"
              + " [query](https://example.com/?q=ü&x=\"y\"), [made up](web+gloss:x) and"
              + " <https://example.org/auto>.\n\n"
              + "```java\nint x = "
              + i
              + ";\n```\n\n"
              + "## Reactions\n\nGrace Hopper said so in passage two of "
              + i
              + ".\n");
      String annotations = "content/annotations/" + slug + "/";
      // The same note name on every article, by the same author.
      write(
          dir.resolve(annotations + "context.md"),
          "---\nauthor: Ada Lovelace\ngithub: ada\ndate: "
              + date
              + "\nquote: \"passage number "
              + i
              + "\"\n---\n## Background\n\nSee [the heading](#background) 🙂 about Geneva.\n\n"
              + "## Commentary heading\n\nMore on Alan Turing.\n");
      write(
          dir.resolve(annotations + "second.md"),
          "---\nauthor: "
              + PEOPLE[(i + 1) % PEOPLE.length]
              + "\ngithub: "
              + HANDLES[(i + 1) % PEOPLE.length]
              + "\ndate: "
              + date.plusDays(1)
              + "\nquote: \"passage two of "
              + i
              + "\"\n---\n## Background\n\nA second view, [link](https://example.com/x\\y).\n");
      if (i % 3 == 0) {
        write(
            dir.resolve(annotations + "reply.md"),
            "---\nauthor: K J\ngithub: kj\ndate: "
                + date.plusDays(2)
                + "\nin_reply_to: context\n---\nAgreed, 𠀀.\n");
        write(
            dir.resolve(annotations + "general.md"),
            "---\nauthor: K J\ngithub: kj\ndate: "
                + date.plusDays(2)
                + "\n---\n## Summary\n\nAbout the whole article.\n");
      }
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
