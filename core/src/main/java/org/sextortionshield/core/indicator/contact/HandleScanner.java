package org.sextortionshield.core.indicator.contact;

import java.util.List;

/**
 * Messenger and social-network contacts: Skype IDs ({@code live:…}) and names, profile links (Facebook, Instagram,
 * Snapchat, Telegram, WhatsApp), and handles written right after the service's name ("Telegram: @name",
 * "my Skype is john.doe85"). Hand-written scans over normalised text.
 */
final class HandleScanner {
  private static final int MAX_HANDLE = 40;
  private static final int MAX_PATH = 100;
  private static final int MAX_FILLERS = 3;
  /** Services whose handles follow their names; WhatsApp numbers and transfer numbers have their own scanners. */
  private static final List<String> HANDLE_SERVICES = List.of("skype", "telegram", "instagram", "snapchat");

  private HandleScanner() {}

  static void scan(ContactSink sink, ContactCues cues) {
    String s = sink.text();
    skypeIds(s, sink);
    links(s, cues, sink);
    for (String service : HANDLE_SERVICES) {
      for (int[] cue : sink.cueSpans(service)) {
        handleAfter(s, cue[1], service, cues, sink);
      }
    }
  }

  /** "live:" Skype IDs: live:john.doe_1, live:.cid.1a2b3c. */
  private static void skypeIds(String s, ContactSink sink) {
    for (int at : ContactSink.wordsAt(s, "live")) {
      int from = at + 4;
      if (from < s.length() && s.charAt(from) == ':') {
        int end = handleEnd(s, from + 1);
        if (end - from - 1 >= 4) {
          sink.add("skype", s.substring(at, end), at, end);
        }
      }
    }
  }

  /**
   * Profile and chat links, link by link, each where it stands in text order. A link is found where its anchor is
   * ({@link ContactCues#linkAnchors}): each anchor is searched for once, not each link.
   */
  private static void links(String s, ContactCues cues, ContactSink sink) {
    int[][] places = linkPlaces(s, cues);
    for (int k = 0; k < cues.links.size(); k++) {
      ContactCues.Form link = cues.links.get(k);
      for (int at : places[k]) {
        if (at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1))) {
          int from = at + link.written().length();
          int end = from;
          while (end < s.length() && end - from < MAX_PATH && isPathChar(s.charAt(end))) {
            end++;
          }
          while (end > from && ".,/?&=".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
          }
          if (end > from) {
            String path = s.substring(from, end);
            boolean whatsapp = link.meaning().equals("whatsapp");
            String value = whatsapp ? "+" + digits(path) : link.written() + path;
            if (!whatsapp || digits(path).length() >= 8) {
              sink.add(link.meaning(), value, at, end);
            }
          }
        }
      }
    }
  }

  /** For each of the links, every place it starts in {@code s}, in order. */
  static int[][] linkPlaces(String s, ContactCues cues) {
    int[][] anchors = new int[cues.linkAnchors.size()][];
    for (int a = 0; a < anchors.length; a++) {
      anchors[a] = occurrences(s, cues.linkAnchors.get(a));
    }
    int[][] places = new int[cues.links.size()][];
    for (int k = 0; k < places.length; k++) {
      String link = cues.links.get(k).written();
      int[] at = new int[anchors[cues.linkAnchor[k]].length];
      int n = 0;
      for (int p : anchors[cues.linkAnchor[k]]) {
        int start = p - cues.linkAnchorOffset[k];
        if (start >= 0 && s.startsWith(link, start)) {
          at[n++] = start;
        }
      }
      places[k] = java.util.Arrays.copyOf(at, n);
    }
    return places;
  }

  /** Every place {@code what} starts in {@code s}, overlapping ones too, in order. */
  private static int[] occurrences(String s, String what) {
    int[] at = new int[4];
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      if (n == at.length) {
        at = java.util.Arrays.copyOf(at, n * 2);
      }
      at[n++] = i;
    }
    return java.util.Arrays.copyOf(at, n);
  }

  /** A handle right after a service's name: skip ":", "-", "@" and filler words ("is", "id", "me"). */
  private static void handleAfter(String s, int from, String service, ContactCues cues, ContactSink sink) {
    int i = from;
    boolean marked = false; // a ':' or '@' says "here comes the handle"
    for (int fillers = 0; fillers <= MAX_FILLERS && i < s.length(); ) {
      char c = s.charAt(i);
      if (c == ':' || c == '=') {
        marked = true;
        i++;
      } else if (c == ' ' || c == '-' || c == '>' || c == '"' || c == '\'') {
        i++;
      } else {
        int wordEnd = i;
        while (wordEnd < s.length() && Character.isLetterOrDigit(s.charAt(wordEnd))) {
          wordEnd++;
        }
        if (wordEnd > i && cues.fillers.contains(s.substring(i, wordEnd))) {
          fillers++;
          i = wordEnd;
        } else {
          break;
        }
      }
    }
    boolean at = i < s.length() && s.charAt(i) == '@';
    int start = at ? i + 1 : i;
    int end = handleEnd(s, start);
    while (end > start && ".-".indexOf(s.charAt(end - 1)) >= 0) {
      end--; // "Skype: john.doe." ends a sentence
    }
    String handle = s.substring(start, end);
    if (handle.length() < 3 || !Character.isLetterOrDigit(handle.charAt(0))) {
      return;
    }
    boolean looksLikeHandle = at || marked || hasHandleMark(handle);
    if (!looksLikeHandle || service.equals("skype") && handle.length() < 6 && !at) {
      return;
    }
    String value = service.equals("skype") ? handle : "@" + handle;
    sink.add(service, value, at ? i : start, end);
  }

  private static int handleEnd(String s, int from) {
    int end = from;
    while (end < s.length() && end - from < MAX_HANDLE && isHandleChar(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean hasHandleMark(String h) {
    for (int k = 0; k < h.length(); k++) {
      char c = h.charAt(k);
      if (ContactSink.isDigit(c) || c == '_' || c == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean isHandleChar(char c) {
    return c >= 'a' && c <= 'z' || ContactSink.isDigit(c) || c == '.' || c == '_' || c == '-';
  }

  private static boolean isPathChar(char c) {
    return c >= 'a' && c <= 'z' || ContactSink.isDigit(c) || "._-?=&%/+".indexOf(c) >= 0;
  }

  private static String digits(String s) {
    StringBuilder d = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (ContactSink.isDigit(c)) {
        d.append(c);
      }
    }
    return d.toString();
  }
}
