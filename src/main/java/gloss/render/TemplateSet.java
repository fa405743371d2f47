package gloss.render;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import gloss.diag.InputFiles;
import gloss.diag.Reported;
import gloss.diag.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The theme's Freemarker templates, configured once: HTML auto-escaping ({@code .ftlh}), XML
 * escaping ({@code .ftlx}), no class instantiation or API access, a fixed locale and zone so output
 * never depends on the machine, and errors that become diagnostics with the template's file and
 * line.
 */
public final class TemplateSet {
  private static final Pattern TEMPLATE_NAME = Pattern.compile(".*\\.ftl[hx]?");

  private final Configuration config;
  private final String displayDir;
  private final TemplateFingerprints fingerprints;

  /** Files of the theme that were refused when it was read, reported with every page. */
  private final List<Diagnostic> refused;

  private TemplateSet(
      Configuration config,
      String displayDir,
      TemplateFingerprints fingerprints,
      List<Diagnostic> refused) {
    this.config = config;
    this.displayDir = displayDir;
    this.fingerprints = fingerprints;
    this.refused = refused;
  }

  /**
   * @param displayDir the templates folder as shown in diagnostics, e.g. {@code templates}
   */
  public static TemplateSet load(Path dir, String displayDir, String language) throws IOException {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    Diagnostics problems = new Diagnostics();
    Map<String, String> sources = readTemplates(dir, displayDir, problems);
    StringTemplateLoader loader = new StringTemplateLoader();
    sources.forEach(loader::putTemplate);
    config.setTemplateLoader(loader);
    config.setLocalizedLookup(false);
    config.setDefaultEncoding("UTF-8");
    config.setOutputEncoding("UTF-8");
    config.setLocale(Locale.forLanguageTag(language.isBlank() ? "en" : language));
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
    config.setObjectWrapper(new ViewWrapper());
    config.setNumberFormat("computer");
    config.setBooleanFormat("c");
    config.setRecognizeStandardFileExtensions(true);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    // Templates may come from a pull request too: they must not reach Java.
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setCacheStorage(new freemarker.cache.StrongCacheStorage());
    config.setTemplateUpdateDelayMilliseconds(0);
    return new TemplateSet(config, displayDir, TemplateFingerprints.of(sources), problems.sorted());
  }

  /**
   * The text of every template, read once with the rules of content files ({@link InputFiles}): a
   * file that is no regular file, links outside the folder or is too large is reported and left
   * out. Theme assets are checked by the same rule here, so that they are reported too.
   */
  private static Map<String, String> readTemplates(
      Path dir, String displayDir, Diagnostics problems) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Path realDir = dir.toRealPath();
    for (Path file : files) {
      String name = dir.relativize(file).toString().replace('\\', '/');
      String display = displayDir + "/" + name;
      if (Files.isDirectory(file) && file.toRealPath().startsWith(realDir)) {
        continue; // a link to a folder of the theme, not followed
      }
      if (!TEMPLATE_NAME.matcher(name).matches()) {
        InputFiles.refusal(file, dir, "templates")
            .ifPresent(why -> problems.error(SourcePos.startOf(display), why));
        continue;
      }
      InputFiles.read(file, dir, "templates", display, problems)
          .ifPresent(bytes -> sources.put(name, new String(bytes, StandardCharsets.UTF_8)));
    }
    return sources;
  }

  /** A hash of the template and of every template it uses: equal hashes render alike. */
  public String fingerprint(String name) {
    return fingerprints.of(name);
  }

  /** Whether the theme has a template of this name (for optional kind-specific templates). */
  public boolean has(String name) {
    return fingerprints.contains(name);
  }

  /** Renders a page as UTF-8; a template error is reported instead, with its file and line. */
  public Reported<Optional<byte[]>> render(PageJob job) {
    return Reported.of(d -> render(job.template(), job.model(), d));
  }

  private Optional<byte[]> render(String name, Map<String, Object> model, Diagnostics diagnostics) {
    if (!refused.isEmpty()) {
      refused.forEach(diagnostics::add);
      return Optional.empty();
    }
    try {
      Template template = config.getTemplate(name);
      PageText out = new PageText();
      template.process(model, out);
      return Optional.of(out.utf8());
    } catch (TemplateNotFoundException e) {
      diagnostics.error(
          SourcePos.startOf(displayDir + "/" + name), "template is missing from the theme");
    } catch (ParseException e) {
      syntaxError(e, name, diagnostics);
    } catch (TemplateException e) {
      if (e.getCause() instanceof ParseException imported) {
        // A broken template that this one imports (layout.ftlh): the fault is there.
        syntaxError(imported, name, diagnostics);
        return Optional.empty();
      }
      String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
      Integer line = e.getLineNumber();
      Integer column = e.getColumnNumber();
      diagnostics.error(
          SourcePos.of(
              displayDir + "/" + source,
              line == null ? 1 : Math.max(1, line),
              column == null ? 1 : Math.max(1, column)),
          "template error while rendering " + name + ": " + oneLine(e.getMessageWithoutStackTop()));
    } catch (IOException e) {
      diagnostics.error(
          SourcePos.startOf(displayDir + "/" + name), "cannot read template: " + e.getMessage());
    }
    return Optional.empty();
  }

  private void syntaxError(ParseException e, String name, Diagnostics diagnostics) {
    diagnostics.error(
        SourcePos.of(
            displayDir + "/" + (e.getTemplateName() != null ? e.getTemplateName() : name),
            Math.max(1, e.getLineNumber()),
            Math.max(1, e.getColumnNumber())),
        "template syntax error: " + oneLine(e.getEditorMessage()));
  }

  /**
   * Freemarker's message on one line: its first paragraph, where the failing expression ({@code ==>
   * page.nope [in template …]}) and expected tokens follow a line ending in a colon; the tips after
   * it are left out.
   */
  private static String oneLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    StringBuilder out = new StringBuilder();
    for (String line : message.strip().lines().toList()) {
      String part = line.strip();
      if (part.isEmpty() || part.startsWith("----")) {
        break;
      }
      if (part.startsWith("==>")) {
        part = part.substring(3).replaceFirst("\\s*\\[in template [^\\]]*\\]$", "").strip();
      }
      if (out.length() > 0) {
        out.append(line.startsWith(" ") && !out.toString().endsWith(":") ? ", " : " ");
      }
      out.append(part);
    }
    return out.toString().replaceAll("\\s+", " ");
  }

  /**
   * Where a page is rendered: characters in an array sized for a typical page, encoded once at the
   * end. {@link java.io.StringWriter} synchronises every one of Freemarker's many small writes, and
   * a {@link StringBuilder} would be copied out again before encoding.
   */
  private static final class PageText extends Writer {
    private char[] chars = new char[32 * 1024];
    private int length;

    private void reserve(int more) {
      if (length + more > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
      }
    }

    @Override
    public void write(char[] source, int offset, int count) {
      reserve(count);
      System.arraycopy(source, offset, chars, length, count);
      length += count;
    }

    @Override
    public void write(String s, int offset, int count) {
      reserve(count);
      s.getChars(offset, offset + count, chars, length);
      length += count;
    }

    @Override
    public void write(String s) {
      write(s, 0, s.length());
    }

    @Override
    public void write(int c) {
      reserve(1);
      chars[length++] = (char) c;
    }

    @Override
    public Writer append(CharSequence s) {
      write(String.valueOf(s));
      return this;
    }

    /** The page as published: UTF-8, without forbidden code points ({@link PublishableText}). */
    byte[] utf8() {
      return PublishableText.utf8(chars, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
