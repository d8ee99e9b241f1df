package org.sextortionshield.core.indicator.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bitcoinj.base.Base58;
import org.bitcoinj.base.BitcoinNetwork;
import org.bitcoinj.base.LegacyAddress;
import org.bitcoinj.base.SegwitAddress;

/** Valid addresses of every family: published vectors plus addresses bitcoinj (the test oracle) makes. */
final class Samples {
  private Samples() {}

  static List<String> all() {
    List<String> out = new ArrayList<>();
    for (String file : new String[] {"bip350.txt"}) {
      for (String[] v : Vectors.pairs(file, "valid-address")) {
        if (v[0].length() >= Wallets.MIN_CHARS) {
          out.add(v[0]);
        }
      }
    }
    for (String s : Vectors.lines("eip55.txt", "checksummed")) {
      if (!s.equals(s.toLowerCase(java.util.Locale.ROOT)) && !s.substring(2).equals(s.substring(2).toUpperCase())) {
        out.add(s);
      }
    }
    for (String[] v : Vectors.pairs("monero.txt", "mainnet")) {
      out.add(v[0]);
    }
    for (String[] v : Vectors.pairs("cashaddr.txt", "mainnet")) {
      out.add(v[0].substring(v[0].indexOf(':') + 1));
    }
    out.addAll(generated(new Random(7), 3));
    return out;
  }

  /** {@code n} addresses of each legacy and segwit kind, made by bitcoinj from random hashes. */
  static List<String> generated(Random random, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(LegacyAddress.fromPubKeyHash(BitcoinNetwork.MAINNET, bytes(random, 20)).toString());
      out.add(LegacyAddress.fromScriptHash(BitcoinNetwork.MAINNET, bytes(random, 20)).toString());
      out.add(LegacyAddress.fromPubKeyHash(BitcoinNetwork.TESTNET, bytes(random, 20)).toString());
      out.add(SegwitAddress.fromProgram(BitcoinNetwork.MAINNET, 0, bytes(random, 20)).toString());
      out.add(SegwitAddress.fromProgram(BitcoinNetwork.MAINNET, 1, bytes(random, 32)).toString());
      out.add(Base58.encodeChecked(0x30, bytes(random, 20))); // Litecoin L...
      out.add(Base58.encodeChecked(0x1e, bytes(random, 20))); // Dogecoin D...
      out.add(Base58.encodeChecked(0x41, bytes(random, 20))); // Tron T...
    }
    return out;
  }

  static byte[] bytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
