package gloss.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain trees to and from JSON with Jackson's streaming parser and generator: objects as maps with
 * string keys (written in their order), arrays as lists (and {@code int[]}), strings, numbers,
 * booleans and null. The JSON-LD, annotation collections and search index the build writes are made
 * of these, and the world map reads its outlines as one. Jackson's {@code ObjectMapper} wrote the
 * same bytes, but its first use took 78 ms with the class-data archive (its serializers found by
 * reflection) against 4 ms for the generator; without it the sample digest builds in 0.745 s
 * instead of 0.78 s.
 */
final class PlainJson {
  private PlainJson() {}

  /** A generator's factory with Jackson's defaults. */
  static final JsonFactory FACTORY = new JsonFactory();

  /** {@code value} as a JSON string, written by a generator of {@code factory}. */
  static String string(JsonFactory factory, Object value) {
    StringWriter out = new StringWriter();
    write(() -> factory.createGenerator(out), value);
    return out.toString();
  }

  /** {@code value} as UTF-8 JSON. */
  static byte[] utf8(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(() -> FACTORY.createGenerator(out), value);
    return out.toByteArray();
  }

  /** A generator over memory. */
  private interface InMemory {
    JsonGenerator open() throws IOException;
  }

  private static void write(InMemory generator, Object value) {
    try (JsonGenerator g = generator.open()) {
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
  }

  /**
   * Writes {@code value}.
   *
   * @throws IllegalArgumentException for a value that is not part of a plain tree
   */
  static void write(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.writeFieldName((String) e.getKey());
        write(out, e.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof Iterable<?> list) {
      out.writeStartArray();
      for (Object item : list) {
        write(out, item);
      }
      out.writeEndArray();
    } else if (value instanceof int[] numbers) {
      out.writeArray(numbers, 0, numbers.length);
    } else if (value instanceof Integer i) {
      out.writeNumber(i);
    } else if (value instanceof Long l) {
      out.writeNumber(l);
    } else if (value instanceof Double d) {
      out.writeNumber(d);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else {
      throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName());
    }
  }

  /**
   * The JSON document of {@code in} as a plain tree: objects as maps in their order, arrays as
   * lists, integers as {@code Long}, other numbers as {@code Double}.
   */
  static Object read(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      p.nextToken();
      return value(p);
    }
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, value(p));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p));
        }
        return list;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT -> {
        return p.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return p.getDoubleValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return token == JsonToken.VALUE_TRUE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("unexpected " + token + " in JSON");
    }
  }
}
