package gloss.conformance;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The W3C Web Annotation test suite's JSON Schema assertions (vendored in {@code
 * src/test/resources/w3c-web-annotation}, see its README), applied with networknt's validator. The
 * suite's schemas name their definitions by bare file name ({@code id.json}), as its own harness
 * registers them, so those references are mapped to the vendored definitions.
 */
public final class WebAnnotationSchemas {
  private static final String ROOT = "w3c-web-annotation/";

  /** The MUST assertions on an Annotation that are vendored, by file. */
  static final List<String> ANNOTATION_MUSTS =
      List.of(
          "annotations/3.1-annotationContextValidated.json",
          "annotations/3.1-annotationIdValidated.json",
          "annotations/3.1-annotationTypeValidated.json",
          "annotations/3.1-targetKeyFound.json");

  private final Map<String, Schema> assertions = new java.util.LinkedHashMap<>();

  public WebAnnotationSchemas() {
    Map<String, String> definitions = new java.util.HashMap<>();
    for (String name : List.of("id.json", "annotations.json")) {
      definitions.put(
          "classpath:" + ROOT + "annotations/" + name, "classpath:" + ROOT + "definitions/" + name);
    }
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder -> builder.schemaIdResolvers(ids -> ids.mappings(definitions)));
    for (String file : ANNOTATION_MUSTS) {
      assertions.put(file, registry.getSchema(SchemaLocation.of("classpath:" + ROOT + file)));
    }
  }

  /** Every failed assertion for one annotation (JSON), as "assertion: message"; empty if valid. */
  public List<String> failuresOf(String annotationJson) {
    List<String> failures = new ArrayList<>();
    assertions.forEach(
        (file, schema) ->
            schema
                .validate(annotationJson, InputFormat.JSON)
                .forEach(e -> failures.add(file + ": " + e.getMessage())));
    return failures;
  }
}
