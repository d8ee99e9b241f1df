package org.sextortionshield.core.indicator.wallet;

import org.bouncycastle.crypto.digests.KeccakDigest;

/** Keccak-256 (the pre-standard SHA-3 padding that Ethereum and Monero use), from Bouncy Castle. */
final class Keccak {
  private Keccak() {}

  static byte[] hash256(byte[] data, int length) {
    KeccakDigest digest = new KeccakDigest(256);
    digest.update(data, 0, length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
