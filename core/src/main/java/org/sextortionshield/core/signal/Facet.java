package org.sextortionshield.core.signal;

/** What part of an extortion a signal speaks to; the verdict needs a demand plus a claim or threat. */
public enum Facet {
  /** Sexual material: recording, intimate acts, adult sites. */
  SEXUAL_CLAIM,
  /** Claims of control: hacked device, own account, quoted password. */
  COMPROMISE_CLAIM,
  /** Threats: exposure to contacts, violence, DDoS, ruined reputation, leaked data. */
  THREAT,
  /** A demand for money: amount, wallet, payment instructions. */
  DEMAND,
  /** Pressure: deadlines, secrecy, promises to delete. */
  PRESSURE,
  /** Hiding from filters: look-alike letters, hidden text. */
  EVASION,
  /** A trusted platform carrying someone else's text. */
  PLATFORM,
  /**
   * A disguised sender: From = To, a display name or domain that imitates a brand or the organisation, replies
   * diverted elsewhere, failed authentication. It adds weight but never makes the structure of an extortion: plenty
   * of ordinary mail has a forged-looking header, and only the sender's words can make a demand or a threat.
   */
  FORGERY
}
