package org.sextortionshield.core.text;

/**
 * The normalisation as it was defined before it was made faster (a straightforward pass over the String, one
 * lookup per character, the case-preserving form always normalised afresh): what {@link TextNormalizer} must equal.
 * Its small helpers (marks, stuffing) are TextNormalizer's own, unchanged.
 */
final class ReferenceNormalizer {
  private ReferenceNormalizer() {}

  record Result(String text, int[] source, int foldedLetters, java.util.BitSet lookalike) {}

  static Result normalize(String original, boolean caseFold) {
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
          lookalike = TextNormalizer.mark(lookalike, len);
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
        if (TextNormalizer.isMark(cp) && len > 0 && TextNormalizer.isStuffing(base, cp, marks++)) {
          lookalike = TextNormalizer.mark(lookalike, len - 1);
          folded++;
        }
      } else {
        if (cp >= 0x180 && Character.isLetter(cp) && TextNormalizer.isAsciiLetters(mapped)) {
          folded++;
          for (int k = 0; k < mapped.length(); k++) {
            lookalike = TextNormalizer.mark(lookalike, len + k);
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
    return new Result(new String(out, 0, len), java.util.Arrays.copyOf(source, len), folded, lookalike);
  }
}
