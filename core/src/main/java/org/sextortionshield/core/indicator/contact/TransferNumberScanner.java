package org.sextortionshield.core.indicator.contact;

import java.util.List;

/**
 * Money-transfer references, only where the text names the service: a Western Union MTCN (10 digits) and a
 * MoneyGram reference number (8 digits), written whole or in groups of three or more digits ("123-456-7890").
 */
final class TransferNumberScanner {
  private static final int NEAR = 300;
  private static final int MIN_GROUP = 3;

  private TransferNumberScanner() {}

  static void scan(ContactSink sink, ContactCues cues) {
    String s = sink.text();
    find(s, PhoneScanner.starts(sink.cueSpans("western-union")), 10, "western-union-mtcn", sink);
    find(s, PhoneScanner.starts(sink.cueSpans("moneygram")), 8, "moneygram-reference", sink);
  }

  private static void find(String s, List<Integer> cues, int wanted, String type, ContactSink sink) {
    if (cues.isEmpty()) {
      return;
    }
    int i = 0;
    while (i < s.length()) {
      if (!ContactSink.isDigit(s.charAt(i)) || i > 0 && (ContactSink.isWordChar(s.charAt(i - 1))
          || s.charAt(i - 1) == '+' || s.charAt(i - 1) == '.' || s.charAt(i - 1) == ',')) {
        i++;
        continue;
      }
      StringBuilder digits = new StringBuilder();
      int end = i;
      int group = 0;
      boolean groupsOk = true;
      while (end < s.length() && digits.length() <= wanted) {
        char c = s.charAt(end);
        if (ContactSink.isDigit(c)) {
          digits.append(c);
          group++;
          end++;
        } else if ((c == ' ' || c == '-') && end + 1 < s.length() && ContactSink.isDigit(s.charAt(end + 1))) {
          groupsOk &= group >= MIN_GROUP;
          group = 0;
          end++;
        } else {
          break;
        }
      }
      groupsOk &= group >= MIN_GROUP;
      boolean runsOn = end < s.length() && (ContactSink.isWordChar(s.charAt(end))
          || (s.charAt(end) == '.' || s.charAt(end) == ',') && end + 1 < s.length()
          && ContactSink.isDigit(s.charAt(end + 1)));
      if (digits.length() == wanted && groupsOk && !runsOn && near(cues, i, end)) {
        sink.add(type, digits.toString(), i, end);
      }
      i = Math.max(end, i + 1);
    }
  }

  private static boolean near(List<Integer> cues, int start, int end) {
    for (int c : cues) {
      if (Math.abs(c - start) <= NEAR || Math.abs(c - end) <= NEAR) {
        return true;
      }
    }
    return false;
  }
}
