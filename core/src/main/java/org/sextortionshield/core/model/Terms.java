package org.sextortionshield.core.model;

import java.util.Arrays;
import java.util.Set;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.text.Tokens;

/**
 * The words of one text segment as the model reads them: the engine's normalised text (look-alikes folded, case
 * folded) split into words, with what scammers vary from mail to mail replaced by placeholders, so that a new
 * amount, wallet, link or victim's name does not make a new template. A hand-written scanner: no regular expression
 * runs over message text.
 *
 * <p>Words are kept as characters in one buffer with their feature hash, not as one String each: extraction reads
 * the buffer, and a word's String is made only when an explanation or training asks for it ({@link #term}).
 */
public final class Terms {
  public static final String NUMBER = "<number>";
  public static final String CURRENCY = "<currency>";
  public static final String CODE = "<code>";
  public static final String URL = "<url>";
  public static final String EMAIL = "<email>";
  public static final String NAME = "<name>";
  /** A letters-and-digits word at least this long is a wallet, hash or tracking code, not a word. */
  static final int CODE_LENGTH = 16;
  static final int NUMBER_HASH = FeatureHash.string(FeatureHash.WORD, NUMBER);
  static final int CURRENCY_HASH = FeatureHash.string(FeatureHash.WORD, CURRENCY);
  static final int CODE_HASH = FeatureHash.string(FeatureHash.WORD, CODE);
  static final int URL_HASH = FeatureHash.string(FeatureHash.WORD, URL);
  static final int EMAIL_HASH = FeatureHash.string(FeatureHash.WORD, EMAIL);
  static final int NAME_HASH = FeatureHash.string(FeatureHash.WORD, NAME);

  private final TextSegment segment;
  /** The words' characters, one after another; placeholders have none. */
  private final char[] chars;
  private int used;
  /** Placeholder constants; for words null until {@link #term} makes the String. */
  private String[] terms;
  private int[] hashes;
  private int[] charStarts;
  private int[] charLengths;
  private int[] starts;
  private int[] ends;
  private int size;

  /** Room for {@code expected} terms: about as many as the segment's words (growing six arrays was most of this). */
  private Terms(TextSegment segment, int length, int expected) {
    this.segment = segment;
    this.chars = new char[length];
    int room = Math.max(16, expected);
    terms = new String[room];
    hashes = new int[room];
    charStarts = new int[room];
    charLengths = new int[room];
    starts = new int[room];
    ends = new int[room];
  }

  /**
   * Scans at most {@code budget} terms of a segment.
   *
   * @param names normalised words that name the recipient (parts of their address or display name)
   */
  public static Terms of(TextSegment segment, Set<String> names, int budget) {
    return of(segment, RecipientNames.of(names), budget);
  }

