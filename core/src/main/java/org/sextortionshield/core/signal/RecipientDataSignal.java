package org.sextortionshield.core.signal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.indicator.LowerAt;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.lexicon.CueMatch;
import org.sextortionshield.core.mail.MailAddress;
import org.sextortionshield.core.text.LowerCase;

/**
 * Data about the recipient used to look credible: a quoted password (masked in evidence: first and last character),
 * a claim to know the password, or the recipient's address, local part or name in the subject or body.
 */
public final class RecipientDataSignal implements Signal {
  private static final int MIN_LOCAL_PART = 3;
  private static final int MIN_PASSWORD = 4;
  private static final int MAX_PASSWORD = 64;
  /** Words between a password and "your password" in every language ("hunter22 is your password"): a data file. */
  private static final Set<String> LINKING_WORDS = linkingWords(
      DataFile.resource("org/sextortionshield/signal/password-words.txt"));
  private static final int MAX_LINKING_WORDS = 2;
  private static final int ATTRIBUTION_WINDOW = 80;
  /** Only the opening of a body counts: footers ("you subscribed as x@y") name the recipient in ordinary mail. */
  private static final int OPENING = 1000;

  @Override
  public String id() {
    return "recipient-data";
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    List<Evidence> quoted = new ArrayList<>();
    Evidence claim = null;
    for (MessageContent.Found<CueMatch> f : input.content().cues("password")) {
      Evidence q = quotedPassword(f.segment(), f.item());
      if (q != null && quoted.stream().noneMatch(e -> e.secret().equals(q.secret()))) {
        quoted.add(q);
      } else if (q == null && claim == null) {
        claim = CueSignal.evidence(f.segment(), f.item(), "claims to know your password");
      }
    }
    List<Evidence> out = new ArrayList<>(quoted.subList(0, Math.min(2, quoted.size())));
    if (out.isEmpty() && claim != null) {
      out.add(claim);
    }
    addressInText(input.content(), out);
    return out;
  }

  /** Finds the password a "your password is …" / "… is your password" cue quotes (the Shield masks it). */
  static Evidence quotedPassword(TextSegment segment, CueMatch m) {
    String s = segment.original();
    int cueStart = segment.normalized().sourceStart(m.tokens().start(m.from()));
    int cueEnd = segment.normalized().sourceEnd(m.tokens().end(m.to() - 1));
    // "…your passwords: hunter-22" (introduced after the cue) before "I know hunter-22 is your password" (inside)
    int[] span = tokenAfter(s, cueEnd, true);
    if (span == null) {
      span = tokenInside(s, cueStart, cueEnd);
    }
    if (span == null) {
      span = tokenAfter(s, cueEnd, false);
    }
    if (span == null) {
      span = tokenBefore(s, cueStart);
    }
    if (span == null) {
      return null;
    }
    String password = s.substring(span[0], span[1]);
    int from = Math.min(cueStart, span[0]);
    int to = Math.max(cueEnd, span[1]);
    // In clear here: masking this password alone first would mask a longer secret around it differently (fuzzing).
    return new Evidence(segment.location(), s.substring(from, to), segment.context(from, to),
        "quotes a password (masked here)", from, to, password);
  }

  /**
   * The password inside the cue: "I know that hunter-22 is your password", "Your password hunter-22 was leaked",
   * "je sais que Xy7#k est ton mot de passe". It is the word right before a linking word ({@code password-words.txt}),
   * neither the cue's first word nor its last, with a digit or a symbol that is not part of ordinary words ("j'ai",
   * "palavra-passe"): "I have stolen 1,234 of your passwords" quotes none.
   */
  private static int[] tokenInside(String s, int cueStart, int cueEnd) {
    List<int[]> words = new ArrayList<>();
    int i = cueStart;
    while (i < cueEnd) {
      while (i < cueEnd && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < cueEnd && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (start < i) {
        words.add(new int[] {start, i});
      }
    }
    for (int w = words.size() - 2; w >= 1; w--) {
      int[] next = words.get(w + 1);
      if (!isLinkingWord(s.substring(next[0], next[1]))) {
        continue;
      }
      int[] span = candidate(s, words.get(w)[0], false);
      if (span != null && span[1] <= words.get(w)[1] && hasDigitOrRareSymbol(s, span[0], span[1])) {
        return span;
      }
    }
    return null;
  }

  private static boolean isLinkingWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int end = w.length();
    while (end > 0 && ",;:.!?".indexOf(w.charAt(end - 1)) >= 0) {
      end--;
    }
    return LINKING_WORDS.contains(w.substring(0, end));
  }

