package gloss.model;

/** Which mentions of an entity become links; the rest are still marked and reachable. */
public enum LinkMode {
  /** The first mention of each entity in each document, as Wikipedia does. */
  FIRST,
  /** Every mention. */
  ALL
}
