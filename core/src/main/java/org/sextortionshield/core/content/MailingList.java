package org.sextortionshield.core.content;

import java.util.Locale;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.text.LowerCase;

/**
 * Removes what a mailing list adds to a post: the "[list]" subject tag and the footer after a separator line that
 * names the list. Neither was written by the sender, so neither may count for or against the message.
 */
public final class MailingList {
  private static final int FOOTER_WINDOW = 600;

  private MailingList() {}

  /**
   * The message came through a mailing list: it has List-Id or List-Post (RFC 2369/2919), or the older
   * Mailing-List / X-Mailing-List headers (Yahoo Groups, ezmlm), or "Precedence: list".
   */
  public static boolean isList(ParsedMessage message) {
    return message.hasHeader("List-Id") || message.hasHeader("List-Post") || message.hasHeader("Mailing-List")
        || message.hasHeader("X-Mailing-List") || message.header("Precedence").strip().equalsIgnoreCase("list");
  }

  static String stripSubjectTag(String subject) {
    String s = subject.strip();
    for (int round = 0; round < 3; round++) {
      String lower = s.toLowerCase(Locale.ROOT);
      if (lower.startsWith("re:") || lower.startsWith("fw:") || lower.startsWith("aw:")) {
        return s; // a reply keeps its tag in the middle; leave it
      }
      if (s.startsWith("[")) {
        int close = s.indexOf(']');
        if (close > 0 && close < 60 && s.substring(1, close).indexOf(' ') < 0) {
          s = s.substring(close + 1).strip();
          continue;
        }
      }
      break;
    }
    return s;
  }

  /** Cuts a list footer: a separator line near the end followed by lines naming the list (List-Id/List-Post). */
  static String stripFooter(ParsedMessage message, String text) {
    if (!isList(message)) {
      return text;
    }
    int from = Math.max(0, text.length() - FOOTER_WINDOW);
    String tail = LowerCase.of(text.substring(from)); // its offsets are the text's
    String listAddress = listAddress(message);
    int cut = -1;
    int pos = 0;
    while (pos < tail.length()) {
      int nl = tail.indexOf('\n', pos);
      int end = nl < 0 ? tail.length() : nl;
      String line = tail.substring(pos, end).strip();
      if (isSeparator(line)) {
        String after = tail.substring(end);
        if (after.contains("mailing list") || after.contains("listinfo") || after.contains("unsubscribe")
            || !listAddress.isEmpty() && after.contains(listAddress)) {
          cut = from + pos;
          break;
        }
      }
      pos = end + 1;
    }
    return cut < 0 ? text : text.substring(0, cut);
  }

  private static boolean isSeparator(String line) {
    if (line.length() < 3 || line.length() > 80) {
      return false;
    }
    char c = line.charAt(0);
    if (c != '_' && c != '-' && c != '=' && c != '*') {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) != c && line.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static String listAddress(ParsedMessage message) {
    String post = message.header("List-Post").toLowerCase(Locale.ROOT);
    int at = post.indexOf("mailto:");
    if (at >= 0) {
      int end = post.indexOf('>', at);
      return post.substring(at + 7, end < 0 ? post.length() : end).strip();
    }
    return "";
  }
}
