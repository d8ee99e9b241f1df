package org.sextortionshield.milter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Log lines in {@code key=value} form, one per message, so {@code grep queue_id=4XyZ} finds a message and
 * {@code grep action=quarantine} all quarantined ones. Values that carry spaces, quotes or control characters are
 * quoted and escaped: message ids and addresses come from strangers and must not forge log fields.
 */
final class MessageLog {
  private static final int MAX_VALUE = 200;
  private final StringBuilder line = new StringBuilder(256);

  private MessageLog(String event) {
    line.append(Instant.now().truncatedTo(ChronoUnit.MILLIS)).append(" shield-milter ").append(event);
  }

  static MessageLog event(String event) {
    return new MessageLog(event);
  }

  MessageLog field(String key, Object value) {
    line.append(' ').append(key).append('=');
    appendValue(value == null ? "-" : value.toString());
    return this;
  }

  MessageLog fieldIf(boolean condition, String key, Object value) {
    return condition ? field(key, value) : this;
  }

  MessageLog millis(String key, long nanos) {
    return field(key, String.format(Locale.ROOT, "%.2f", nanos / 1e6));
  }

  /** Up to five addresses joined by commas, then how many more there were. */
  static String addresses(List<String> first, int total) {
    String joined = String.join(",", first);
    return total > first.size() ? joined + ",+" + (total - first.size()) : joined;
  }

  @Override
  public String toString() {
    return line.toString();
  }

  private void appendValue(String v) {
    if (v.length() > MAX_VALUE) {
      v = v.substring(0, MAX_VALUE) + "...";
    }
    boolean plain = !v.isEmpty();
    for (int i = 0; i < v.length() && plain; i++) {
      char c = v.charAt(i);
      plain = c > ' ' && c != '"' && c != '\\' && c != '=' && c != 0x7f && !Character.isISOControl(c)
          && !Character.isWhitespace(c);
    }
    if (plain) {
      line.append(v);
      return;
    }
    line.append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"' || c == '\\') {
        line.append('\\').append(c);
      } else if (Character.isISOControl(c) || (Character.isWhitespace(c) && c != ' ')) {
        line.append(c <= 0xff ? String.format(Locale.ROOT, "\\x%02x", (int) c)
            : String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        line.append(c);
      }
    }
    line.append('"');
  }
}
