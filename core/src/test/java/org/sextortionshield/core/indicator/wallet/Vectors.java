package org.sextortionshield.core.indicator.wallet;

import java.util.ArrayList;
import java.util.List;
import org.sextortionshield.core.data.DataFile;

/** Published address test vectors under src/test/resources/wallet-vectors, one section per kind. */
final class Vectors {
  private Vectors() {}

  /** The lines of section {@code section} in {@code file}, with {@code \xNN} escapes decoded. */
  static List<String> lines(String file, String section) {
    List<String> out = new ArrayList<>();
    for (DataFile.Section s : DataFile.resource("wallet-vectors/" + file).sections()) {
      if (s.name().equals(section)) {
        for (DataFile.Line line : s.lines()) {
          out.add(unescape(line.text()));
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no vectors in " + file + " [" + section + "]");
    }
    return out;
  }

  /** "address = type" lines as {address, type}. */
  static List<String[]> pairs(String file, String section) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(file, section)) {
      int eq = line.lastIndexOf('=');
      out.add(new String[] {line.substring(0, eq).strip(), line.substring(eq + 1).strip()});
    }
    return out;
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\x", i) && i + 4 <= s.length()) {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
        i += 3;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
