package gloss;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * RFC 4287's RELAX NG schema of Atom (src/test/resources/gloss/atom/atom.rnc, vendored), run by
 * Jing in-process: {@link #problems} lists what a feed breaks, each with its line.
 */
final class AtomSchema {
  private AtomSchema() {}

  /** The schema's complaints about a feed file, as {@code line:col: message}; empty when valid. */
  static List<String> problems(Path feed) {
    List<String> problems = new ArrayList<>();
    ErrorHandler collect =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver driver =
        new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    try {
      InputSource schema =
          new InputSource(AtomSchema.class.getResource("atom/atom.rnc").toExternalForm());
      if (!driver.loadSchema(schema)) {
        throw new IllegalStateException("the vendored Atom schema does not load: " + problems);
      }
      if (!driver.validate(new InputSource(feed.toUri().toString())) && problems.isEmpty()) {
        problems.add("invalid");
      }
    } catch (SAXException e) {
      problems.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }
}
