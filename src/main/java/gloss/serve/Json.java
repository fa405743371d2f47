package gloss.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gloss.diag.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON carried by live-reload events, on one line as Server-Sent Events need. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static String of(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Map<String, Object>> diagnostics(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(
            d -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("file", d.pos().file());
              m.put("line", d.pos().line());
              m.put("column", d.pos().column());
              m.put("severity", d.severity().label());
              m.put("message", d.message());
              m.put("detail", d.detail());
              m.put("text", d.format());
              return m;
            })
        .toList();
  }
}
