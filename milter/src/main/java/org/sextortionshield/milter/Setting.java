package org.sextortionshield.milter;

/**
 * Every setting of {@code shield milter}: its key in the configuration file, which is also its command-line flag
 * ({@code --key}), its default and what it means. One list, so file, flags, help and README cannot drift apart.
 */
public enum Setting {
  SOCKET("socket", "inet:8890@127.0.0.1",
      "Where to listen: inet:PORT@HOST, inet6:PORT@HOST or unix:/PATH (Postfix/Sendmail notation)."),
  SOCKET_MODE("socket-mode", "660", "Permissions (octal) of a unix: socket file."),
  HTTP("http", "off", "HOST:PORT serving /health and /metrics over HTTP, or off."),
  MAX_MESSAGE_BYTES("max-message-bytes", "1048576",
      "Bytes of a message (headers and body) collected and scanned; beyond them the message passes on, the "
          + "verdict header says only the first bytes were scanned."),
  TIME_BUDGET_MS("time-budget-ms", "2000", "Milliseconds the engine may take for one message."),
  WARM_UP_MS("warm-up-ms", "1500",
      "Milliseconds spent at start judging a built-in message so the first real ones meet compiled code; 0 skips."),
  ON_ERROR("on-error", "accept",
      "When the engine fails or runs out of time: accept (the message passes with X-Sextortion-Verdict: error) "
          + "or tempfail (the MTA answers 451 and the sender tries again later)."),
  TEMPFAIL_TEXT("tempfail-text", "Message could not be checked, please try again later",
      "Text of the 451 4.7.1 answer when on-error = tempfail."),
  MAX_CONNECTIONS("max-connections", "200",
      "MTA connections served at once; more are closed at once (the MTA then applies milter_default_action)."),
  IDLE_TIMEOUT_S("idle-timeout-s", "900", "Seconds a connection may stay silent before it is closed."),
  ENGINE_THREADS("engine-threads", "0", "Threads running the engine; 0 means one per CPU."),
  THRESHOLD("threshold", "0.5", "Engine score from which a message is flagged as (sex)tortion, in [0, 1]."),
  ORGANISATION_DOMAINS("organisation-domains", "",
      "Your organisation's own domains, comma-separated: look-alike sender domains of them are flagged."),
  TRUSTED_AUTHSERV_IDS("trusted-authserv-ids", "",
      "authserv-ids of your receiving servers, comma-separated, whose Authentication-Results are believed; empty "
          + "means the topmost header's."),
  PLATFORM_DIR("platform-dir", "", "Directory of extra trusted-platform templates, or empty."),
  SUBJECT_PREFIX_SCORE("subject-prefix-score", "off",
      "Score from which a flagged message's subject gets subject-prefix, or off."),
  SUBJECT_PREFIX("subject-prefix", "[{VERDICT}]",
      "Text put before the subject; {VERDICT} becomes SEXTORTION or EXTORTION."),
  QUARANTINE_SCORE("quarantine-score", "0.9",
      "Score from which a flagged message is quarantined (Postfix: the hold queue), or off."),
  REJECT_SCORE("reject-score", "off", "Score from which a flagged message is rejected with 550 5.7.1, or off."),
  REJECT_TEXT("reject-text", "Message rejected as extortion mail", "Text of the 550 5.7.1 rejection.");

  private final String key;
  private final String defaultValue;
  private final String description;

  Setting(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** The setting with this key, or null. */
  public static Setting byKey(String key) {
    for (Setting s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return null;
  }
}
