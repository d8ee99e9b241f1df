package org.sextortionshield.evidence;

import java.util.HashMap;
import java.util.Map;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.indicator.Wallet;

/** Public block-explorer links per currency, from {@code explorers.txt}. */
final class Explorers {
  private static final Explorers DEFAULTS = load(DataFile.resource("org/sextortionshield/evidence/explorers.txt"));

  private record Currency(String name, String address, String testnet) {}

  private final Map<String, Currency> currencies;

  private Explorers(Map<String, Currency> currencies) {
    this.currencies = Map.copyOf(currencies);
  }

  static Explorers defaults() {
    return DEFAULTS;
  }

  static Explorers load(DataFile file) {
    Map<String, Currency> out = new HashMap<>();
    for (DataFile.Section s : file.sections()) {
      Map<String, String> kv = new HashMap<>();
      for (DataFile.Line line : s.lines()) {
        String[] pair = DataFile.keyValue(line.text());
        if (pair == null) {
          throw new DataFile.DataFileException(file.name(), line.number(), "expected 'key = value'");
        }
        kv.put(pair[0], pair[1]);
      }
      out.put(s.name(), new Currency(kv.getOrDefault("name", s.name()), kv.getOrDefault("address", ""),
          kv.getOrDefault("testnet", "")));
    }
    return new Explorers(out);
  }

  /** The explorer page of a wallet, or "" when the currency has none. */
  String link(Wallet w) {
    Currency c = currencies.get(w.currency());
    if (c == null) {
      return "";
    }
    String template = w.testnet() ? c.testnet() : c.address();
    return template.isEmpty() ? "" : template.replace("{address}", w.address());
  }

  /** The currency's name ("Bitcoin"), or its code. */
  String name(String code) {
    Currency c = currencies.get(code);
    return c == null ? code : c.name();
  }
}
