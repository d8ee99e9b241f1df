package org.sextortionshield.core.indicator.wallet;

/**
 * One family of address formats (Bitcoin and its base58/segwit relatives, Bitcoin Cash, Ethereum, Monero, Tron).
 * Implementations reject a candidate by its shape (length, first characters, alphabet) before any hashing, since the
 * scanner offers many candidates that are not addresses at all.
 */
interface AddressFamily {
  /** The address {@code candidate} is, or null. {@code candidate} holds only ASCII letters and digits. */
  WalletAddress recognise(String candidate);
}
