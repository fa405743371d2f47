package gloss.render;

import java.util.Arrays;

/**
 * Distinct terms numbered in the order they came, found by their characters (open addressing over
 * the terms' hashes) and kept packed in one character array: so that a term met again costs no
 * string, and a new one no object of its own. Not thread-safe.
 */
final class TermTable {
  private char[] chars;
  private int[] ends = new int[64]; // where each term ends in chars, by number
  private int[] termHashes = new int[64]; // each term's hash, by number
  private int[] slotOf = new int[64]; // where each term is in slots, by number, for clear()
  // Two ints a slot, side by side so that a probe reads one cache line: the term's hash, and its
  // number + 1 (0 for an empty slot).
  private int[] slots;
  private int size;
  private int lastEmptySlot = -1;

  TermTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2;
    slots = new int[capacity * 2];
    chars = new char[Math.max(64, expected * 8)];
  }

  /**
   * The number of the term {@code text[offset, offset + length)} of hash {@code hash}, or -1 when
   * it is not in the table.
   */
  int find(char[] text, int offset, int length, int hash) {
    int mask = slots.length - 2;
    int slot = ((hash ^ (hash >>> 16)) << 1) & mask;
    for (int s = slots[slot + 1]; s != 0; s = slots[slot + 1]) {
      if (slots[slot] == hash && sameChars(s - 1, text, offset, length)) {
        return s - 1;
      }
      slot = (slot + 2) & mask;
    }
    lastEmptySlot = slot;
    return -1;
  }

  /** Adds the term that {@link #find}, just before, did not find; returns its number. */
  int add(char[] text, int offset, int length, int hash) {
    int number = size++;
    if (number == ends.length) {
      ends = Arrays.copyOf(ends, number * 2);
      termHashes = Arrays.copyOf(termHashes, number * 2);
      slotOf = Arrays.copyOf(slotOf, number * 2);
    }
    int start = start(number);
    if (start + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + length));
    }
    System.arraycopy(text, offset, chars, start, length);
    ends[number] = start + length;
    termHashes[number] = hash;
    slots[lastEmptySlot] = hash;
    slots[lastEmptySlot + 1] = number + 1;
    slotOf[number] = lastEmptySlot;
    lastEmptySlot = -1;
    if (size * 4 > slots.length) {
      grow();
    }
    return number;
  }

  int size() {
    return size;
  }

  /**
   * Empties the table and keeps its arrays, for the next document: a table for each document
   * allocated more than its terms (a quarter of a gigabyte at 10,000 articles). Only the slots in
   * use are cleared, so a table once grown by a long text stays cheap for short ones.
   */
  void clear() {
    for (int n = 0; n < size; n++) {
      slots[slotOf[n]] = 0;
      slots[slotOf[n] + 1] = 0;
    }
    size = 0;
    lastEmptySlot = -1;
  }

  /** The terms in the order they were added. */
  TermList terms() {
    return new TermList(
        Arrays.copyOf(chars, start(size)),
        Arrays.copyOf(ends, size),
        Arrays.copyOf(termHashes, size));
  }

  private int start(int number) {
    return number == 0 ? 0 : ends[number - 1];
  }

  private boolean sameChars(int number, char[] text, int offset, int length) {
    int start = start(number);
    if (ends[number] - start != length) {
      return false;
    }
    // A plain loop: terms are short, and the quick JIT tier calls Arrays.equals's range checks.
    for (int k = 0; k < length; k++) {
      if (chars[start + k] != text[offset + k]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = slots.length - 2;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != 0) {
        int hash = old[i];
        int slot = ((hash ^ (hash >>> 16)) << 1) & mask;
        while (slots[slot + 1] != 0) {
          slot = (slot + 2) & mask;
        }
        slots[slot] = hash;
        slots[slot + 1] = old[i + 1];
        slotOf[old[i + 1] - 1] = slot;
      }
    }
  }
}
