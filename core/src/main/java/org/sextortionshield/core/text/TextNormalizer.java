package org.sextortionshield.core.text;

/**
 * Normalisation for matching: NFKC compatibility forms, zero-width and bidi controls removed, look-alike letters
 * folded to Latin (ICU confusables plus Unicode letter names), diacritic stuffing removed, white space collapsed (to
 * one space, or one newline where a blank line marked a paragraph) and,
 * for cue matching, case folded. HTML character references ({@code &#537;}, {@code &amp;}) are decoded too: spam
 * puts them in plain-text parts to break up words. Linear in the input; one table lookup per character.
 */
public final class TextNormalizer {
  private static final com.ibm.icu.text.Normalizer2 NFC = com.ibm.icu.text.Normalizer2.getNFCInstance();
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
   * The case-preserving form of {@code matching}'s original. Printable ASCII and white space map one character to
   * one, so for a text of only those it is the matching form with each letter's case taken back from the original
   * (one pass, the same offset map); any other text is normalised afresh.
   */
  public static NormalizedText casePreserving(NormalizedText matching) {
    if (!matching.plainAscii()) {
      return casePreserving(matching.original());
    }
    String folded = matching.text();
    String original = matching.original();
    char[] out = new char[folded.length()];
    for (int k = 0; k < out.length; k++) {
      char c = folded.charAt(k);
      out[k] = c == ' ' || c == '\n' ? c : original.charAt(matching.sourceStart(k));
    }
    return matching.withText(new String(out));
  }

  static boolean isDropped(int cp) {
    String f = CharFolding.cased(cp);
    return f != null && f.isEmpty();
  }

  private static NormalizedText normalize(String original, boolean caseFold) {
    int n = original.length();
    char[] out = new char[n + 16];
    int[] source = new int[n + 16];
    int len = 0;
    java.util.BitSet lookalike = null;
    int folded = 0;
    boolean lastSpace = true; // trims leading white space
    int newlines = 0; // newlines in the current run of white space: two or more make a paragraph break
    int base = -1; // the last letter written, for telling a composed accent from stuffing
    int marks = 0; // marks stacked on it so far
    boolean plainAscii = true; // only printable ASCII (no '&') and ASCII white space so far
    for (int i = 0; i < n; ) {
      char ch = original.charAt(i);
      if (ch > 0x20 && ch < 0x7f && ch != '&') { // the common case: printable ASCII maps to itself
        if (len + 1 > out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
          source = java.util.Arrays.copyOf(source, out.length);
        }
        // the rest of the run in one loop, within the room there is (one character out per character in)
        int end = Math.min(n, i + out.length - len);
        do {
          out[len] = caseFold && ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
          source[len++] = i++;
          base = ch;
        } while (i < end && (ch = original.charAt(i)) > 0x20 && ch < 0x7f && ch != '&');
        lastSpace = false;
        newlines = 0;
        marks = 0;
        continue;
      }
      int cp = ch;
      int width = 1;
      String mapped = " ";
      if (ch != ' ' && ch != '\n' && ch != '\r' && ch != '\t') { // ASCII white space, the next most common, is " "
        plainAscii = false;
        cp = original.codePointAt(i);
        width = Character.charCount(cp);
        if (cp == '&') {
          long entity = Entities.decode(original, i);
          if (entity >= 0) {
            cp = (int) (entity >>> 32);
            width = (int) entity;
          }
        }
        mapped = caseFold ? CharFolding.folded(cp) : CharFolding.cased(cp);
        String inside = CharFolding.insideWord(cp);
        if (inside != null && len > 0 && Character.isLetter(out[len - 1]) && i + width < n
            && Character.isLetter(original.codePointAt(i + width))) {
          mapped = caseFold ? inside.toLowerCase(java.util.Locale.ROOT) : inside;
          lookalike = mark(lookalike, len);
          folded++;
        }
        if (mapped == null) {
          mapped = String.valueOf((char) (caseFold && cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        }
      }
      if (mapped.equals(" ")) {
        if (!lastSpace) {
          if (len + 1 > out.length) {
            out = java.util.Arrays.copyOf(out, out.length * 2);
            source = java.util.Arrays.copyOf(source, out.length);
          }
          out[len] = ' ';
          source[len++] = i;
          lastSpace = true;
          newlines = 0;
        }
        if (cp == '\n' && ++newlines == 2 && len > 0) {
          out[len - 1] = '\n'; // kept as the one mark of a paragraph break
        }
        base = -1;
      } else if (mapped.isEmpty()) {
        if (isMark(cp) && len > 0 && isStuffing(base, cp, marks++)) {
          lookalike = mark(lookalike, len - 1);
          folded++;
        }
      } else {
        if (cp >= 0x180 && Character.isLetter(cp) && isAsciiLetters(mapped)) {
          folded++;
          for (int k = 0; k < mapped.length(); k++) {
            lookalike = mark(lookalike, len + k);
          }
        }
        if (len + mapped.length() > out.length) {
          out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, len + mapped.length()));
          source = java.util.Arrays.copyOf(source, out.length);
        }
        for (int k = 0; k < mapped.length(); k++) {
          out[len] = mapped.charAt(k);
          source[len++] = i;
        }
        lastSpace = mapped.charAt(mapped.length() - 1) == ' ';
        base = cp;
        marks = 0;
      }
      i += width;
    }
    if (len > 0 && (out[len - 1] == ' ' || out[len - 1] == '\n')) {
      len--;
    }
    // source keeps its spare capacity: copying a map as long as the text would cost more than the slack
    return new NormalizedText(original, new String(out, 0, len), source, folded, lookalike, plainAscii);
  }

  /**
   * A combining mark is stuffing unless it is the first mark on a letter and composes with it into an ordinary
   * European letter ("e" + acute = "é", as decomposed text from some mail clients has it).
   */
  private static boolean isStuffing(int base, int mark, int marksBefore) {
    if (marksBefore > 0 || base < 0) {
      return true;
    }
    int composed = NFC.composePair(base, mark);
    return composed < 0 || composed > 0x17f;
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


}
