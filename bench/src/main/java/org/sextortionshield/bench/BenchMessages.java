package org.sextortionshield.bench;

import java.nio.charset.StandardCharsets;

/**
 * Messages for the benchmarks, written here: a typical sextortion mail, a typical clean mail with no indicator
 * candidate at all, and a sextortion mail whose addresses are disguised (split, invisible characters, look-alikes).
 */
final class BenchMessages {
  static final String SCAM_BODY = """
      Hello,

      I have to share bad news with you. Some months ago I gained access to the devices you use to browse the
      internet. I installed a trojan on your operating system and I have been watching you ever since. I recorded
      you through your webcam while you were watching adult websites, and I made a split-screen video of it.

      If you want me to delete this material, transfer $1,450 (USD) in Bitcoin to my wallet:
      bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4
      or 0.031 BTC to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa. You have 48 hours from the moment you read this e-mail.
      If I do not receive the payment, I will send the video to all your contacts and colleagues.
      Do not reply to this e-mail and do not go to the police. Contact me on Telegram: @agent_x1.
      """;

  static final String CLEAN_BODY = """
      Hi team,

      thanks for joining the planning meeting this morning. As discussed, we will move the release review to the
      week after next, so that the documentation can be finished first. Please have a look at the open questions
      in the shared notes and add anything that is missing before Friday.

      The design group asked whether we could present the new navigation to the whole department; I think that is
      a good idea and suggested the last slot of the monthly meeting. Let me know if you disagree.

      Have a nice weekend,
      Anna
      """;

  static final String OBFUSCATED_BODY = """
      I recorded you through your webcam. Pay 0.05 BTC within 2 days or your contacts get the video.
      My wallet (remove the stars): bc1q*w508*d6qe*jxtd*g4y5*r3za*rvar*y0c5*xw7k*v8f3*t4
      Or: 1A1z P1eP 5QGе fi2D MPTf TL5S Lmv7 DivfNa
      Or: 0x5aAeb6053F3E94C9b9\u200bA09f33669435E7
      Ef1BeAed
      """;

  private BenchMessages() {}

  static byte[] mail(String subject, String body) {
    return ("From: someone@example.net\nTo: you@example.org\nSubject: " + subject
        + "\nMessage-ID: <bench@example.net>\nContent-Type: text/plain; charset=utf-8\n\n" + body)
        .getBytes(StandardCharsets.UTF_8);
  }
}
