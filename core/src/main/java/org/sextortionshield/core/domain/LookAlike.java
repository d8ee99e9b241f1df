package org.sextortionshield.core.domain;

import com.ibm.icu.text.SpoofChecker;
import java.util.Locale;

/**
 * Whether one domain label imitates another: the same Unicode TR39 skeleton (ICU4J {@link SpoofChecker}: "paypa1",
 * "pаypal" with a Cyrillic а, "rnicrosoft") while spelled differently, or a small Damerau-Levenshtein distance
 * (one typo for labels of 6+ letters, two for 10+), or the genuine label as one part of a hyphenated one
 * ("paypal-secure"). Short labels only count by skeleton or as a part: at edit distance one, "chase" is "phase".
 * Labels are bounded to 63 characters (the DNS limit), so every comparison is cheap.
 */
public final class LookAlike {
  static final int MAX_LABEL = 63;
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
  /**
   * The skeleton of each ASCII character, lower-cased, or null where it is not plain ASCII. A TR39 skeleton maps
   * each code point on its own, so an ASCII word's skeleton is its characters' skeletons end to end: most domain
   * labels and name words need no ICU call (LookAlikeTest holds both ways equal).
   */
  private static final String[] ASCII_SKELETONS = asciiSkeletons();

  /** How a label imitates another; {@code NONE} when it does not. */
  public enum Kind {
    NONE,
    /** The same skeleton, spelled differently: look-alike letters or digits ("paypa1", "rnicrosoft"). */
    SKELETON,
    /** One or two typing errors away ("paypall", "micorsoft"). */
    TYPO,
    /** The genuine label as one hyphen-separated part ("paypal-secure", "secure-paypal"). */
    CONTAINS
  }

  private LookAlike() {}

  /** The TR39 skeleton of a label, lower-cased (skeletons keep case: "0" becomes "O"). */
  public static String skeleton(String label) {
    String s = label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL) : label;
    String ascii = asciiSkeleton(s);
    return ascii != null ? ascii : icuSkeleton(s);
  }

  /** The skeleton as ICU makes it: the definition {@link #asciiSkeleton} must agree with. */
  static String icuSkeleton(String s) {
    return SPOOF.getSkeleton(s.toLowerCase(Locale.ROOT)).toLowerCase(Locale.ROOT);
  }

  /** The skeleton of an ASCII string from the per-character table, or null when any character is not covered. */
  static String asciiSkeleton(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String k = c < 0x80 ? ASCII_SKELETONS[c >= 'A' && c <= 'Z' ? c + 32 : c] : null;
      if (k == null) {
        return null;
      }
      if (out == null && (k.length() != 1 || k.charAt(0) != c)) {
        out = new StringBuilder(s.length() + 4).append(s, 0, i);
      }
      if (out != null) {
        out.append(k);
      }
    }
    return out == null ? s : out.toString();
  }

  private static String[] asciiSkeletons() {
    String[] out = new String[0x80];
    for (char c = 0; c < 0x80; c++) {
      String k = icuSkeleton(String.valueOf(c));
      boolean plain = !k.isEmpty();
      for (int i = 0; i < k.length(); i++) {
        plain &= k.charAt(i) >= 0x20 && k.charAt(i) < 0x7f;
      }
      out[c] = plain && !(c >= 'A' && c <= 'Z') ? k : null;
    }
    return out;
  }

  /**
   * A label prepared for comparison: its skeleton, and which characters it holds (a bit each for a-z and 0-9, one
   * for anything else). Each edit adds at most one character the other label lacks, so labels whose character sets
   * differ by more than the allowed edits need no distance computed: most labels against most brands.
   */
  record Label(String text, String skeleton, long characters) {
    static Label of(String label) {
      long bits = 0;
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        bits |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36);
      }
      return new Label(label, LookAlike.skeleton(label), bits);
    }
  }

  /** How {@code candidate} imitates {@code genuine} (both registrable-domain labels, e.g. "paypa1" and "paypal"). */
  public static Kind compare(String candidate, String genuine) {
    return compare(Label.of(candidate), Label.of(genuine));
  }

  /** As {@link #compare(String, String)}, with both labels prepared. */
  static Kind compare(Label candidateLabel, Label genuineLabel) {
    String candidate = candidateLabel.text();
    String genuine = genuineLabel.text();
    if (candidate.isEmpty() || genuine.isEmpty() || candidate.equals(genuine) || candidate.length() > MAX_LABEL
        || genuine.length() > MAX_LABEL) {
      return Kind.NONE;
    }
    if (candidateLabel.skeleton().equals(genuineLabel.skeleton())) {
      return Kind.SKELETON;
    }
    int allowed = allowedEdits(genuine.length());
    if (allowed > 0 && Math.abs(candidate.length() - genuine.length()) <= allowed
        && charactersAllowTypo(candidateLabel, genuineLabel) && distance(candidate, genuine, allowed) <= allowed) {
      return Kind.TYPO;
    }
    if (genuine.length() >= 4 && candidate.indexOf('-') >= 0 && hasPart(candidate, genuine)) {
      return Kind.CONTAINS;
    }
    return Kind.NONE;
  }

  /** Whether the labels' character sets differ by no more than the typing errors the genuine one allows. */
  static boolean charactersAllowTypo(Label candidate, Label genuine) {
    int allowed = allowedEdits(genuine.text().length());
    long c = candidate.characters();
    long g = genuine.characters();
    return Long.bitCount(c & ~g) <= allowed && Long.bitCount(g & ~c) <= allowed;
  }

  /** Typing errors a look-alike of a genuine label this long may make (none for short labels). */
  static int allowedEdits(int genuineLength) {
    return genuineLength >= 10 ? 2 : genuineLength >= 6 ? 1 : 0;
  }

  private static boolean hasPart(String hyphenated, String part) {
    int start = 0;
    while (start <= hyphenated.length()) {
      int end = hyphenated.indexOf('-', start);
      if (end < 0) {
        end = hyphenated.length();
      }
      if (hyphenated.regionMatches(start, part, 0, part.length()) && end - start == part.length()) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /**
   * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions, transpositions of
   * neighbours), or {@code limit + 1} as soon as it must exceed {@code limit}.
   */
  static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = before;
      before = previous;
      previous = current;
      current = t;
    }
    return Math.min(previous[m], limit + 1);
  }
}
