package org.sextortionshield.core.signal;

/**
 * What part of an extortion a signal speaks to. A verdict needs a demand plus a claim or a threat (see Scorer);
 * personalisation and forgery make a claim more credible but are not claims themselves.
 */
public enum Facet {
  /** Sexual material: recording, intimate acts, adult sites. */
  SEXUAL_CLAIM,
  /** Claims of control: hacked device or account, mail sent from the victim's own account. */
  COMPROMISE_CLAIM,
  /** Data about the recipient used to look credible: a quoted password, their address or name. */
  PERSONALISATION,
  /**
   * A forged or deceptive sender: From = To, a display name or domain that imitates a brand or the organisation,
   * replies diverted elsewhere, failed authentication. Plenty of ordinary mail and all phishing has such headers,
   * so it adds weight but never makes a demand an extortion by itself: only the sender's words can.
   */
  FORGERY,
  /** Threats: exposure to contacts, violence, DDoS, ruined reputation, leaked data. */
  THREAT,
  /** A demand for money: amount, wallet, payment instructions. */
  DEMAND,
  /** Pressure: deadlines, secrecy, promises to delete. */
  PRESSURE,
  /** Hiding from filters: look-alike letters, hidden text. */
  EVASION,
  /** A trusted platform carrying someone else's text; adds weight, no structure. */
  PLATFORM
}
