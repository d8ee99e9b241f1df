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

  private final TextSegment segment;
  private String[] terms = new String[16];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int size;

  private Terms(TextSegment segment) {
    this.segment = segment;
  }

  /**
   * Scans at most {@code budget} terms of a segment.
   *
   * @param names normalised words that name the recipient (parts of their address or display name)
   */
  public static Terms of(TextSegment segment, Set<String> names, int budget) {
    Terms t = new Terms(segment);
    String s = segment.normalized().text();
    int n = s.length();
    int i = 0;
    while (i < n && t.size < budget) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        t.chunk(s, start, i, names, budget);
      }
    }
    return t;
  }

  /** One white-space-delimited chunk: a link, an address, or words, numbers and currency signs. */
  private void chunk(String s, int start, int end, Set<String> names, int budget) {
    if (isUrl(s, start, end)) {
      add(URL, start, end);
      return;
    }
    if (isEmail(s, start, end)) {
      add(EMAIL, start, end);
      return;
    }
    int j = start;
    int lastNumberEnd = -2;
    while (j < end && size < budget) {
      char c = s.charAt(j);
      if (isWordChar(c)) {
        int k = j;
        int digits = 0;
        while (k < end && isWordChar(s.charAt(k))) {
          if (Character.isDigit(s.charAt(k))) {
            digits++;
          }
          k++;
        }
        if (digits == k - j) {
          if (lastNumberEnd >= j - 1 && size > 0) {
            ends[size - 1] = k; // "1,450.00" and "12/05/2024" are one number
          } else {
            add(NUMBER, j, k);
          }
          lastNumberEnd = k;
        } else if (digits > 0) {
          add(k - j >= CODE_LENGTH ? CODE : digitsMarked(s, j, k), j, k);
        } else {
          String word = s.substring(j, k);
          add(names.contains(word) ? NAME : word, j, k);
        }
        j = k;
      } else {
        if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
          add(CURRENCY, j, j + 1);
          lastNumberEnd = -2;
        }
        j++;
      }
    }
  }

  /** "48h" → "#h", "b1tc0in" → "b#tc#in": the shape stays, the number goes. */
  private static String digitsMarked(String s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        if (b.length() == 0 || b.charAt(b.length() - 1) != '#') {
          b.append('#');
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isUrl(String s, int start, int end) {
    for (int i = start; i + 2 < end; i++) {
      if (s.charAt(i) == ':' && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') {
        return true;
      }
    }
    return s.startsWith("www.", start) && end - start > 4;
  }

  /** Looks only inside the chunk: a search to the end of the text per chunk would make long texts quadratic. */
  private static boolean isEmail(String s, int start, int end) {
    int at = indexOf(s, '@', start, end);
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

  private void add(String term, int start, int end) {
    if (size == terms.length) {
      terms = Arrays.copyOf(terms, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    terms[size] = term;
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

  public String term(int i) {
    return terms[i];
  }

  public static boolean isPlaceholder(String term) {
    return term.startsWith("<");
  }

  /** What the sender wrote for terms [from, to). */
  public String quote(int from, int to) {
    return segment.normalized().quote(starts[from], ends[to - 1]);
  }
}
