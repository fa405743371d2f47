package gloss.conformance;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker ({@code nu.validator:validator}), run in-process as its command-line
 * client runs it: the HTML5 schema, the assertions and the other checkers. It loads in a class
 * loader of its own, holding the test class path without Gloss's Jetty 12 (and without
 * org.relaxng's Jing, which its own Jing fork must not meet) plus the Jetty 9 jars its language
 * detector needs (copied to {@code target/nu-validator-jetty} by the build); only JDK types ({@link
 * ErrorHandler}, {@link InputSource}) cross between the two.
 */
public final class NuHtmlChecker {
  /** What the checker said about one page. */
  public record Message(String severity, String page, int line, int column, String text) {
    @Override
    public String toString() {
      return page + ":" + line + ":" + column + ": " + severity + ": " + text;
    }
  }

  private final Object validator;
  private final Method check;
  private final Collector collector = new Collector();

  public NuHtmlChecker() throws Exception {
    ClassLoader loader = isolatedLoader();
    Class<?> type = loader.loadClass("nu.validator.validation.SimpleDocumentValidator");
    Constructor<?> create = type.getConstructor(boolean.class, boolean.class, boolean.class);
    // From the local schema cache; typographic quotes in messages; no language detection: it
    // guesses a page's language from its words, which says nothing about the markup, and it costs
    // most of the checking time.
    validator = create.newInstance(true, false, false);
    type.getMethod("setUpMainSchema", String.class, ErrorHandler.class)
        .invoke(validator, "http://s.validator.nu/html5-all.rnc", collector);
    type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
        .invoke(validator, collector, false, false);
    check = type.getMethod("checkHtmlInputSource", InputSource.class);
  }

  /** Everything the checker reports on one page: errors, warnings and info. */
  public synchronized List<Message> check(String page, byte[] html) throws Exception {
    collector.start(page);
    InputSource source = new InputSource(new ByteArrayInputStream(html));
    source.setSystemId(page);
    source.setEncoding("UTF-8");
    check.invoke(validator, source);
    return collector.messages;
  }

  private static ClassLoader isolatedLoader() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      // Not Gloss's Jetty 12, nor the Jing that the feed tests use: the checker brings its own
      // fork of Jing, with the same class names.
      if (!entry.contains("/org/eclipse/jetty/") && !entry.contains("/org/relaxng/")) {
        urls.add(url(Path.of(entry)));
      }
    }
    Path jetty9 = Path.of("target", "nu-validator-jetty");
    try (Stream<Path> jars = Files.list(jetty9)) {
      for (Path jar : jars.sorted().toList()) {
        urls.add(url(jar));
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static URL url(Path path) throws MalformedURLException {
    return path.toAbsolutePath().toUri().toURL();
  }

  private static final class Collector implements ErrorHandler {
    private String page = "";
    private List<Message> messages = new ArrayList<>();

    void start(String page) {
      this.page = page;
      this.messages = new ArrayList<>();
    }

    private void add(String severity, SAXParseException e) {
      messages.add(
          new Message(severity, page, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    }

    @Override
    public void warning(SAXParseException e) {
      add("warning", e);
    }

    @Override
    public void error(SAXParseException e) {
      add("error", e);
    }

    @Override
    public void fatalError(SAXParseException e) {
      add("error", e);
    }
  }
}
