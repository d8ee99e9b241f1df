package org.sextortionshield.core.text;

/**
 * Normalisation for matching: NFKC compatibility forms, zero-width and bidi controls removed, look-alike letters
 * folded to Latin (ICU confusables plus Unicode letter names), diacritic stuffing removed, white space collapsed (to
 * one space, or one newline where a blank line marked a paragraph) and,
 * for cue matching, case folded. HTML character references ({@code &#537;}, {@code &amp;}) are decoded too: spam
 * puts them in plain-text parts to break up words. Linear in the input; one table lookup per character.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** Case-folded form for cue matching. */
  public static NormalizedText forMatching(String original) {
    return normalize(original, true);
  }

  /** Case-preserving form for case-sensitive indicators such as base58 wallet addresses. */
  public static NormalizedText casePreserving(String original) {
    return normalize(original, false);
  }

  static boolean isDropped(int cp) {
    String f = CharFolding.cased(cp);
    return f != null && f.isEmpty();
  }

  private static NormalizedText normalize(String original, boolean caseFold) {
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[] source = new int[n + 16];
    java.util.BitSet lookalike = null;
    int folded = 0;
    boolean lastSpace = true; // trims leading white space
    int newlines = 0; // newlines in the current run of white space: two or more make a paragraph break
    for (int i = 0; i < n; ) {
      int cp = original.codePointAt(i);
      int width = Character.charCount(cp);
      if (cp == '&') {
        long entity = Entities.decode(original, i);
        if (entity >= 0) {
          cp = (int) (entity >>> 32);
          width = (int) entity;
        }
      }
      String mapped = caseFold ? CharFolding.folded(cp) : CharFolding.cased(cp);
      String inside = CharFolding.insideWord(cp);
      if (inside != null && out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1))
          && i + width < n && Character.isLetter(original.codePointAt(i + width))) {
        mapped = caseFold ? inside.toLowerCase(java.util.Locale.ROOT) : inside;
        lookalike = mark(lookalike, out.length());
        folded++;
      }
      if (mapped == null) {
        char c = (char) cp;
        if (caseFold && c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        source = ensure(source, out.length() + 1);
        source[out.length()] = i;
        out.append(c);
        lastSpace = false;
        newlines = 0;
      } else if (mapped.equals(" ")) {
        if (!lastSpace) {
          source = ensure(source, out.length() + 1);
          source[out.length()] = i;
          out.append(' ');
          lastSpace = true;
          newlines = 0;
        }
        if (cp == '\n' && ++newlines == 2 && out.length() > 0) {
          out.setCharAt(out.length() - 1, '\n'); // kept as the one mark of a paragraph break
        }
      } else if (mapped.isEmpty()) {
        if (isMark(cp) && out.length() > 0) { // a mark stacked on a letter: diacritic stuffing
          lookalike = mark(lookalike, out.length() - 1);
          folded++;
        }
      } else {
        if (cp >= 0x180 && Character.isLetter(cp) && isAsciiLetters(mapped)) {
          folded++;
          for (int k = 0; k < mapped.length(); k++) {
            lookalike = mark(lookalike, out.length() + k);
          }
        }
        source = ensure(source, out.length() + mapped.length());
        for (int k = 0; k < mapped.length(); k++) {
          source[out.length()] = i;
          out.append(mapped.charAt(k));
        }
        lastSpace = mapped.charAt(mapped.length() - 1) == ' ';
      }
      i += width;
    }
    int len = out.length();
    if (len > 0 && (out.charAt(len - 1) == ' ' || out.charAt(len - 1) == '\n')) {
      out.setLength(len - 1);
    }
    int[] exact = new int[out.length()];
    System.arraycopy(source, 0, exact, 0, out.length());
    return new NormalizedText(original, out.toString(), exact, folded, lookalike);
  }

  private static java.util.BitSet mark(java.util.BitSet set, int index) {
    java.util.BitSet s = set == null ? new java.util.BitSet() : set;
    s.set(index);
    return s;
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  private static boolean isAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  private static int[] ensure(int[] a, int size) {
    if (size <= a.length) {
      return a;
    }
    int[] b = new int[Math.max(size, a.length + (a.length >> 1))];
    System.arraycopy(a, 0, b, 0, a.length);
    return b;
  }
}
