package org.sextortionshield.core.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Reading display names ("PayPal Service", "service@paypal.com", "Miсrosoft account team" with a Cyrillic с): the
 * words they consist of, folded to TR39 skeletons so look-alike letters compare equal, and the brand they claim.
 */
public final class DisplayNames {
  private static final int MAX_WORDS = 12;
  private static final int MAX_NAME = 200;

  private DisplayNames() {}

  /** The lower-case words (runs of letters and digits) of a name, at most {@value #MAX_WORDS}. */
  public static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    String s = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    int i = 0;
    while (i < s.length() && out.size() <= MAX_WORDS) {
      while (i < s.length() && !Character.isLetterOrDigit(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      int start = i;
      while (i < s.length() && Character.isLetterOrDigit(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      if (start < i) {
        out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * The brand a display name claims to be: one of the brand's names, and otherwise only service words ("PayPal
   * Service", "Microsoft account team"); null when it claims none. Longer display names are not brand claims.
   */
  public static Brand claimedBrand(String displayName, SenderDomains domains) {
    List<String> words = words(displayName);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return null;
    }
    List<String> folded = fold(words);
    BitSet named = new BitSet(); // only brands with a name starting with one of the words can be claimed
    for (String w : folded) {
      for (int b : domains.brandsNamedFrom(w)) {
        named.set(b);
      }
    }
    for (int b = named.nextSetBit(0); b >= 0; b = named.nextSetBit(b + 1)) {
      Brand brand = domains.brands().get(b);
      for (List<String> name : brand.nameWords()) {
        int at = indexOf(folded, name);
        if (at >= 0 && onlyServiceWords(words, at, at + name.size(), domains)) {
          return brand;
        }
      }
    }
    return null;
  }

  /** The e-mail address written inside a display name ("service@paypal.com via ..."), or "". */
  public static String addressIn(String displayName) {
    int at = displayName.indexOf('@');
    if (at <= 0 || displayName.length() > MAX_NAME) {
      return "";
    }
    int start = at;
    while (start > 0 && isAddressChar(displayName.charAt(start - 1))) {
      start--;
    }
    int end = at + 1;
    while (end < displayName.length() && isAddressChar(displayName.charAt(end))) {
      end++;
    }
    String candidate = displayName.substring(start, end).toLowerCase(Locale.ROOT);
    while (candidate.endsWith(".")) {
      candidate = candidate.substring(0, candidate.length() - 1);
    }
    return start < at && candidate.indexOf('.', candidate.indexOf('@')) > 0 ? candidate : "";
  }

  private static boolean isAddressChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '+';
  }

  /** Words folded to their TR39 skeletons, so "Miсrosoft" with a Cyrillic с equals "microsoft". */
  static List<String> fold(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(LookAlike.skeleton(w));
    }
    return out;
  }

  private static int indexOf(List<String> folded, List<String> foldedName) {
    if (foldedName.isEmpty()) {
      return -1;
    }
    for (int i = 0; i + foldedName.size() <= folded.size(); i++) {
      if (folded.subList(i, i + foldedName.size()).equals(foldedName)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean onlyServiceWords(List<String> words, int from, int to, SenderDomains domains) {
    for (int i = 0; i < words.size(); i++) {
      if ((i < from || i >= to) && !domains.isServiceWord(words.get(i))) {
        return false;
      }
    }
    return true;
  }
}
