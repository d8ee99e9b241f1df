package org.sextortionshield.core.indicator.contact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.indicator.HashFilter;
import org.sextortionshield.core.indicator.LowerAt;
import org.sextortionshield.core.text.TextNormalizer;
import org.sextortionshield.core.text.Tokens;

/** The service words, fillers, link prefixes and defanging forms of {@code indicator/contacts.txt}, normalised. */
public final class ContactCues {
  /** The chars a defanged form starts with or has second: its bracket, or the "x" / "*" after its "h" (load reads it). */
  private static final char[] MARKS = {'[', '(', '{', 'x', 'X', '*'};
  private static final ContactCues DEFAULTS = load(DataFile.resource("org/sextortionshield/indicator/contacts.txt"));

  /** A written form and what it stands for: a cue word and its service, a link prefix and its service, ... */
  record Form(String written, String meaning) {}

  /** A service word, as normalised words, and the service (contact type) it names. */
  record Cue(String type, String[] words) {}

  /** Cues by their first word, for one pass over a segment's words. */
  final Map<String, List<Cue>> cuesByFirstWord = new LinkedHashMap<>();
  /** The keys of {@link #cuesByFirstWord}, for the words of a text that are none (made once loaded). */
  HashFilter firstWords;
  final Set<String> fillers = new HashSet<>();
  final List<Form> links = new ArrayList<>();
  /**
   * For each link, a piece of it that is rarer in text than its start (".com/", ".me/": from the last dot before the
   * first '/' through that '/'), searched for instead of each link in turn; and where that piece stands in the link.
   */
  final List<String> linkAnchors = new ArrayList<>();
  int[] linkAnchor;
  int[] linkAnchorOffset;
  final List<Form> refang = new ArrayList<>();

  private ContactCues() {}

  public static ContactCues defaults() {
    return DEFAULTS;
  }

  /** A filter that passes the first word of every cue. */
  public HashFilter firstWords() {
    return firstWords;
  }

  /** Replaces defanged forms ("[at]", "[.]", "hxxp") by what they stand for; length may change. */
  public String refang(String s) {
    String out = s;
    String lower = out.toLowerCase(java.util.Locale.ROOT); // made again only when a form was replaced
    for (Form f : refang) {
      if (lower.contains(f.written())) {
        out = replaceIgnoreCase(out, f.written(), f.meaning());
        lower = out.toLowerCase(java.util.Locale.ROOT);
      }
    }
    return out;
  }

  /**
   * True when any defanged form occurs in {@code LowerCase.of(s)}, read in place ({@link LowerAt}; a cheap test
   * before {@link #refang}). Every form starts with a bracket or with "h" followed by "x" or "*" (checked when
   * loaded): the forms are tried where such a bracket, "x" or "*" stands, found by searches that skip the rest.
   */
  public boolean hasDefanged(String s) {
    for (int m = 0; m < MARKS.length; m++) {
      String[] forms = refangByMark[m];
      int before = m < 3 ? 0 : 1; // a bracket starts its form, the "x" or "*" follows its "h"
      for (int at = forms.length == 0 ? -1 : s.indexOf(MARKS[m]); at >= 0; at = s.indexOf(MARKS[m], at + 1)) {
        for (String form : forms) {
          if (LowerAt.startsWith(s, at - before, form)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Per mark of {@link #MARKS}, the defanged forms holding it there (made once loaded). */
  private String[][] refangByMark;

  static int indexOfIgnoreCase(String s, String what, int from) {
    for (int i = Math.max(0, from); i + what.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }

  private static String replaceIgnoreCase(String s, String what, String with) {
    int at = indexOfIgnoreCase(s, what, 0);
    if (at < 0) {
      return s;
    }
    boolean glue = with.equals("@") || with.equals("."); // "name [at] mail [dot] com": the spaces go too
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    while (at >= 0) {
      out.append(s, from, at);
      from = at + what.length();
      if (glue) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
          out.setLength(out.length() - 1);
        }
        while (from < s.length() && s.charAt(from) == ' ') {
          from++;
        }
      }
      out.append(with);
      at = indexOfIgnoreCase(s, what, from);
    }
    return out.append(s, from, s.length()).toString();
  }

  private static ContactCues load(DataFile file) {
    ContactCues c = new ContactCues();
    for (DataFile.Section section : file.sections()) {
      for (DataFile.Line line : section.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        if (kv == null) {
          throw new DataFile.DataFileException(file.name(), line.number(), "expected 'key = value, value, ...'");
        }
        for (String item : kv[1].split(",")) {
          String v = item.strip();
          if (v.isEmpty()) {
            continue;
          }
          if (section.name().startsWith("cue:")) {
            String[] words = words(v);
            c.cuesByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                .add(new Cue(section.name().substring(4), words));
          } else if (section.name().equals("fillers")) {
            c.fillers.add(normal(v));
          } else if (section.name().equals("links")) {
            c.links.add(new Form(v.toLowerCase(java.util.Locale.ROOT), kv[0]));
          } else if (section.name().equals("refang")) {
            String form = v.toLowerCase(java.util.Locale.ROOT);
            char first = form.isEmpty() ? ' ' : form.charAt(0);
            boolean quick = first == '[' || first == '(' || first == '{'
                || first == 'h' && form.length() > 1 && (form.charAt(1) == 'x' || form.charAt(1) == '*');
            if (!quick || !form.chars().allMatch(ch -> ch < 128)) {
              throw new DataFile.DataFileException(file.name(), line.number(),
                  "a defanged form is ASCII and starts with a bracket or 'hx'/'h*' (the quick test looks for those)");
            }
            c.refang.add(new Form(form, kv[0]));
          } else {
            throw new DataFile.DataFileException(file.name(), line.number(),
                "unknown section [" + section.name() + "]");
          }
        }
      }
    }
    c.linkAnchor = new int[c.links.size()];
    c.linkAnchorOffset = new int[c.links.size()];
    for (int k = 0; k < c.links.size(); k++) {
      String link = c.links.get(k).written();
      int slash = link.indexOf('/');
      int dot = slash < 0 ? -1 : link.lastIndexOf('.', slash);
      String anchor = dot < 0 ? link : link.substring(dot, slash + 1);
      if (!c.linkAnchors.contains(anchor)) {
        c.linkAnchors.add(anchor);
      }
      c.linkAnchor[k] = c.linkAnchors.indexOf(anchor);
      c.linkAnchorOffset[k] = dot < 0 ? 0 : dot;
    }
    c.firstWords = HashFilter.of(c.cuesByFirstWord.keySet());
    c.refangByMark = new String[MARKS.length][];
    for (int m = 0; m < MARKS.length; m++) {
      char mark = LowerAt.of(MARKS[m]);
      int before = m < 3 ? 0 : 1;
      c.refangByMark[m] = c.refang.stream().map(Form::written).filter(w -> w.length() > before && w.charAt(before) == mark).distinct()
          .toArray(String[]::new);
    }
    return c;
  }

  private static String normal(String word) {
    return TextNormalizer.forMatching(word).text();
  }

  private static String[] words(String phrase) {
    Tokens t = Tokens.of(TextNormalizer.forMatching(phrase));
    String[] out = new String[t.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = t.word(k);
    }
    return out;
  }
}
