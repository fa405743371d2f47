package gloss.render;

import java.util.Arrays;

/**
 * Distinct terms numbered in the order they came, found by their characters (open addressing over
 * the terms' hashes): so that a term met again costs no string. Not thread-safe.
 */
final class TermTable {
  private String[] terms = new String[64];
  private int[] slots; // a term's number + 1, or 0 for an empty slot
  private int[] hashes; // the hash of each slot's term
  private int size;
  private int lastEmptySlot = -1;

  TermTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2;
    slots = new int[capacity];
    hashes = new int[capacity];
  }

  /** The number of the term {@code chars[0, length)}, or -1 when it is not in the table. */
  int find(char[] chars, int length, int hash) {
    int mask = slots.length - 1;
    int slot = (hash ^ (hash >>> 16)) & mask;
    for (int s = slots[slot]; s != 0; s = slots[slot]) {
      if (hashes[slot] == hash && sameChars(terms[s - 1], chars, length)) {
        return s - 1;
      }
      slot = (slot + 1) & mask;
    }
    lastEmptySlot = slot;
    return -1;
  }

  /** Adds a term that {@link #find}, just before, did not find; returns its number. */
  int add(String term, int hash) {
    int number = size++;
    if (number == terms.length) {
      terms = Arrays.copyOf(terms, number * 2);
    }
    terms[number] = term;
    slots[lastEmptySlot] = number + 1;
    hashes[lastEmptySlot] = hash;
    lastEmptySlot = -1;
    if (size * 2 > slots.length) {
      grow();
    }
    return number;
  }

  int size() {
    return size;
  }

  /** The terms in the order they were added. */
  String[] terms() {
    return Arrays.copyOf(terms, size);
  }

  private static boolean sameChars(String term, char[] chars, int length) {
    if (term.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (term.charAt(k) != chars[k]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[slots.length];
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != 0) {
        int slot = (oldHashes[i] ^ (oldHashes[i] >>> 16)) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = oldSlots[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
