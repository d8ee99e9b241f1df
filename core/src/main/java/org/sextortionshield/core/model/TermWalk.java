package org.sextortionshield.core.model;

import java.util.Arrays;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.text.Tokens;

/**
 * The model's terms of one text segment as prediction needs them: exactly the terms of {@link Terms#of} (the
 * definition; tests hold the two equal), read from the words the segment's {@link Tokens} already found instead of
 * rescanning its text. Each distinct word (by its Tokens word id) is classified and hashed once per segment; what is
 * kept is each term's word ({@link #word}) and how often each distinct word occurred ({@link #count}), not the
 * words' texts or places. Reused per thread: a segment is one {@link #walk}.
 *
 * <p>Only the characters between words are read one by one (for white space, currency signs and the marks of links
 * and addresses). Terms decides whether a white-space-delimited chunk is a link or an address before reading its
 * words; here the chunk's words are taken as they come and replaced by the one placeholder when the chunk ends.
 */
final class TermWalk {
  /** Distinct words of placeholders that come from no word of the text. */
  static final int URL = 0;
  static final int EMAIL = 1;
  static final int CURRENCY = 2;
  private static final int FIRST_WORD = 3;
  /** Capacity above this is not kept past the next segment, so one huge text does not pin memory per thread. */
  private static final int KEEP = 1 << 16;
  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte MONEY = 2;
  /** The class of each Latin-1 character between words. */
  private static final byte[] LATIN1 = new byte[256];
  private static final ThreadLocal<TermWalk> SCRATCH = ThreadLocal.withInitial(TermWalk::new);

  static {
    for (char c = 0; c < 256; c++) {
      LATIN1[c] = classOf(c);
    }
  }

  // the distinct words of the segment: placeholders, then Tokens word ids (FIRST_WORD + id), then words without an id
  private int[] stamps = new int[0];
  private int stamp;
  private int[] hashes = new int[0];
  /** {@code FeatureHash.mix(WORD, hash)}: where every word n-gram starting with the word starts. */
  private int[] heads = new int[0];
  /** {@code FeatureHash.scramble(hash)}: the word's half of a step of a longer n-gram. */
  private int[] scrambledHashes = new int[0];
  private boolean[] numbers = new boolean[0];
  private int[] counts = new int[0];
  private int[] charStarts = new int[0];
  /** The letters' count for a word with letter n-grams, -1 for a placeholder. */
  private int[] charLengths = new int[0];
  private int words;
  /** The distinct words made this segment, in the order they were made. */
  private int[] made = new int[0];
  private int madeCount;
  private char[] chars = new char[0];
  private int charsUsed;
  private int[] terms = new int[0];
  private int size;

  // the walk
  private String s;
  private RecipientNames names;
  private int budget;
  private boolean stopped;
  /** The open chunk's start, or -1 between chunks. */
  private int chunkStart;
  private int chunkFirstTerm;
  private int at;
  private boolean scheme;
  private int lastNumberEnd;

  /** This thread's walk. */
  static TermWalk scratch() {
    return SCRATCH.get();
  }

