package org.sextortionshield.core.signal;

/** What part of an extortion a signal speaks to; the verdict needs a demand plus a claim or threat. */
public enum Facet {
  /** Sexual material: recording, intimate acts, adult sites. */
  SEXUAL_CLAIM,
  /** Claims of control: hacked device, own account, quoted password, From = To. */
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
  PLATFORM
}
