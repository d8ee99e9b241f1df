package org.sextortionshield.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.sextortionshield.core.data.DataFile;

/**
 * Maps one code point to what the matcher should see: look-alike letters of any script folded to Latin, marks
 * (diacritic stuffing) and invisible format characters dropped, compatibility forms (fullwidth, mathematical bold,
 * circled letters, ligatures) expanded, every white space a plain space.
 *
 * <p>Results are computed on first use per code point and cached, so normalising ASCII-heavy mail costs one array
 * read per character. The cache is shared and lock-free: racing threads compute the same immutable string.
 */
final class CharFolding {
  static final String DROP = "";
  private static final int CACHE_LIMIT = 0x20000; // BMP and the supplementary plane with math letters
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
  private static final Map<Integer, String> OVERRIDES = new HashMap<>();
  private static final Map<Integer, String> INSIDE_WORDS = new HashMap<>();
  private static final java.util.BitSet INSIDE_WORD_CPS = new java.util.BitSet(); // no boxing for the common miss

  static {
    loadOverrides();
  }

  private static final AtomicReferenceArray<String> CASED = new AtomicReferenceArray<>(CACHE_LIMIT);
  private static final AtomicReferenceArray<String> FOLDED = new AtomicReferenceArray<>(CACHE_LIMIT);

  private CharFolding() {}

  /** Case-preserving fold: for wallet addresses and other case-sensitive indicators. */
  static String cased(int cp) {
    if (cp < 0x80) {
      return cp <= 0x20 || cp == 0x7f ? asciiControl(cp) : null; // null means "the character itself"
    }
    if (cp >= CACHE_LIMIT) {
      return computeCased(cp);
    }
    String s = CASED.get(cp);
    if (s == null) {
      s = computeCased(cp);
      CASED.set(cp, s);
    }
    return s;
  }

  /** Case-folded: for cue matching. Returns null when the (ASCII) character maps to itself. */
  static String folded(int cp) {
    if (cp < 0x80) {
      if (cp >= 'A' && cp <= 'Z') {
        return null; // caller lower-cases ASCII inline
      }
      return cp <= 0x20 || cp == 0x7f ? asciiControl(cp) : null;
    }
    if (cp >= CACHE_LIMIT) {
      return foldCase(computeCased(cp));
    }
    String s = FOLDED.get(cp);
    if (s == null) {
      s = foldCase(cased(cp));
      FOLDED.set(cp, s);
    }
    return s;
  }

  private static String asciiControl(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c ? " " : DROP;
  }

  private static String foldCase(String s) {
    return s.isEmpty() || s.equals(" ") ? s : UCharacter.foldCase(s, true);
  }

  private static String computeCased(int cp) {
    String override = OVERRIDES.get(cp);
    if (override != null) {
      return override;
    }
    int type = UCharacter.getType(cp);
    if (type == UCharacter.FORMAT || type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK
        || type == UCharacter.CONTROL && !UCharacter.isWhitespace(cp)) {
      return DROP;
    }
    if (UCharacter.isUWhiteSpace(cp) || type == UCharacter.SPACE_SEPARATOR || type == UCharacter.LINE_SEPARATOR
        || type == UCharacter.PARAGRAPH_SEPARATOR || cp == 0x200B) {
      return " ";
    }
    if (type == UCharacter.DECIMAL_DIGIT_NUMBER) {
      return String.valueOf((char) ('0' + UCharacter.digit(cp, 10)));
    }
    String compat = stripMarks(NFKC.normalize(new String(Character.toChars(cp))));
    if (isAscii(compat) && !compat.isEmpty()) {
      return compat;
    }
    if (!UCharacter.isLetter(cp)) {
      return compat.isEmpty() ? new String(Character.toChars(cp)) : compat;
    }
    String latin = latinBaseLetter(cp);
    if (latin != null) {
      return latin;
    }
    if (UCharacter.isUUppercase(cp)) {
      String lower = skeletonLetters(UCharacter.toLowerCase(cp));
      if (lower != null) {
        return lower.toUpperCase(java.util.Locale.ROOT);
      }
    }
    String skeleton = skeletonLetters(cp);
    if (skeleton != null) {
      return skeleton;
    }
    return compat.isEmpty() ? new String(Character.toChars(cp)) : compat;
  }

  /** "LATIN SMALL LETTER V WITH HOOK" means v: hooks, bars, strokes and turns are decoration to a reader. */
  private static String latinBaseLetter(int cp) {
    String name = UCharacter.getName(cp);
    if (name == null || !name.startsWith("LATIN ")) {
      return null;
    }
    int at = name.indexOf(" LETTER ");
    if (at < 0) {
      return null;
    }
    boolean small = name.contains(" SMALL ");
    for (String word : name.substring(at + 8).split(" ")) {
      switch (word) {
        case "SMALL", "CAPITAL", "DOTLESS", "TURNED", "SCRIPT", "REVERSED", "CLOSED", "OPEN", "BARRED", "STRETCHED",
            "INVERTED", "LONG", "SIDEWAYS", "MIDDLE", "BROKEN", "LENIS", "FLATTENED" -> {
          continue;
        }
        default -> {
          if (word.length() == 1 && word.charAt(0) >= 'A' && word.charAt(0) <= 'Z'
              || word.equals("AE") || word.equals("OE") || word.equals("IJ")) {
            return small ? word.toLowerCase(java.util.Locale.ROOT) : word;
          }
          return null;
        }
      }
    }
    return null;
  }

  /** The TR39 skeleton of one character when it is one or two ASCII letters or digits; null otherwise. */
  private static String skeletonLetters(int cp) {
    String skeleton = stripMarks(SPOOF.getSkeleton(new String(Character.toChars(cp))));
    return isAsciiAlnum(skeleton) && skeleton.length() <= 2 ? skeleton : null;
  }

  private static String stripMarks(String s) {
    String d = NFD.normalize(s);
    StringBuilder out = new StringBuilder(d.length());
    d.codePoints().forEach(c -> {
      int t = UCharacter.getType(c);
      if (t != UCharacter.NON_SPACING_MARK && t != UCharacter.ENCLOSING_MARK && t != UCharacter.FORMAT) {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** The letter a punctuation character stands for when it sits between two letters ("H¡gh"), or null. */
  static String insideWord(int cp) {
    return cp >= 0x80 && INSIDE_WORD_CPS.get(cp) ? INSIDE_WORDS.get(cp) : null;
  }

  /** Folds that neither Unicode names nor TR39 skeletons give, kept as data (text/folds.txt). */
  private static void loadOverrides() {
    DataFile file = DataFile.resource("org/sextortionshield/text/folds.txt");
    for (DataFile.Section section : file.sections()) {
      Map<Integer, String> target = section.name().equals("inside-words") ? INSIDE_WORDS : OVERRIDES;
      for (DataFile.Line line : section.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        if (kv == null || kv[0].codePointCount(0, kv[0].length()) != 1) {
          throw new DataFile.DataFileException(file.name(), line.number(), "expected '<character> = <latin>'");
        }
        if (target == INSIDE_WORDS && kv[0].codePointAt(0) < 0x80) {
          throw new DataFile.DataFileException(file.name(), line.number(), "inside-words folds are for non-ASCII "
              + "characters only (ASCII text takes the fast path)");
        }
        target.put(kv[0].codePointAt(0), kv[1]);
        if (target == INSIDE_WORDS) {
          INSIDE_WORD_CPS.set(kv[0].codePointAt(0));
        }
      }
    }
  }
}