  /** Walks the segment's terms, at most {@code budget}; returns how many. */
  int walk(TextSegment segment, RecipientNames names, int budget) {
    Tokens tokens = segment.tokens();
    begin(segment.normalized().text(), tokens.distinctWords());
    this.names = names;
    this.budget = budget;
    int pos = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int start = tokens.start(i);
      int end = tokens.end(i);
      between(pos, start);
      if (stopped) {
        return size;
      }
      int id = tokens.wordId(i);
      if (id >= 0) {
        open(start);
        if (size < budget) {
          word(FIRST_WORD + id, start, end);
        }
      } else {
        spelledOut(start, end);
      }
      pos = end;
    }
    between(pos, s.length());
    if (!stopped && chunkStart >= 0) {
      close(s.length());
    }
    return size;
  }

  private void begin(String text, int distinctWords) {
    s = text;
    size = 0;
    madeCount = 0;
    charsUsed = 0;
    stopped = false;
    chunkStart = -1;
    words = FIRST_WORD + distinctWords;
    if (stamps.length > KEEP || stamps.length < words + 16) {
      stamps = new int[Math.max(words + 16, 256)];
      stamp = 0;
      int room = stamps.length;
      hashes = new int[room];
      heads = new int[room];
      scrambledHashes = new int[room];
      numbers = new boolean[room];
      counts = new int[room];
      charStarts = new int[room];
      charLengths = new int[room];
      made = new int[room];
    }
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0);
      stamp = 1;
    }
    if (chars.length > KEEP || chars.length < text.length()) {
      chars = new char[Math.max(text.length(), 256)];
    }
    if (terms.length > KEEP) {
      terms = new int[256];
    }
    placeholder(URL, Terms.URL_HASH);
    placeholder(EMAIL, Terms.EMAIL_HASH);
    placeholder(CURRENCY, Terms.CURRENCY_HASH);
  }

  /**
   * Terms' rules for one run of word characters (a number joins the number before it across one character; see
   * {@link Terms}); {@code w} is its distinct word, made on its first occurrence, or -1 for a word without a Tokens id.
   */
  private void word(int w, int start, int end) {
    if (w < 0 || stamps[w] != stamp) {
      w = make(w, start, end);
    }
    if (numbers[w]) {
      boolean joins = lastNumberEnd >= start - 1 && size > 0;
      lastNumberEnd = end;
      if (joins) {
        return;
      }
    }
    term(w);
  }

  /** Letters spelled out one by one, which Tokens joined into one word (or a word past its table): as Terms reads them. */
  private void spelledOut(int start, int end) {
    for (int i = start; i < end && !stopped; ) {
      char c = s.charAt(i);
      if (Tokens.isWordChar(c)) {
        int k = i + 1;
        while (k < end && Tokens.isWordChar(s.charAt(k))) {
          k++;
        }
        open(i);
        if (size < budget) {
          word(-1, i, k);
        }
        i = k;
      } else {
        character(i, c);
        i++;
      }
    }
  }

  /** The characters between two words. */
  private void between(int from, int to) {
    for (int i = from; i < to && !stopped; i++) {
      character(i, s.charAt(i));
    }
  }

  /** A character that is no word character: white space ends the chunk, a currency sign is a term. */
  private void character(int i, char c) {
    byte kind = c < 256 ? LATIN1[c] : classOf(c);
    if (kind == SPACE) {
      if (chunkStart >= 0) {
        close(i);
      }
      return;
    }
    open(i);
    if (c == '@') {
      if (at < 0) {
        at = i;
      }
    } else if (c == ':' && i + 2 < s.length() && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') {
      scheme = true;
    } else if (kind == MONEY && size < budget) {
      term(CURRENCY);
      lastNumberEnd = -2;
    }
  }

  private void open(int i) {
    if (chunkStart < 0) {
      chunkStart = i;
      chunkFirstTerm = size;
      at = -1;
      scheme = false;
      lastNumberEnd = -2;
    }
  }

  /** The chunk ends: a link or an address replaces its terms with its placeholder. */
  private void close(int end) {
    boolean url = Terms.isUrl(s, chunkStart, end, scheme);
    if (url || at >= 0 && Terms.isEmail(s, chunkStart, end, at)) {
      for (int t = chunkFirstTerm; t < size; t++) {
        counts[terms[t]]--;
      }
      size = chunkFirstTerm;
      term(url ? URL : EMAIL);
    }
    chunkStart = -1;
    stopped = size >= budget;
  }

  private void term(int w) {
    if (size == terms.length) {
      terms = Arrays.copyOf(terms, Math.max(256, size * 2));
    }
    terms[size++] = w;
    counts[w]++;
  }

  private void placeholder(int w, int hash) {
    hashes[w] = hash;
    scrambledHashes[w] = FeatureHash.scramble(hash);
    heads[w] = FeatureHash.mixScrambled(FeatureHash.WORD, scrambledHashes[w]);
    numbers[w] = false;
    counts[w] = 0;
    charLengths[w] = -1;
    made[madeCount++] = w;
  }

  /** Classifies and hashes the word s[start, end) as Terms does; a word without an id gets a place of its own. */
  private int make(int w, int start, int end) {
    if (w < 0) {
      w = words++;
      if (w >= stamps.length) {
        grow();
      }
    }
    stamps[w] = stamp;
    // one pass copies and hashes the word as a plain word; one with digits is a number, a code or done again
    int first = charsUsed;
    int length = end - start;
    int h = FeatureHash.WORD;
    int digits = 0;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(start + i);
      chars[first + i] = c;
      h = FeatureHash.mix(h, c);
      digits += Terms.isDigit(c) ? 1 : 0;
    }
    int hash = FeatureHash.finish(h, length);
    if (digits > 0) {
      if (digits == length || length >= Terms.CODE_LENGTH) {
        placeholder(w, digits == length ? Terms.NUMBER_HASH : Terms.CODE_HASH);
        numbers[w] = digits == length;
        return w;
      }
      length = Terms.copyWord(s, start, end, true, chars, first) - first;
      hash = Terms.hash(chars, first, first + length);
    } else if (names.contains(hash, chars, first, length)) {
      placeholder(w, Terms.NAME_HASH);
      return w;
    }
    charsUsed = first + length;
    placeholder(w, hash);
    charStarts[w] = first;
    charLengths[w] = length;
    return w;
  }

  private void grow() {
    int room = stamps.length * 2;
    stamps = Arrays.copyOf(stamps, room);
    hashes = Arrays.copyOf(hashes, room);
    heads = Arrays.copyOf(heads, room);
    scrambledHashes = Arrays.copyOf(scrambledHashes, room);
    numbers = Arrays.copyOf(numbers, room);
    counts = Arrays.copyOf(counts, room);
    charStarts = Arrays.copyOf(charStarts, room);
    charLengths = Arrays.copyOf(charLengths, room);
    made = Arrays.copyOf(made, room);
  }

  private static byte classOf(char c) {
    return Character.isWhitespace(c) ? SPACE : Character.getType(c) == Character.CURRENCY_SYMBOL ? MONEY : OTHER;
  }

  /** How many terms the segment has. */
  int size() {
    return size;
  }

  /** The distinct word of term {@code i}. */
  int word(int i) {
    return terms[i];
  }

  /** How many distinct words were made; {@link #made} numbers them. */
  int madeCount() {
    return madeCount;
  }

  int made(int i) {
    return made[i];
  }

  /** The feature hash of distinct word {@code w} ({@link Terms#hash} of its term). */
  int hash(int w) {
    return hashes[w];
  }

  /** {@code FeatureHash.mix(FeatureHash.WORD, hash(w))}. */
  int head(int w) {
    return heads[w];
  }

  /** {@code FeatureHash.scramble(hash(w))}. */
  int scrambled(int w) {
    return scrambledHashes[w];
  }

  /** How many of the segment's terms are distinct word {@code w}. */
  int count(int w) {
    return counts[w];
  }

  /** Letters of distinct word {@code w} in {@link #chars}, or -1 for a placeholder. */
  int charLength(int w) {
    return charLengths[w];
  }

  int charStart(int w) {
    return charStarts[w];
  }

  char[] chars() {
    return chars;
  }
}
