package gloss.importer;

/** How {@code gloss import} reports: lines for people, or one JSON document for tools. */
public enum ReportStyle {
  TEXT,
  JSON
}
