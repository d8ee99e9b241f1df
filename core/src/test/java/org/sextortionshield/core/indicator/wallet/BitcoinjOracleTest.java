package org.sextortionshield.core.indicator.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.bitcoinj.base.Address;
import org.bitcoinj.base.AddressParser;
import org.bitcoinj.base.BitcoinNetwork;
import org.bitcoinj.base.LegacyAddress;
import org.bitcoinj.base.SegwitAddress;
import org.bitcoinj.base.exceptions.AddressFormatException;
import org.junit.jupiter.api.Test;

/** bitcoinj as an independent oracle for Bitcoin addresses: we accept what it accepts, with the same kind. */
class BitcoinjOracleTest {
  private static final AddressParser MAINNET = AddressParser.getDefault(BitcoinNetwork.MAINNET);
  private static final AddressParser TESTNET = AddressParser.getDefault(BitcoinNetwork.TESTNET);

  @Test
  void agreesWithBitcoinjOnAddressesItMakes() {
    Random random = new Random(11);
    for (int i = 0; i < 200; i++) {
      check(LegacyAddress.fromPubKeyHash(BitcoinNetwork.MAINNET, Samples.bytes(random, 20)), "p2pkh", false);
      check(LegacyAddress.fromScriptHash(BitcoinNetwork.MAINNET, Samples.bytes(random, 20)), "p2sh", false);
      check(LegacyAddress.fromScriptHash(BitcoinNetwork.TESTNET, Samples.bytes(random, 20)), "p2sh", true);
      check(SegwitAddress.fromProgram(BitcoinNetwork.MAINNET, 0, Samples.bytes(random, 32)), "p2wsh", false);
      check(SegwitAddress.fromProgram(BitcoinNetwork.TESTNET, 1, Samples.bytes(random, 32)), "p2tr", true);
    }
  }

  @Test
  void rejectsWhatBitcoinjRejects() {
    Random random = new Random(12);
    int compared = 0;
    for (String valid : Samples.generated(random, 40)) {
      if (!(valid.startsWith("1") || valid.startsWith("3") || valid.startsWith("bc1") || valid.startsWith("m"))) {
        continue;
      }
      for (int k = 0; k < 5; k++) {
        int at = random.nextInt(valid.length());
        char c = Base58.ALPHABET.charAt(random.nextInt(58));
        String mutated = valid.substring(0, at) + c + valid.substring(at + 1);
        boolean bitcoinj = parses(mutated);
        WalletAddress ours = Wallets.recognise(mutated);
        assertThat(ours != null && ours.currency().equals("BTC")).as(mutated).isEqualTo(bitcoinj);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(300);
  }

  private static void check(Address address, String type, boolean testnet) {
    WalletAddress a = Wallets.recognise(address.toString());
    assertThat(a).as(address.toString()).isNotNull();
    assertThat(a.type()).isEqualTo(type);
    assertThat(a.testnet()).isEqualTo(testnet);
    assertThat(a.currency()).isEqualTo("BTC");
  }

  private static boolean parses(String s) {
    for (AddressParser p : new AddressParser[] {MAINNET, TESTNET}) {
      try {
        p.parseAddress(s);
        return true;
      } catch (AddressFormatException e) {
        // try the next network
      }
    }
    return false;
  }
}