  private static Set<String> linkingWords(DataFile file) {
    Set<String> out = new HashSet<>();
    for (DataFile.Section section : file.sections()) {
      for (DataFile.Line line : section.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        if (kv == null) {
          throw new DataFile.DataFileException(file.name(), line.number(), "expected 'language = word, word, ...'");
        }
        for (String word : kv[1].split(",")) {
          if (!word.isBlank()) {
            out.add(word.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return Set.copyOf(out);
  }

  private static boolean hasDigitOrRareSymbol(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && "'’-.".indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }

  /** The word after the cue; with {@code onlyIntroduced}, only one set off by ':', '=' or a quote. */
  private static int[] tokenAfter(String s, int at, boolean onlyIntroduced) {
    int i = at;
    boolean introduced = false;
    while (i < s.length() && i - at < 12 && (Character.isWhitespace(s.charAt(i)) || ":=\"'«“-".indexOf(s.charAt(i)) >= 0)) {
      introduced |= s.charAt(i) == ':' || s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == '=';
      i++;
    }
    return onlyIntroduced && !introduced ? null : candidate(s, i, introduced);
  }

  private static int[] tokenBefore(String s, int cueStart) {
    int at = cueStart;
    // "I know that hunter22 is your password": skip the linking word(s) between token and cue; at most two, so
    // "is is is … is your password" costs two steps, not one per word (it once overflowed the stack recursing)
    for (int hops = 0; hops <= MAX_LINKING_WORDS; hops++) {
      int i = at;
      while (i > 0 && at - i < 12 && (Character.isWhitespace(s.charAt(i - 1)) || "\"'»”".indexOf(s.charAt(i - 1)) >= 0)) {
        i--;
      }
      int end = i;
      int start = end;
      while (start > 0 && !Character.isWhitespace(s.charAt(start - 1)) && end - start < MAX_PASSWORD) {
        start--;
      }
      if (!isLinkingWord(s.substring(start, end))) {
        return start < end ? candidate(s, start, false) : null;
      }
      at = start;
    }
    return null;
  }

  private static int[] candidate(String s, int start, boolean introduced) {
    int end = start;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && end - start <= MAX_PASSWORD) {
      end++;
    }
    while (end > start && ".,;!?\"'»”)".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    int len = end - start;
    if (len < MIN_PASSWORD || len > MAX_PASSWORD || isAddressOrLink(s, start, end) || isMasked(s, start, end)) {
      return null;
    }
    boolean digitOrSymbol = false;
    for (int i = start; i < end; i++) {
      digitOrSymbol |= !Character.isLetter(s.charAt(i));
    }
    return introduced || digitOrSymbol ? new int[] {start, end} : null;
  }

  /**
   * "the password for your account kim@example.org" names the account, not the password: an e-mail address or link
   * after (or before) a password cue is never the secret, and masking it would hide it only in part of the verdict.
   * Nor is what is left of an address cut at its '@' ("lee.chen@", "@example.org"; found by fuzzing), while
   * "kim@1987" may well be a password.
   */
  private static boolean isAddressOrLink(String s, int start, int end) {
    String token = s.substring(start, end).toLowerCase(Locale.ROOT);
    int at = token.indexOf('@');
    boolean address = at == 0 || at == token.length() - 1 || at > 0 && token.indexOf('.', at) > at + 1;
    return address || token.contains("://") || token.startsWith("www.");
  }

  /**
   * "h******2" is a password already masked (as some scams show it): there is nothing to hide, and masking it would
   * give it back unchanged, so it is a claim to know the password rather than a quoted one (the fuzz invariant's case).
   */
  private static boolean isMasked(String s, int start, int end) {
    String token = s.substring(start, end);
    return mask(token).equals(token);
  }

  /** "hunter22" becomes "h******2": enough to recognise it, not enough to use it. */
  public static String mask(String password) {
    // by code points: an emoji at either end stays whole instead of becoming half a surrogate pair ('?' in output)
    int n = password.codePointCount(0, password.length());
    if (n <= 2) {
      return "**";
    }
    return new StringBuilder(password.length()).appendCodePoint(password.codePointAt(0)).append("*".repeat(n - 2))
        .appendCodePoint(password.codePointBefore(password.length())).toString();
  }

  private static void addressInText(MessageContent content, List<Evidence> out) {
    List<MailAddress> recipients = content.recipients();
    if (recipients.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    Set<String> locations = new HashSet<>();
    String listId = content.message().header("List-Id").toLowerCase(Locale.ROOT);
    String subject = content.message().subject().toLowerCase(Locale.ROOT);
    List<TextSegment> visible = content.visibleSegments();
    Texts texts = new Texts(visible);
    for (MailAddress r : recipients) {
      String address = r.address();
      String local = r.localPart();
      if (address.isEmpty() || !seen.add(address)) {
        continue;
      }
      // A list's own name in its posts ("[bitcoin-dev] …") is the list talking, not data about the reader.
      boolean isList = !listId.isEmpty() && (listId.contains(local) || listId.contains(address))
          || subject.contains("[" + local + "]");
      if (isList) {
        continue;
      }
      for (int s = 0; s < visible.size(); s++) {
        TextSegment segment = visible.get(s);
        if (out.size() >= CueSignal.MAX_EVIDENCE || locations.contains(segment.location())) {
          continue;
        }
        int before = out.size();
        addressIn(segment, texts, s, address, local, r.displayName(), out);
        if (out.size() > before) {
          locations.add(segment.location());
        }
      }
    }
  }

  /**
   * What the search reads of each visible segment, made once per message rather than once per recipient: the
   * subject lower-cased without its list tags, and where a body's first '@' is (an address can only be where one is,
   * and most texts hold none near their opening, so most are never lower-cased for this).
   */
  private static final class Texts {
    private final List<TextSegment> segments;
    private final String[] lower;
    private final int[] firstAt;

    Texts(List<TextSegment> segments) {
      this.segments = segments;
      this.lower = new String[segments.size()];
      this.firstAt = new int[segments.size()];
      java.util.Arrays.fill(firstAt, -2);
    }

    /** The text searched: the subject without tags, or the original, lower-cased with every char in place. */
    String lower(int s) {
      if (lower[s] == null) {
        TextSegment segment = segments.get(s);
        lower[s] = isSubject(segment) ? LowerCase.of(withoutTags(segment.original())) : segment.lowerCaseOriginal();
      }
      return lower[s];
    }

    /** Index of the first '@' of segment {@code s}'s text, or -1 (lower-casing leaves every '@' where it was). */
    int firstAt(int s) {
      if (firstAt[s] == -2) {
        firstAt[s] = segments.get(s).original().indexOf('@');
      }
      return firstAt[s];
    }
  }

  private static boolean isSubject(TextSegment segment) {
    return segment.location().equals(MessageContent.SUBJECT);
  }

  private static void addressIn(TextSegment segment, Texts texts, int s, String address, String local,
      String displayName, List<Evidence> out) {
    boolean subject = isSubject(segment);
    if (!subject) {
      // the address's '@' would be at its start plus its own '@''s index: none there before the opening, no match
      int first = texts.firstAt(s);
      int ownAt = address.indexOf('@');
      if (first < 0 && ownAt >= 0 || ownAt >= 0 && first - ownAt >= OPENING) {
        return;
      }
      int at = ownAt >= 0 && isAscii(address) ? addressInOpening(segment.original(), first, address, ownAt)
          : openingOnly(texts.lower(s).indexOf(address));
      if (at >= 0 && !isQuotedOrAttribution(segment.original(), at)) {
        out.add(new Evidence(segment.location(), segment.original().substring(at, at + address.length()),
            segment.context(at, at + address.length()), "names your e-mail address", at, at + address.length()));
      }
      return;
    }
    String lower = texts.lower(s);
    int at = lower.indexOf(address);
    if (at >= 0) {
      out.add(new Evidence(segment.location(), segment.original().substring(at, at + address.length()),
          segment.context(at, at + address.length()), "names your e-mail address", at, at + address.length()));
      return;
    }
    if (subject && local.length() >= MIN_LOCAL_PART) {
      int l = wordIndex(lower, local);
      if (l >= 0) {
        out.add(new Evidence(segment.location(), segment.original().substring(l, l + local.length()),
            segment.original(), "puts your address's name part in the subject", l, l + local.length()));
        return;
      }
    }
    String name = displayName.toLowerCase(Locale.ROOT);
    if (subject && name.indexOf(' ') > 0 && name.length() >= 5 && !name.contains("@")) {
      int n = wordIndex(lower, name);
      if (n >= 0) {
        out.add(new Evidence(segment.location(), segment.original().substring(n, n + name.length()),
            segment.original(), "puts your name in the subject", n, n + name.length()));
        return;
      }
    }
  }

  /** The subject without "[list]" tags, same length, so offsets still point into the original. */
  static String withoutTags(String subject) {
    char[] c = subject.toCharArray();
    int open = -1;
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '[') {
        open = i;
      } else if (c[i] == ']' && open >= 0) {
        if (i - open < 60) {
          for (int k = open; k <= i; k++) {
            c[k] = ' ';
          }
        }
        open = -1;
      }
    }
    return new String(c);
  }

  /**
   * Where {@code address} (ASCII, its '@' at {@code ownAt}) first stands in {@code LowerCase.of(text)}, if that is
   * before the opening's end, else -1; read in place from the text's '@'s, the first at {@code firstAt}, instead of
   * lower-casing a whole body to search it.
   */
  static int addressInOpening(String text, int firstAt, String address, int ownAt) {
    for (int p = firstAt; p >= 0 && p - ownAt < OPENING; p = text.indexOf('@', p + 1)) {
      if (LowerAt.startsWith(text, p - ownAt, address)) {
        return p - ownAt;
      }
    }
    return -1;
  }

  private static int openingOnly(int at) {
    return at < OPENING ? at : -1;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * Addresses in quoted replies ("> …") or attribution lines ("On …, X <x@y> wrote:") are not the sender's words.
   * Only the line and the window after the address are lower-cased: the marks looked for are ASCII, found in them
   * where they stand in the whole text lower-cased ({@link LowerAt}).
   */
  static boolean isQuotedOrAttribution(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int lineEnd = text.indexOf('\n', at);
    String line = LowerCase.of(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd)).strip();
    if (line.startsWith(">") || line.startsWith("to:") || line.startsWith("from:") || line.startsWith("cc:")) {
      return true;
    }
    int windowEnd = Math.min(text.length(), at + ATTRIBUTION_WINDOW);
    return LowerCase.of(text.substring(at, windowEnd)).contains("wrote") || line.endsWith(":") && line.contains(",");
  }

  private static int wordIndex(String text, String word) {
    int i = text.indexOf(word);
    while (i >= 0) {
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      int end = i + word.length();
      boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (before && after) {
        return i;
      }
      i = text.indexOf(word, i + 1);
    }
    return -1;
  }
}
