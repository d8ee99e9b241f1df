package org.sextortionshield.core.mail;

import java.util.Locale;
import java.util.Set;

/** Just enough CSS to tell hidden text: inline declarations and simple class/id rules. Hand-written, linear. */
final class Css {
  private Css() {}

  /** The last style parsed on this thread: HtmlText asks for several properties of one element in a row. */
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  /** The value of {@code name} in an inline style (last declaration wins), lower-cased; null when absent. */
  static String property(String style, String name) {
    if (style == null || style.isEmpty()) {
      return null;
    }
    Object[] last = LAST.get();
    if (last[0] != style) {
      last[0] = style;
      last[1] = parse(style);
    }
    @SuppressWarnings("unchecked")
    java.util.Map<String, String> declarations = (java.util.Map<String, String>) last[1];
    return declarations.get(name);
  }

  private static java.util.Map<String, String> parse(String style) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (String decl : style.split(";")) {
      int colon = decl.indexOf(':');
      if (colon > 0) {
        out.put(decl.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            decl.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** True when the declarations make their element's text invisible. */
  static boolean hides(String style) {
    if (style == null || style.isEmpty()) {
      return false;
    }
    String display = property(style, "display");
    if ("none".equals(display)) {
      return true;
    }
    String visibility = property(style, "visibility");
    if ("hidden".equals(visibility) || "collapse".equals(visibility)) {
      return true;
    }
    if (isTiny(property(style, "font-size"))) {
      return true;
    }
    String opacity = property(style, "opacity");
    if (opacity != null && parseNumber(opacity) != null && parseNumber(opacity) < 0.05) {
      return true;
    }
    String overflow = property(style, "overflow");
    boolean clipped = "hidden".equals(overflow);
    return clipped && (isZero(property(style, "max-height")) || isZero(property(style, "height"))
        || isZero(property(style, "width")) || isZero(property(style, "max-width")));
  }

  /** Font sizes no one can read: 0, or at most 2px / 1.5pt / 0.15em. */
  static boolean isTiny(String size) {
    if (size == null) {
      return false;
    }
    Double n = parseNumber(size);
    if (n == null) {
      return false;
    }
    if (size.endsWith("em") || size.endsWith("rem")) {
      return n <= 0.15;
    }
    if (size.endsWith("%")) {
      return n <= 15;
    }
    if (size.endsWith("pt")) {
      return n <= 1.5;
    }
    return n <= 2;
  }

  static boolean isZero(String v) {
    Double n = v == null ? null : parseNumber(v);
    return n != null && n == 0;
  }

  /** Leading number of a CSS value ("0px" is 0, "1.5em" is 1.5); null when there is none. */
  static Double parseNumber(String v) {
    int end = 0;
    while (end < v.length() && (Character.isDigit(v.charAt(end)) || v.charAt(end) == '.' || end == 0 && v.charAt(0) == '-')) {
      end++;
    }
    if (end == 0) {
      return null;
    }
    try {
      return Double.parseDouble(v.substring(0, end));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static final java.util.Map<String, String> NAMED = java.util.Map.of(
      "white", "#ffffff", "black", "#000000", "red", "#ff0000", "blue", "#0000ff", "green", "#008000",
      "transparent", "transparent");

  /** A colour as #rrggbb (or "transparent"), from #rgb, #rrggbb, rgb(r,g,b) or a few names; null otherwise. */
  static String color(String v) {
    if (v == null) {
      return null;
    }
    String s = v.strip().toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < s.length()) { // "background: #fff url(...)" takes the colour part
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      String c = start < i ? single(s.substring(start, i)) : null;
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static String single(String s) {
    if (NAMED.containsKey(s)) {
      return NAMED.get(s);
    }
    if (s.startsWith("#") && (s.length() == 4 || s.length() == 7) && isHex(s.substring(1))) {
      if (s.length() == 4) {
        return "#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3);
      }
      return s;
    }
    if (s.startsWith("rgb(") && s.endsWith(")")) {
      String[] parts = s.substring(4, s.length() - 1).split(",");
      if (parts.length == 3) {
        StringBuilder hex = new StringBuilder("#");
        for (String p : parts) {
          Double n = parseNumber(p.strip());
          if (n == null) {
            return null;
          }
          hex.append(String.format(Locale.ROOT, "%02x", Math.max(0, Math.min(255, n.intValue()))));
        }
        return hex.toString();
      }
    }
    return null;
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Adds classes and ids whose simple rules ({@code .x{display:none}}, {@code #y{font-size:0}}) hide text. */
  static void collectHidingSelectors(String css, Set<String> classes, Set<String> ids) {
    int i = 0;
    int n = Math.min(css.length(), 200_000);
    while (i < n) {
      int open = css.indexOf('{', i);
      if (open < 0 || open >= n) {
        return;
      }
      int close = css.indexOf('}', open);
      if (close < 0) {
        return;
      }
      String selectors = css.substring(i, open);
      String body = css.substring(open + 1, close);
      if (hides(body)) {
        for (String selector : selectors.split(",")) {
          String sel = selector.strip().toLowerCase(Locale.ROOT);
          int dot = sel.lastIndexOf('.');
          int hash = sel.lastIndexOf('#');
          if (sel.contains(" ") || sel.contains(">")) {
            continue; // descendant selectors: too complex to apply safely, and rare in these tricks
          }
          if (dot >= 0 && dot > hash) {
            classes.add(sel.substring(dot + 1));
          } else if (hash >= 0) {
            ids.add(sel.substring(hash + 1));
          }
        }
      }
      i = close + 1;
    }
  }
}
