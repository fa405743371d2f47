package gloss.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes sanitized article HTML as CommonMark with no raw HTML: paragraphs, headings (level 2 and
 * below, the title lives in front matter), lists, block quotes, code, GFM tables, links (absolute
 * http(s) and mailto only) and emphasis. Every other character that Markdown would read as syntax
 * is escaped, so the text reads back as written. Blocks are separated by one blank line and each
 * paragraph is one line, so the same page always gives the same bytes.
 */
final class MarkdownWriter {
  private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f\\u00a0\\u2028\\u2029]+");
  private static final Pattern LINE_START_SYNTAX =
      Pattern.compile("^(?:(\\d{1,9})([.)])(?=\\s|$)|([#>+=-])|(\\*\\s)|(~~~|```))");
  private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

  private final boolean images;

  private MarkdownWriter(boolean images) {
    this.images = images;
  }

  /** The Markdown body for {@code root}'s children, without a trailing newline. */
  static String write(Element root, boolean images) {
    List<String> blocks = new ArrayList<>();
    new MarkdownWriter(images).blocks(root, blocks);
    return String.join("\n\n", blocks);
  }

  private void blocks(Element parent, List<String> out) {
    StringBuilder loose = new StringBuilder();
    for (Node child : parent.childNodes()) {
      if (child instanceof Element el && isBlock(el)) {
        flush(loose, out);
        block(el, out);
      } else {
        inline(child, loose);
      }
    }
    flush(loose, out);
  }

  private static void flush(StringBuilder loose, List<String> out) {
    String text = finishParagraph(loose.toString());
    if (!text.isEmpty()) out.add(text);
    loose.setLength(0);
  }

  private static boolean isBlock(Element el) {
    return switch (el.normalName()) {
      case "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "figure",
          "blockquote",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "pre",
          "table",
          "hr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "caption",
          "figcaption" ->
          true;
      default -> false;
    };
  }

  private void block(Element el, List<String> out) {
    switch (el.normalName()) {
      case "p", "dt", "dd" -> {
        StringBuilder text = new StringBuilder();
        for (Node child : el.childNodes()) {
          if (child instanceof Element e && isBlock(e)) {
            flush(text, out);
            block(e, out);
          } else {
            inline(child, text);
          }
        }
        String para = finishParagraph(text.toString());
        if (!para.isEmpty()) out.add(el.is("dt") ? "**" + para + "**" : para);
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        int level = Math.max(2, el.normalName().charAt(1) - '0');
        String text = finishInline(inlineOf(el));
        if (!text.isEmpty()) out.add("#".repeat(level) + " " + text);
      }
      case "ul", "ol" -> {
        String list = list(el);
        if (!list.isEmpty()) out.add(list);
      }
      case "blockquote" -> {
        List<String> inner = new ArrayList<>();
        blocks(el, inner);
        if (!inner.isEmpty()) out.add(prefixLines(String.join("\n\n", inner), "> ", "> ", ">"));
      }
      case "pre" -> out.add(codeBlock(el.wholeText()));
      case "table" -> {
        String table = table(el);
        if (!table.isEmpty()) out.add(table);
      }
      case "hr" -> out.add("* * *");
      case "caption", "figcaption" -> {}
      default -> blocks(el, out);
    }
  }

  private String list(Element list) {
    boolean ordered = list.is("ol");
    int number =
        ordered && list.attr("start").matches("\\d{1,9}")
            ? Integer.parseInt(list.attr("start"))
            : 1;
    List<String> items = new ArrayList<>();
    for (Element li : list.children()) {
      if (!li.is("li")) continue;
      List<String> inner = new ArrayList<>();
      blocks(li, inner);
      if (inner.isEmpty()) continue;
      String marker = ordered ? (number++) + ". " : "- ";
      String indent = " ".repeat(marker.length());
      items.add(prefixLines(String.join("\n\n", inner), marker, indent, ""));
    }
    // A list whose items hold several blocks is loose: items are then separated by blank lines.
    boolean loose = items.stream().anyMatch(i -> i.contains("\n\n"));
    return String.join(loose ? "\n\n" : "\n", items);
  }

  /**
   * Prefixes the first line with {@code first}, later lines with {@code rest} (blank: {@code
   * blank}).
   */
  private static String prefixLines(String text, String first, String rest, String blank) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) out.append('\n');
      if (lines[i].isEmpty()) {
        out.append(blank);
      } else {
        out.append(i == 0 ? first : rest).append(lines[i]);
      }
    }
    return out.toString();
  }

  private static String codeBlock(String code) {
    String body = code.replaceAll("^\\n+|\\s+$", "");
    String fence = "```";
    while (body.contains(fence)) fence += "`";
    return fence + "\n" + body + "\n" + fence;
  }

  private String table(Element table) {
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") != table) continue;
      List<String> cells = new ArrayList<>();
      for (Element cell : tr.children()) {
        if (cell.is("td, th")) {
          cells.add(finishInline(inlineOf(cell)).replace("|", "\\|"));
        }
      }
      if (!cells.isEmpty()) rows.add(cells);
    }
    if (rows.isEmpty()) return "";
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = new ArrayList<>(rows.get(r));
      while (cells.size() < columns) cells.add("");
      out.append("| ").append(String.join(" | ", cells)).append(" |\n");
      if (r == 0) out.append("|").append(" --- |".repeat(columns)).append('\n');
    }
    return out.toString().stripTrailing();
  }

  // ---- inline content ------------------------------------------------------------------------

  private String inlineOf(Element el) {
    StringBuilder text = new StringBuilder();
    for (Node child : el.childNodes()) inline(child, text);
    return text.toString();
  }

  private void inline(Node node, StringBuilder out) {
    if (node instanceof TextNode t) {
      out.append(escape(SPACES.matcher(t.getWholeText()).replaceAll(" ")));
      return;
    }
    if (!(node instanceof Element el)) return;
    switch (el.normalName()) {
      case "br" -> out.append("\\\n");
      case "a" -> link(el, out);
      case "em", "i", "cite", "var" -> delimited(el, "*", out);
      case "strong", "b" -> delimited(el, "**", out);
      case "del", "s" -> delimited(el, "~~", out);
      case "code", "kbd", "samp" -> code(el.text(), out);
      case "img" -> image(el, out);
      default -> {
        if (isBlock(el)) {
          out.append(' ');
          for (Node child : el.childNodes()) inline(child, out);
          out.append(' ');
        } else {
          for (Node child : el.childNodes()) inline(child, out);
        }
      }
    }
  }

  private void link(Element a, StringBuilder out) {
    String inner = finishInline(inlineOf(a));
    String url = a.hasAttr("href") ? a.absUrl("href") : "";
    String lower = url.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://")
            || lower.startsWith("https://")
            || lower.startsWith("mailto:"))
        || inner.isEmpty()) {
      out.append(inlineOf(a));
      return;
    }
    out.append('[').append(inner).append("](").append(destination(url)).append(')');
  }

  private void image(Element img, StringBuilder out) {
    String src = img.absUrl("src");
    if (!images || ContentExtractor.httpUrl(src).isEmpty()) return;
    String alt = escape(SPACES.matcher(img.attr("alt")).replaceAll(" ").strip());
    out.append("![").append(alt).append("](").append(destination(src)).append(')');
  }

  /** A link destination that needs no angle brackets: spaces, parentheses and controls encoded. */
  private static String destination(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      switch (c) {
        case ' ' -> out.append("%20");
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '\\' -> out.append("%5C");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private void delimited(Element el, String delimiter, StringBuilder out) {
    String inner = inlineOf(el);
    String trimmed = finishInline(inner);
    if (trimmed.isEmpty()) {
      out.append(inner.isBlank() && !inner.isEmpty() ? " " : "");
      return;
    }
    // Delimiters must hug the text: move the spaces outside ("a <em> b </em>" → "a *b* ").
    if (Character.isWhitespace(inner.charAt(0))) out.append(' ');
    out.append(delimiter).append(trimmed).append(delimiter);
    if (Character.isWhitespace(inner.charAt(inner.length() - 1))) out.append(' ');
  }

  private static void code(String text, StringBuilder out) {
    String code = SPACES.matcher(text).replaceAll(" ").strip();
    if (code.isEmpty()) return;
    String ticks = "`";
    while (code.contains(ticks)) ticks += "`";
    String pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
    out.append(ticks).append(pad).append(code).append(pad).append(ticks);
  }

  /**
   * Escapes the characters CommonMark (and the tables, strikethrough extensions) read as syntax.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>~|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return ENTITY_LIKE.matcher(out).replaceAll("\\\\&");
  }

  private static String finishInline(String text) {
    return SPACES.matcher(text.replace("\\\n", " ")).replaceAll(" ").strip();
  }

  /** One paragraph: spaces collapsed, each line stripped, syntax at a line start escaped. */
  static String finishParagraph(String text) {
    String[] lines = text.split("\\\\\n", -1);
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      String l = SPACES.matcher(line).replaceAll(" ").strip();
      if (!l.isEmpty()) kept.add(escapeLineStart(l));
    }
    return String.join("\\\n", kept);
  }

  static String escapeLineStart(String line) {
    var m = LINE_START_SYNTAX.matcher(line);
    if (!m.find()) return line;
    if (m.group(1) != null) {
      return m.group(1) + "\\" + line.substring(m.group(1).length());
    }
    return "\\" + line;
  }
}
