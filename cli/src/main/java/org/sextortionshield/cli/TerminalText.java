package org.sextortionshield.cli;

/**
 * Text for a terminal: the sender writes subjects, names and quotes, and an escape sequence in them would clear the
 * screen, set the window title or colour what follows; a direction override would show "exe.txt" as "txt.exe".
 * Control and direction characters are shown as escapes ("\u001B") instead; line breaks and tabs stay (a lone
 * carriage return does not: it would let a quote overwrite the verdict's line).
 */
final class TerminalText {
  private TerminalText() {}

  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c) && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f // C0 (but line breaks), DEL, C1
        || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 // embeddings, overrides, isolates
        || c == 0x200e || c == 0x200f || c == 0x061c; // direction marks
  }
}
