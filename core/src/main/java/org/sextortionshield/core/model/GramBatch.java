package org.sextortionshield.core.model;

import java.util.Arrays;

/**
 * The letter n-gram keys of many words at once: the words are laid end to end (each padded with its boundary
 * marks) and each hash step is one loop over all their letters, a loop the compiler turns into vector instructions
 * (its arrays read at the same index: a loop reading one at an offset stays scalar); an n-gram that runs past its
 * word's end is hashed too and then left out. The keys are those of {@link WordGrams#keys} for each word, in another
 * order, each carrying its word's repeats above the key bits (as {@link Occurrences#repeat} does). Reused per thread.
 */
final class GramBatch {
  /** Per position: the letter (then scrambled), the hash so far of the n-gram starting there, scratch. */
  private int[] letters = new int[256];
  private int[] partial = new int[256];
  private int[] scratch = new int[256];
  /** Per position: where its word ends, and its word's repeats shifted above {@link #keyBits}. */
  private int[] ends = new int[256];
  private int[] repeats = new int[256];
  private int keyBits;
  private int size;
  /** Room for the keys {@link #keys} writes. */
  private int room;

  /** Starts a batch for keys of {@code keyBits} bits. */
  void begin(int keyBits) {
    this.keyBits = keyBits;
    size = 0;
    room = 0;
  }

  /** Letters the batch has room for (its arrays' length). */
  int capacity() {
    return letters.length;
  }

  /** How many keys {@link #keys} may write at most (plus one it may write past them). */
  int room() {
    return room;
  }

  /**
   * Adds the word {@code w[from, from + length)}, whose keys are to count {@code repeats} further occurrences (at
   * most what the bits above the key bits hold).
   */
  void add(WordGrams grams, char[] w, int from, int length, int repeats) {
    int len = length + 2;
    if (size + len > letters.length) {
      int cap = Math.max(letters.length * 2, size + len);
      letters = Arrays.copyOf(letters, cap);
      partial = new int[cap];
      scratch = new int[cap];
      ends = Arrays.copyOf(ends, cap);
      this.repeats = Arrays.copyOf(this.repeats, cap);
    }
    int at = size;
    int end = at + len;
    int shifted = repeats << keyBits;
    letters[at] = WordGrams.WORD_START;
    for (int i = 0; i < length; i++) { // one loop fills the three arrays
      letters[at + 1 + i] = w[from + i];
      ends[at + i] = end;
      this.repeats[at + i] = shifted;
    }
    letters[end - 1] = WordGrams.WORD_END;
    ends[end - 2] = end;
    ends[end - 1] = end;
    this.repeats[end - 2] = shifted;
    this.repeats[end - 1] = shifted;
    size = end;
    room += grams.room(length);
  }

  /** Writes the keys of the words added since {@link #begin} into {@code out} from {@code at}; returns their end. */
  int keys(WordGrams grams, int[] out, int at) {
    int[] s = letters;
    int[] h = partial;
    int[] t = scratch;
    for (int p = 0; p < size; p++) {
      s[p] = FeatureHash.scramble(s[p]);
      h[p] = FeatureHash.mixScrambled(FeatureHash.CHARS, s[p]);
    }
    int k = at;
    if (grams.charMin == 1) {
      k = emit(grams, 1, size, out, k);
    }
    for (int n = 2; n <= grams.charMax; n++) {
      int starts = size - n + 1; // an n-gram starting later would run past the last letter
      if (starts <= 0) {
        break;
      }
      System.arraycopy(s, n - 1, t, 0, starts); // each n-gram's last letter at its start
      for (int p = 0; p < starts; p++) {
        h[p] = FeatureHash.mixScrambled(h[p], t[p]);
      }
      if (n >= grams.charMin) {
        k = emit(grams, n, starts, out, k);
      }
    }
    return k;
  }

  /** The keys of the n-grams starting at [0, starts) that stay inside their word: each is written, and kept or not. */
  private int emit(WordGrams grams, int n, int starts, int[] out, int k) {
    int mask = grams.mask;
    int[] h = partial;
    int[] f = scratch;
    int[] r = repeats;
    int[] e = ends;
    for (int p = 0; p < starts; p++) {
      f[p] = (FeatureHash.finish(h[p], n) & mask) << 2 | WordGrams.CHARS_BLOCK | r[p];
    }
    for (int p = 0; p < starts; p++) {
      out[k] = f[p];
      k += (p + n - 1 - e[p]) >>> 31; // kept when the n-gram ends by its word's end
    }
    return k;
  }
}
