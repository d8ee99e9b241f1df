package org.sextortionshield.core.indicator.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * International phone numbers ("+44 7700 900123", "0044 (0)20 …"), validated with libphonenumber and reported in
 * E.164; a number near a WhatsApp cue is a WhatsApp contact. Candidates are cut out by a hand-written scan (at most
 * {@value #MAX_CANDIDATE} characters each), so libphonenumber only ever sees short strings.
 */
final class PhoneScanner {
  private static final int MAX_CANDIDATE = 24;
  private static final int MIN_DIGITS = 8;
  private static final int MAX_DIGITS = 15;
  private static final int WHATSAPP_BEFORE = 80;
  private static final int WHATSAPP_AFTER = 40;
  /** libphonenumber calls per text: far more numbers than a real mail holds, few enough to stay fast (~30 µs each). */
  static final int MAX_PARSES = 1000;
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private PhoneScanner() {}

  static void scan(ContactSink sink, ContactCues cues) {
    String s = sink.text();
    List<Integer> whatsapp = null;
    int parses = 0;
    Prefixes prefixes = new Prefixes(s);
    for (int i = prefixes.next(0); i >= 0 && parses < MAX_PARSES; i = prefixes.next(i + 1)) {
      int digitsFrom = internationalPrefix(s, i);
      if (digitsFrom < 0) {
        continue;
      }
      int end = digitsFrom;
      int digits = 0;
      int lastDigitEnd = digitsFrom;
      while (end < s.length() && end - i < MAX_CANDIDATE && digits <= MAX_DIGITS) {
        char c = s.charAt(end);
        if (ContactSink.isDigit(c)) {
          digits++;
          lastDigitEnd = end + 1;
        } else if (" -.()/".indexOf(c) < 0) {
          break;
        }
        end++;
      }
      if (digits < MIN_DIGITS || digits > MAX_DIGITS || lastDigitEnd < s.length()
          && ContactSink.isDigit(s.charAt(lastDigitEnd))) {
        continue;
      }
      parses++;
      String e164 = e164("+" + s.substring(digitsFrom, lastDigitEnd));
      if (e164 != null) {
        if (whatsapp == null) {
          whatsapp = starts(sink.cueSpans("whatsapp"));
        }
        sink.add(near(whatsapp, i, lastDigitEnd) ? "whatsapp" : "phone", e164, i, lastDigitEnd);
        i = lastDigitEnd;
      }
    }
  }

  /**
   * The places where an international prefix may stand, a '+' or "00", in text order: found by searching for each
   * (a fast search of the whole text) rather than by looking at every character. Each search moves on only when
   * passed, so a text full of one of them costs one pass for the other.
   */
  static final class Prefixes {
    private final String s;
    private int plus = -2; // the next '+' at or after the last place asked for; -1 when there is none, -2 not known
    private int zeros = -2;

    Prefixes(String s) {
      this.s = s;
    }

    /** The first place from {@code from} on holding '+' or "00", or -1. */
    int next(int from) {
      if (plus != -1 && plus < from) {
        plus = s.indexOf('+', from);
      }
      if (zeros != -1 && zeros < from) {
        zeros = s.indexOf("00", from);
      }
      return plus < 0 ? zeros : zeros < 0 ? plus : Math.min(plus, zeros);
    }
  }

  /** Where the digits after an international prefix ("+", "00") start at {@code i}, or -1. */
  private static int internationalPrefix(String s, int i) {
    if (i > 0 && (ContactSink.isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '+')) {
      return -1;
    }
    if (s.charAt(i) == '+' && i + 1 < s.length() && ContactSink.isDigit(s.charAt(i + 1))) {
      return i + 1;
    }
    if (s.startsWith("00", i) && i + 2 < s.length() && s.charAt(i + 2) >= '1' && s.charAt(i + 2) <= '9') {
      return i + 2;
    }
    return -1;
  }

  private static String e164(String candidate) {
    try {
      PhoneNumber n = PHONES.parse(candidate, "ZZ");
      return PHONES.isValidNumber(n) ? PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
    } catch (NumberParseException e) {
      return null;
    }
  }

  /** The start offsets of cue spans, in a list the caller may change. */
  static List<Integer> starts(List<int[]> spans) {
    List<Integer> at = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      at.add(span[0]);
    }
    return at;
  }

  /** True when a WhatsApp cue stands just before or after the number; each cue names one number, the first. */
  private static boolean near(List<Integer> cues, int start, int end) {
    for (int k = 0; k < cues.size(); k++) {
      int c = cues.get(k);
      if (c <= start && start - c <= WHATSAPP_BEFORE || c >= end && c - end <= WHATSAPP_AFTER) {
        cues.remove(k);
        return true;
      }
    }
    return false;
  }
}
