package org.sextortionshield.core.header;

import java.util.List;
import java.util.Set;
import org.sextortionshield.core.mail.MailAddress;
import org.sextortionshield.core.mail.ParsedMessage;

/**
 * Where a message says it came from: the Received chain, authentication results, and the envelope-ish headers
 * (Return-Path, Reply-To, Sender, From). The readable trail for evidence and the input of forgery signals.
 */
public record HeaderTrail(ReceivedChain received, AuthenticationResults authentication, String returnPath,
    List<MailAddress> from, List<MailAddress> replyTo, List<MailAddress> sender) {

  /** The trail of a message, trusting Authentication-Results from {@code trustedAuthservIds} (empty: the topmost). */
  public static HeaderTrail of(ParsedMessage m, Set<String> trustedAuthservIds) {
    String returnPath = m.header("Return-Path").strip();
    if (returnPath.startsWith("<") && returnPath.endsWith(">")) {
      returnPath = returnPath.substring(1, returnPath.length() - 1);
    }
    return new HeaderTrail(ReceivedChain.of(m),
        AuthenticationResults.parse(m.headers("Authentication-Results"), m.headers("ARC-Authentication-Results"),
            trustedAuthservIds),
        returnPath.toLowerCase(java.util.Locale.ROOT), m.from(), m.replyTo(), m.sender());
  }
}
