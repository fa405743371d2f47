package gloss.load;

import gloss.diag.SourcePos;
import java.util.Map;

/**
 * A content file split into its decoded YAML front matter and its Markdown body.
 *
 * @param values top-level keys in file order; scalars are Strings (never dates or numbers, so that
 *     validation and templates see exactly what was written), lists and maps nest
 * @param positions file positions of top-level values ({@code title}) and list items ({@code
 *     people[0]})
 * @param keyPositions file positions of the top-level keys themselves, for problems with a key
 * @param bodyLine the 1-based file line where the body starts
 */
record FrontMatter(
    Map<String, Object> values,
    Map<String, SourcePos> positions,
    Map<String, SourcePos> keyPositions,
    String body,
    int bodyLine) {}
