package org.sextortionshield.milter;

import static org.sextortionshield.milter.protocol.Smfi.SMFIF_ADDHDRS;
import static org.sextortionshield.milter.protocol.Smfi.SMFIF_CHGHDRS;
import static org.sextortionshield.milter.protocol.Smfi.SMFIF_QUARANTINE;
import static org.sextortionshield.milter.protocol.Smfi.SMFIR_ACCEPT;
import static org.sextortionshield.milter.protocol.Smfi.SMFIR_ADDHEADER;
import static org.sextortionshield.milter.protocol.Smfi.SMFIR_CHGHEADER;
import static org.sextortionshield.milter.protocol.Smfi.SMFIR_QUARANTINE;
import static org.sextortionshield.milter.protocol.Smfi.SMFIR_REPLYCODE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Verdict;
import org.sextortionshield.milter.protocol.Negotiation;
import org.sextortionshield.milter.protocol.Packet;

/**
 * What the milter answers at end of message, decided from the engine's outcome, the {@link ActionPolicy} and what
 * the MTA allows: header deletions and additions, a subject prefix, quarantine, and the final reply.
 *
 * @param verdict the verdict label for logs and metrics: a category, or {@code error}
 * @param notes what could not be done as configured (the MTA did not allow it), for the log line
 * @param forgedDeleted how many X-Sextortion-* headers from outside are deleted
 */
record Disposition(List<Packet> packets, Action action, String verdict, Double score, List<String> notes,
    int forgedDeleted) {
  static final String VERDICT_HEADER = "X-Sextortion-Verdict";
  static final String SCORE_HEADER = "X-Sextortion-Score";
  static final String SIGNALS_HEADER = "X-Sextortion-Signals";
  static final String ERROR = "error";

  static Disposition decide(ScanOutcome outcome, IncomingMessage message, ActionPolicy policy, Negotiation mta) {
    List<Packet> out = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (outcome.failed() && policy.tempfailOnError()) {
      out.add(reply("451 4.7.1 " + policy.tempfailText()));
      return new Disposition(out, Action.TEMPFAIL, ERROR, null, notes, 0);
    }
    Verdict v = outcome.verdict();
    boolean flagged = v != null && !v.isClean();
    double score = v == null ? 0 : v.score();
    if (flagged && ActionPolicy.reached(policy.rejectScore(), score)) {
      out.add(reply("550 5.7.1 " + policy.rejectText()));
      return new Disposition(out, Action.REJECT, v.category().label(), score, notes, 0);
    }
    int forgedDeleted = deleteForgedHeaders(message, mta, out, notes);
    Action action = Action.TAG;
    if (mta.allows(SMFIF_ADDHDRS)) {
      out.add(header(SMFIR_ADDHEADER, VERDICT_HEADER, verdictValue(outcome, message)));
      if (v != null) {
        out.add(header(SMFIR_ADDHEADER, SCORE_HEADER, formatScore(score)));
        out.add(header(SMFIR_ADDHEADER, SIGNALS_HEADER, signalList(v)));
      }
    } else {
      notes.add("mta-forbids-adding-headers");
    }
    if (flagged && ActionPolicy.reached(policy.subjectPrefixScore(), score)) {
      if (mta.allows(SMFIF_CHGHDRS)) {
        out.add(prefixedSubject(policy.subjectPrefix().replace("{VERDICT}", v.category().label()
            .toUpperCase(Locale.ROOT)), message.subject()));
        action = Action.PREFIX;
      } else {
        notes.add("mta-forbids-subject-prefix");
      }
    }
    if (flagged && ActionPolicy.reached(policy.quarantineScore(), score)) {
      if (mta.allows(SMFIF_QUARANTINE)) {
        out.add(Packet.builder(SMFIR_QUARANTINE).string("Sextortion Shield: " + v.category().label() + ", score "
            + formatScore(score)).build());
        action = Action.QUARANTINE;
      } else {
        notes.add("mta-forbids-quarantine");
      }
    }
    out.add(Packet.of(SMFIR_ACCEPT));
    return new Disposition(out, action, v == null ? ERROR : v.category().label(), v == null ? null : score, notes,
        forgedDeleted);
  }

  /** Deletes every X-Sextortion-* header that came with the message, last occurrence first so indexes hold. */
  private static int deleteForgedHeaders(IncomingMessage message, Negotiation mta, List<Packet> out,
      List<String> notes) {
    List<IncomingMessage.HeaderRef> forged = message.forgedHeaders();
    if (forged.isEmpty()) {
      return 0;
    }
    if (!mta.allows(SMFIF_CHGHDRS)) {
      notes.add("mta-forbids-deleting-forged-headers");
      return 0;
    }
    for (int i = forged.size() - 1; i >= 0; i--) {
      IncomingMessage.HeaderRef h = forged.get(i);
      // the name's own bytes: re-encoded as UTF-8, a non-ASCII name would not match the header the MTA holds
      out.add(Packet.builder(SMFIR_CHGHEADER).int32(h.index())
          .string(h.name().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).string("").build());
    }
    if (message.forgedOverflow()) {
      notes.add("too-many-forged-headers");
    }
    return forged.size();
  }

  static String verdictValue(ScanOutcome outcome, IncomingMessage message) {
    if (outcome.failed()) {
      return ERROR + " (" + outcome.failure().description + ")";
    }
    String label = outcome.verdict().category().label();
    if (message.truncated()) {
      return label + " (first " + message.keptBytes() + " bytes scanned)";
    }
    return outcome.verdict().truncated() ? label + " (partly scanned: size limits)" : label;
  }

  static String formatScore(double score) {
    return String.format(Locale.ROOT, "%.4f", score);
  }

  /** The ids of the signals that fired, in the message and in forwarded originals, or {@code none}. */
  static String signalList(Verdict v) {
    Set<String> ids = new LinkedHashSet<>();
    ArrayDeque<Verdict> pending = new ArrayDeque<>(List.of(v));
    while (!pending.isEmpty()) {
      Verdict next = pending.poll();
      for (SignalResult s : next.signals()) {
        ids.add(s.id());
      }
      pending.addAll(next.attached());
    }
    return ids.isEmpty() ? "none" : String.join(", ", ids);
  }

  private static Packet prefixedSubject(String prefix, byte[] subject) {
    if (subject == null) {
      return header(SMFIR_ADDHEADER, "Subject", prefix);
    }
    byte[] p = (prefix + " ").getBytes(StandardCharsets.UTF_8);
    byte[] value = new byte[p.length + subject.length];
    System.arraycopy(p, 0, value, 0, p.length);
    System.arraycopy(subject, 0, value, p.length, subject.length);
    return Packet.builder(SMFIR_CHGHEADER).int32(1).string("Subject").string(value).build();
  }

  private static Packet header(byte code, String name, String value) {
    return Packet.builder(code).string(name).string(value).build();
  }

  private static Packet reply(String text) {
    return Packet.builder(SMFIR_REPLYCODE).string(text).build();
  }
}
