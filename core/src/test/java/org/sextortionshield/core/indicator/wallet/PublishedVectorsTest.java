package org.sextortionshield.core.indicator.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The published test vectors of BIP-173, BIP-350, EIP-55, cashaddr and Monero examples. */
class PublishedVectorsTest {
  @Test
  void bip173Bech32Strings() {
    checkStrings("bip173.txt", "bech32", Bech32.Encoding.BECH32);
  }

  @Test
  void bip350Bech32mStrings() {
    checkStrings("bip350.txt", "bech32m", Bech32.Encoding.BECH32M);
  }

  private static void checkStrings(String file, String kind, Bech32.Encoding encoding) {
    for (String s : Vectors.lines(file, "valid-" + kind)) {
      assertThat(Bech32.verify(s)).as(s).isEqualTo(encoding);
    }
    for (String s : Vectors.lines(file, "invalid-" + kind)) {
      assertThat(Bech32.verify(s)).as(s).isNotEqualTo(encoding);
    }
  }

  @Test
  void segwitAddressesOfBothBips() {
    for (String file : new String[] {"bip173.txt", "bip350.txt"}) {
      for (String[] v : Vectors.pairs(file, "valid-address")) {
        WalletAddress a = Wallets.recognise(v[0]);
        assertThat(a).as(v[0]).isNotNull();
        assertThat(a.type()).as(v[0]).isEqualTo(v[1]);
        assertThat(a.currency()).isEqualTo("BTC");
        assertThat(a.address()).isEqualTo(v[0].toLowerCase(Locale.ROOT));
        assertThat(a.testnet()).isEqualTo(v[0].startsWith("tb"));
        assertThat(a.validated()).isTrue();
      }
      for (String s : Vectors.lines(file, "invalid-address")) {
        assertThat(Wallets.recognise(s)).as(s).isNull();
      }
    }
  }

  @Test
  void eip55ChecksumsHoldAndABrokenOneIsRejected() {
    for (String s : Vectors.lines("eip55.txt", "checksummed")) {
      WalletAddress a = Wallets.recognise(s);
      assertThat(a).as(s).isNotNull();
      assertThat(a.currency()).isEqualTo("ETH");
      assertThat(a.address()).isEqualTo(s);
      boolean mixed = !s.substring(2).equals(s.substring(2).toLowerCase(Locale.ROOT))
          && !s.substring(2).equals(s.substring(2).toUpperCase(Locale.ROOT));
      assertThat(a.validated()).as(s).isEqualTo(mixed);
      assertThat(Ethereum.checksummed(s.substring(2).toLowerCase(Locale.ROOT))).isEqualTo(s.substring(2));
      if (mixed) {
        String broken = flipCaseOfLastLetter(s);
        assertThat(Wallets.recognise(broken)).as(broken).isNull();
      }
    }
  }

  @Test
  void singleCaseEthereumIsReportedUnvalidatedInChecksumSpelling() {
    WalletAddress a = Wallets.recognise("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
    assertThat(a.validated()).isFalse();
    assertThat(a.address()).isEqualTo("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
  }

  @Test
  void moneroExamples() {
    for (String net : new String[] {"mainnet", "testnet"}) {
      for (String[] v : Vectors.pairs("monero.txt", net)) {
        WalletAddress a = Wallets.recognise(v[0]);
        assertThat(a).as(v[0]).isNotNull();
        assertThat(a.currency()).isEqualTo("XMR");
        assertThat(a.type()).isEqualTo(v[1]);
        assertThat(a.testnet()).isEqualTo(net.equals("testnet"));
        String broken = v[0].substring(0, 50) + (v[0].charAt(50) == 'a' ? 'b' : 'a') + v[0].substring(51);
        assertThat(Wallets.recognise(broken)).as(broken).isNull();
      }
    }
  }

  @Test
  void cashaddrWithAndWithoutPrefix() {
    for (String[] v : Vectors.pairs("cashaddr.txt", "mainnet")) {
      String payload = v[0].substring(v[0].indexOf(':') + 1);
      for (String written : new String[] {payload, payload.toUpperCase(Locale.ROOT)}) {
        WalletAddress a = Wallets.recognise(written);
        assertThat(a).as(written).isNotNull();
        assertThat(a.currency()).isEqualTo("BCH");
        assertThat(a.address()).isEqualTo(v[0]);
        assertThat(a.type()).isEqualTo(v[1]);
      }
      String broken = payload.substring(0, 20) + (payload.charAt(20) == 'q' ? 'p' : 'q') + payload.substring(21);
      assertThat(Wallets.recognise(broken)).isNull();
    }
  }

  private static String flipCaseOfLastLetter(String s) {
    for (int i = s.length() - 1; i > 1; i--) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        char f = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return s.substring(0, i) + f + s.substring(i + 1);
      }
    }
    throw new IllegalArgumentException(s);
  }
}
