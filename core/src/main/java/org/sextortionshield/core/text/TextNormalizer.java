package org.sextortionshield.core.text;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Normalisation for matching: NFKC compatibility forms, zero-width and bidi controls removed, look-alike letters
 * folded to Latin (ICU confusables plus Unicode letter names), diacritic stuffing removed, white space collapsed (to
 * one space, or one newline where a blank line marked a paragraph) and,
 * for cue matching, case folded. HTML character references ({@code &#537;}, {@code &amp;}) are decoded too: spam
 * puts them in plain-text parts to break up words. Linear in the input; one table lookup per character.
 */
public final class TextNormalizer {
  private static final com.ibm.icu.text.Normalizer2 NFC = com.ibm.icu.text.Normalizer2.getNFCInstance();
  /** A thread keeps its copy of the input between texts for texts of up to this many chars. */
  private static final int KEEP = 1 << 16;
  /** A thread's copy of its input, and where a matching pass writes its cased chars. */
  private static final ThreadLocal<char[][]> INPUT =
      ThreadLocal.withInitial(() -> new char[][] {new char[1024], new char[1024 + 16]});

  private TextNormalizer() {}

  /** Case-folded form for cue matching. */
  public static NormalizedText forMatching(String original) {
    return normalize(original, true);
  }

  /** Case-preserving form for case-sensitive indicators such as base58 wallet addresses. */
  public static NormalizedText casePreserving(String original) {
    return normalize(original, false);
  }

  /**
   * The case-preserving form of {@code matching}'s original. The matching pass writes each character's cased mapping
   * beside its folded one; where the two had the same shape for every character (the same lengths, spaces and
   * letters: nearly all text) that is the case-preserving form, with the same offset map. Otherwise the original is
   * normalised afresh.
   */
  public static NormalizedText casePreserving(NormalizedText matching) {
    char[] cased = matching.cased();
    if (cased == null) {
      return casePreserving(matching.original());
    }
    return matching.withText(new String(cased, 0, matching.length()), cased);
  }

  /**
   * The case-preserving chars of a matching form whose every char was written either from a printable ASCII char
   * (its lower case, from itself) or as its own cased form: a letter a-z is its source's case where that is A-Z.
   * (Other chars' sources are never A-Z: anything but printable ASCII and entities takes the slow path.)
   */
  static char[] casedFromOriginal(char[] chars, int length, String original, NormalizedText text) {
    char[] cased = new char[length];
    for (int k = 0; k < length; k++) {
      char c = chars[k];
      if (c >= 'a' && c <= 'z') {
        char o = original.charAt(text.sourceStart(k));
        c = o == c - 32 ? o : c;
      }
      cased[k] = c;
    }
    return cased;
  }

  static boolean isDropped(int cp) {
    String f = CharFolding.cased(cp);
    return f != null && f.isEmpty();
  }

  private static char[] input(String original) {
    int n = original.length();
    char[][] holder = INPUT.get();
    char[] in = holder[0];
    if (in.length < n) {
      in = new char[Math.max(n, in.length * 2)];
      if (in.length <= KEEP) {
        holder[0] = in;
      }
    }
    original.getChars(0, n, in, 0);
    return in;
  }

  /** The output being written: the normalised chars, their source offsets, and a matching pass's cased chars. */
  private static final class Out {
    char[] chars;
    int[] source;
    /**
     * The cased chars of a matching pass, in the thread's array (copied out only when they cannot be worked out
     * again from the chars and the original, see {@link #casedFromOriginal}); the chars themselves otherwise.
     */
    char[] cased;
    int len;

    Out(int n, boolean caseFold) {
      chars = new char[n + 16];
      source = new int[n + 16];
      cased = caseFold ? casedScratch(n + 16) : chars;
    }

    private static char[] casedScratch(int n) {
      char[][] holder = INPUT.get();
      if (holder[1].length < n) {
        char[] grown = new char[Math.max(n, holder[1].length * 2)];
        if (grown.length > KEEP + 16) {
          return grown;
        }
        holder[1] = grown;
      }
      return holder[1];
    }

    void room(int more) {
      if (len + more > chars.length) {
        boolean twin = cased != chars;
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, len + more));
        source = Arrays.copyOf(source, chars.length);
        cased = twin ? Arrays.copyOf(cased, chars.length) : chars;
      }
    }

    void write(char c, char itsCase, int from) {
      chars[len] = c;
      cased[len] = itsCase;
      source[len++] = from;
    }
  }

  private static final char[] LOWER = new char[0x80];
  private static final char[] SAME = new char[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      SAME[c] = c;
    }
  }

  private static NormalizedText normalize(String original, boolean caseFold) {
    int n = original.length();
    char[] in = input(original);
    Out o = new Out(n, caseFold);
    char[] map = caseFold ? LOWER : SAME;
    BitSet lookalike = null;
    int folded = 0;
    boolean lastSpace = true; // trims leading white space
    int newlines = 0; // newlines in the current run of white space: two or more make a paragraph break
    int base = -1; // the last letter written, for telling a composed accent from stuffing
    int marks = 0; // marks stacked on it so far
    boolean derivable = caseFold; // the cased form has the shape of this one (see casePreserving(NormalizedText))
    boolean fromOriginal = true; // ... and the slow path wrote no char whose cased form differs (casedFromOriginal)
    for (int i = 0; i < n; ) {
      char ch = in[i];
      if (ch >= 0x20 && ch < 0x7f && ch != '&') {
        // the common case, printable ASCII (itself) and the space (one, where the last was none), in one loop
        // within the room there is (at most one character out per character in)
        o.room(1);
        char[] out = o.chars;
        char[] cased = o.cased;
        int[] source = o.source;
        int len = o.len;
        int end = Math.min(n, i + out.length - len);
        do {
          boolean space = ch == ' ';
          out[len] = map[ch];
          cased[len] = ch;
          source[len] = i++;
          len += space && lastSpace ? 0 : 1;
          lastSpace = space;
        } while (i < end && (ch = in[i]) >= 0x20 && ch < 0x7f && ch != '&');
        if (len != o.len) {
          newlines = 0;
        }
        o.len = len;
        base = lastSpace ? -1 : in[i - 1];
        marks = 0; // after a space base is -1, and any mark is stuffing whatever the count
        continue;
      }
      int cp = ch;
      int width = 1;
      String mapped = " ";
      String cased = " "; // what the case-preserving pass maps it to
      if (ch != '\n' && ch != '\r' && ch != '\t') { // ASCII white space, the next most common, is " "
        cp = Character.codePointAt(in, i, n);
        width = Character.charCount(cp);
        if (cp == '&') {
          long entity = Entities.decode(original, i);
          if (entity >= 0) {
            cp = (int) (entity >>> 32);
            width = (int) entity;
          }
        }
        cased = CharFolding.cased(cp);
        mapped = caseFold ? CharFolding.folded(cp) : cased;
        String inside = CharFolding.insideWord(cp);
        // letters are letters in both forms (checked as they are written), so both passes decide this alike
        if (inside != null && o.len > 0 && Character.isLetter(o.chars[o.len - 1]) && i + width < n
            && Character.isLetter(Character.codePointAt(in, i + width, n))) {
          mapped = caseFold ? inside.toLowerCase(java.util.Locale.ROOT) : inside;
          cased = inside;
          lookalike = mark(lookalike, o.len);
          folded++;
        }
        if (mapped == null) {
          mapped = String.valueOf((char) (caseFold && cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        }
        if (cased == null) {
          cased = String.valueOf((char) cp);
        }
        derivable = derivable && sameShape(mapped, cased);
      }
      if (mapped.equals(" ")) {
        if (!lastSpace) {
          o.room(1);
          o.write(' ', ' ', i);
          lastSpace = true;
          newlines = 0;
        }
        if (cp == '\n' && ++newlines == 2 && o.len > 0) {
          o.chars[o.len - 1] = '\n'; // kept as the one mark of a paragraph break
          o.cased[o.len - 1] = '\n';
        }
        base = -1;
      } else if (mapped.isEmpty()) {
        if (isMark(cp) && o.len > 0 && isStuffing(base, cp, marks++)) {
          lookalike = mark(lookalike, o.len - 1);
          folded++;
        }
      } else {
        if (cp >= 0x180 && Character.isLetter(cp) && isAsciiLetters(mapped)) {
          derivable = derivable && isAsciiLetters(cased);
          folded++;
          for (int k = 0; k < mapped.length(); k++) {
            lookalike = mark(lookalike, o.len + k);
          }
        } else if (derivable && cp >= 0x180 && Character.isLetter(cp) && isAsciiLetters(cased)) {
          derivable = false; // the cased pass would count a folded letter here
        }
        o.room(mapped.length());
        for (int k = 0; k < mapped.length(); k++) {
          char c = mapped.charAt(k);
          char itsCase = derivable ? cased.charAt(k) : c; // (a case-preserving pass writes its chars twice)
          fromOriginal = fromOriginal && itsCase == c;
          o.write(c, itsCase, i);
        }
        lastSpace = mapped.charAt(mapped.length() - 1) == ' ';
        base = cp;
        marks = 0;
      }
      i += width;
    }
    int len = o.len;
    if (len > 0 && (o.chars[len - 1] == ' ' || o.chars[len - 1] == '\n')) {
      len--;
    }
    // the arrays keep their spare capacity: copying them as long as the text would cost more than the slack
    return new NormalizedText(original, new String(o.chars, 0, len), o.chars, o.source, folded, lookalike,
        !derivable ? null : fromOriginal ? NormalizedText.CASED_FROM_ORIGINAL : Arrays.copyOf(o.cased, len));
  }

  /**
   * Whether the case-preserving pass, mapping a character to {@code cased} where this one maps it to {@code mapped},
   * writes as many chars, with spaces and letters in the same places, so that it makes every decision alike.
   */
  private static boolean sameShape(String mapped, String cased) {
    if (mapped == cased) {
      return true;
    }
    if (mapped.length() != cased.length()) {
      return false;
    }
    for (int k = 0; k < mapped.length(); k++) {
      char f = mapped.charAt(k);
      char c = cased.charAt(k);
      if (f != c && (f == ' ' || c == ' ' || f == '\n' || c == '\n' || Character.isLetter(f) != Character.isLetter(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A combining mark is stuffing unless it is the first mark on a letter and composes with it into an ordinary
   * European letter ("e" + acute = "é", as decomposed text from some mail clients has it).
   */
  static boolean isStuffing(int base, int mark, int marksBefore) {
    if (marksBefore > 0 || base < 0) {
      return true;
    }
    int composed = NFC.composePair(base, mark);
    return composed < 0 || composed > 0x17f;
  }

  static BitSet mark(BitSet set, int index) {
    BitSet s = set == null ? new BitSet() : set;
    s.set(index);
    return s;
  }

  static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  static boolean isAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
