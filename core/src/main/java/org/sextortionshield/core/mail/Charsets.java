package org.sextortionshield.core.mail;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Decodes part bytes by their declared charset, forgiving the usual lies: "us-ascii" with 8-bit bytes, missing or
 * unknown charsets. Undeclared or unknown text is read as UTF-8 when it is valid UTF-8, otherwise as windows-1252
 * (which can decode any byte), and the fallback is reported.
 */
final class Charsets {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Charsets() {}

  static String decode(byte[] bytes, int length, boolean cut, String declared, Consumer<String> problem,
      String where) {
    String name = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("\"") && name.endsWith("\"") && name.length() > 1) {
      name = name.substring(1, name.length() - 1);
    }
    Charset charset = null;
    if (!name.isEmpty() && !name.equals("us-ascii") && !name.equals("ascii")) {
      charset = lookUp(name);
    }
    if (charset == null) {
      Charset guess = isValidUtf8(bytes, length, cut) ? StandardCharsets.UTF_8 : WINDOWS_1252;
      if (!name.isEmpty() && !name.equals("us-ascii") && !name.equals("ascii")) {
        problem.accept("unknown charset '" + clip(declared) + "' in " + where + ", read as " + guess.name());
      }
      charset = guess;
    }
    // malformed and unmappable input becomes the charset's replacement character; the String constructor's fast
    // paths for UTF-8 and Latin-1 make no char buffer in between, as a CharsetDecoder does
    return new String(bytes, 0, length, charset);
  }

  /**
   * The charset of a (lower-cased) name, or null when Java knows none by it. The names mail declares most are
   * answered from a fixed table without the JDK's lookup, which checks and searches the name each time (its own
   * cache holds two names, and mail alternates between more).
   */
  static Charset lookUp(String name) {
    Charset known = COMMON.get(name);
    if (known != null) {
      return known;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Lower-cased names and aliases of the charsets mail declares most, each as Charset.forName finds it. */
  private static final Map<String, Charset> COMMON = common("utf-8", "iso-8859-1", "windows-1252", "iso-8859-15",
      "iso-8859-2", "windows-1250", "windows-1251", "koi8-r", "gb2312", "gbk", "gb18030", "big5", "euc-kr", "euc-jp",
      "shift_jis", "iso-2022-jp", "utf-16", "iso-8859-9", "windows-1256", "iso-8859-7", "tis-620", "us-ascii");

  private static Map<String, Charset> common(String... names) {
    Map<String, Charset> out = new HashMap<>();
    for (String name : names) {
      try {
        Charset c = Charset.forName(name);
        List<String> all = new ArrayList<>(c.aliases());
        all.add(c.name());
        for (String alias : all) {
          String lower = alias.toLowerCase(Locale.ROOT);
          if (Charset.forName(lower) == c) { // the table answers only as the lookup would
            out.put(lower, c);
          }
        }
      } catch (IllegalArgumentException e) {
        // not in this Java: looked up by name as any other
      }
    }
    return Map.copyOf(out);
  }

  /**
   * Where the first whole character of bytes cut from the middle of a text starts: past up to three UTF-8
   * continuation bytes, unless the charset is a UTF-16 or UTF-32 one (whose units the cut kept aligned).
   */
  static int characterStart(byte[] bytes, String declared) {
    String name = declared == null ? "" : declared.toLowerCase(Locale.ROOT);
    if (name.contains("16") || name.contains("32") || name.contains("ucs")) {
      return 0;
    }
    int i = 0;
    while (i < 3 && i < bytes.length && (bytes[i] & 0xC0) == 0x80) {
      i++;
    }
    return i;
  }

  /**
   * Strict UTF-8 well-formedness (no overlongs, no surrogates), ASCII included. When {@code cut} (a read limit ended
   * the bytes), a character left incomplete at the very end is forgiven.
   */
  static boolean isValidUtf8(byte[] b, int length, boolean cut) {
    return isValidUtf8(b, 0, length, cut);
  }

  /** {@link #isValidUtf8(byte[], int, boolean)} of the bytes from {@code from} to {@code length}. */
  static boolean isValidUtf8(byte[] b, int from, int length, boolean cut) {
    int i = from;
    while (i < length) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i = asciiEnd(b, i + 1, length);
        continue;
      }
      int n;
      int min;
      if (c >= 0xc2 && c <= 0xdf) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        n = 3;
        min = 0x10000;
      } else {
        return false;
      }
      int cp = c & (0x3f >> n);
      for (int k = 1; k <= n; k++) {
        if (i + k >= length) {
          return cut;
        }
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (cc & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff) {
        return false;
      }
      i += n + 1;
    }
    return true;
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** The index of the first byte from {@code i} with its high bit set, or {@code length}: eight bytes a step. */
  static int asciiEnd(byte[] b, int i, int length) {
    while (i + Long.BYTES <= length && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
      i += Long.BYTES;
    }
    while (i < length && b[i] >= 0) {
      i++;
    }
    return i;
  }

  static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