  static Terms of(TextSegment segment, RecipientNames names, int budget) {
    String s = segment.normalized().text();
    Terms t = new Terms(segment, s.length(), Math.min(budget, segment.tokens().size() + 8));
    int n = s.length();
    int i = 0;
    while (i < n && t.size < budget) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int start = i;
      int at = -1; // the chunk's first '@'
      boolean scheme = false; // a "://" in the chunk
      for (char c; i < n && !Character.isWhitespace(c = s.charAt(i)); i++) {
        if (c == '@' && at < 0) {
          at = i;
        } else if (c == ':' && i + 2 < n && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') {
          scheme = true; // the slashes are no white space: they are in the chunk
        }
      }
      if (i > start) {
        t.chunk(s, start, i, names, budget, scheme, at);
      }
    }
    return t;
  }

  /**
   * One white-space-delimited chunk: a link, an address, or words, numbers and currency signs. The scan that found
   * the chunk's end also noted its first '@' ({@code at}, -1 for none) and whether it holds "://" ({@code scheme}).
   */
  private void chunk(String s, int start, int end, RecipientNames names, int budget, boolean scheme, int at) {
    if (isUrl(s, start, end, scheme)) {
      placeholder(URL, URL_HASH, start, end);
      return;
    }
    if (isEmail(s, start, end, at)) {
      placeholder(EMAIL, EMAIL_HASH, start, end);
      return;
    }
    int j = start;
    int lastNumberEnd = -2;
    while (j < end && size < budget) {
      char c = s.charAt(j);
      if (isWordChar(c)) {
        int k = j + 1;
        while (k < end && isWordChar(s.charAt(k))) {
          k++;
        }
        int kind = kind(s, j, k);
        if (kind == NUMBER_RUN) {
          if (lastNumberEnd >= j - 1 && size > 0) {
            ends[size - 1] = k; // "1,450.00" and "12/05/2024" are one number
          } else {
            placeholder(NUMBER, NUMBER_HASH, j, k);
          }
          lastNumberEnd = k;
        } else if (kind == CODE_RUN) {
          placeholder(CODE, CODE_HASH, j, k);
        } else {
          word(s, j, k, kind == MARKED_WORD, names);
        }
        j = k;
      } else {
        if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
          placeholder(CURRENCY, CURRENCY_HASH, j, j + 1);
          lastNumberEnd = -2;
        }
        j++;
      }
    }
  }

  /** A word, its characters copied into the buffer (see {@link #copyWord}) and hashed; or the recipient's name. */
  private void word(String s, int from, int to, boolean markDigits, RecipientNames names) {
    int first = used;
    used = copyWord(s, from, to, markDigits, chars, first);
    int hash = hash(chars, first, used);
    if (!markDigits && names.contains(hash, chars, first, used - first)) {
      used = first;
      placeholder(NAME, NAME_HASH, from, to);
      return;
    }
    add(null, hash, first, used - first, from, to);
  }

  /** Kinds of a run of word characters ({@link #kind}). */
  static final int NUMBER_RUN = 0;
  static final int CODE_RUN = 1;
  static final int MARKED_WORD = 2;
  static final int WORD = 3;

  /**
   * What the run of word characters {@code s[from, to)} is: digits only (a number), letters and at least
   * {@link #CODE_LENGTH} characters with digits (a code), a shorter word with digits (whose digits get marked), or a
   * word of letters.
   */
  static int kind(String s, int from, int to) {
    int digits = 0;
    for (int k = from; k < to; k++) {
      if (isDigit(s.charAt(k))) {
        digits++;
      }
    }
    return digits == to - from ? NUMBER_RUN : digits == 0 ? WORD : to - from >= CODE_LENGTH ? CODE_RUN : MARKED_WORD;
  }

  /**
   * Copies the word {@code s[from, to)} into {@code out} from {@code at}; with {@code markDigits} each run of digits
   * becomes one '#' ("48h" → "#h", "b1tc0in" → "b#tc#in": the shape stays, the number goes). Returns the end.
   */
  static int copyWord(String s, int from, int to, boolean markDigits, char[] out, int at) {
    int k = at;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (markDigits && isDigit(c)) {
        if (k > at && out[k - 1] == '#') {
          continue;
        }
        c = '#';
      }
      out[k++] = c;
    }
    return k;
  }

  /** {@link Character#isDigit}, with the usual ASCII asked first. */
  static boolean isDigit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** The feature hash of the word {@code w[from, to)}. */
  static int hash(char[] w, int from, int to) {
    int h = FeatureHash.WORD;
    for (int i = from; i < to; i++) {
      h = FeatureHash.mix(h, w[i]);
    }
    return FeatureHash.finish(h, to - from);
  }

  /** A link: the chunk {@code s[start, end)} holds "://" ({@code scheme}) or starts with "www." and goes on. */
  static boolean isUrl(String s, int start, int end, boolean scheme) {
    return scheme || end - start > 4 && s.charAt(start) == 'w' && s.startsWith("www.", start); // most chunks: no 'w'

  }

  /** An address: a word character on both sides of the chunk's first '@' and a dot after it, all inside the chunk. */
  static boolean isEmail(String s, int start, int end, int at) {
    if (at <= start || at >= end - 1 || !isWordChar(s.charAt(at - 1)) || !isWordChar(s.charAt(at + 1))) {
      return false;
    }
    int dot = indexOf(s, '.', at, end);
    return dot > at && dot < end - 1;
  }

  private static int indexOf(String s, char c, int from, int end) {
    for (int i = from; i < end; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isWordChar(char c) {
    return Tokens.isWordChar(c);
  }

  private void placeholder(String term, int hash, int start, int end) {
    add(term, hash, 0, -1, start, end);
  }

  private void add(String term, int hash, int charStart, int charLength, int start, int end) {
    if (size == terms.length) {
      int cap = size * 2;
      terms = Arrays.copyOf(terms, cap);
      hashes = Arrays.copyOf(hashes, cap);
      charStarts = Arrays.copyOf(charStarts, cap);
      charLengths = Arrays.copyOf(charLengths, cap);
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
    }
    terms[size] = term;
    hashes[size] = hash;
    charStarts[size] = charStart;
    charLengths[size] = charLength;
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  public TextSegment segment() {
    return segment;
  }

  public int size() {
    return size;
  }

  /** Term {@code i}: the word as the model saw it, or a placeholder. */
  public String term(int i) {
    String t = terms[i];
    if (t == null) {
      t = new String(chars, charStarts[i], charLengths[i]);
      terms[i] = t; // a benign race: every thread makes an equal String
    }
    return t;
  }

  /** The feature hash of term {@code i} ({@code FeatureHash.string(WORD, term(i))}). */
  int hash(int i) {
    return hashes[i];
  }

  /** True for a placeholder, which has no letters to take character n-grams of. */
  boolean isPlaceholder(int i) {
    return charLengths[i] < 0;
  }

  /** The buffer holding word {@code i}'s characters at [{@link #charStart}, + {@link #charLength}). */
  char[] chars() {
    return chars;
  }

  int charStart(int i) {
    return charStarts[i];
  }

  int charLength(int i) {
    return charLengths[i];
  }

  public static boolean isPlaceholder(String term) {
    return term.startsWith("<");
  }

  /** What the sender wrote for terms [from, to). */
  public String quote(int from, int to) {
    return segment.normalized().quote(starts[from], ends[to - 1]);
  }
}
