package org.sextortionshield.core.signal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sextortionshield.core.data.DataFile;

/** The signal definitions of {@code signal/signals.txt}: one section per signal id. */
public final class SignalCatalog {
  private static final SignalCatalog DEFAULTS = load(DataFile.resource("org/sextortionshield/signal/signals.txt"));
  private final Map<String, SignalDefinition> definitions;

  private SignalCatalog(Map<String, SignalDefinition> definitions) {
    // in file order: Map.copyOf iterates in an order that changes from run to run, and so did the listed signals
    this.definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
  }

  public static SignalCatalog defaults() {
    return DEFAULTS;
  }

  public static SignalCatalog load(DataFile file) {
    Map<String, SignalDefinition> defs = new LinkedHashMap<>();
    for (DataFile.Section section : file.sections()) {
      Map<String, String> values = new LinkedHashMap<>();
      for (DataFile.Line line : section.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        if (kv == null) {
          throw new DataFile.DataFileException(file.name(), line.number(), "expected 'key = value'");
        }
        values.put(kv[0], kv[1]);
      }
      try {
        Facet facet = Facet.valueOf(values.getOrDefault("facet", "").toUpperCase(Locale.ROOT).replace('-', '_'));
        double weight = Double.parseDouble(values.getOrDefault("weight", ""));
        String explanation = values.getOrDefault("explanation", section.name());
        // interned: the ids asked for are the signals' literals, so a lookup finds its key by reference
        defs.put(section.name().intern(), new SignalDefinition(section.name(), facet, weight, explanation,
            values.get("cues")));
      } catch (IllegalArgumentException e) {
        throw new DataFile.DataFileException(file.name(), 0, "[" + section.name() + "] needs facet and weight: "
            + e.getMessage());
      }
    }
    return new SignalCatalog(defs);
  }

  /** The definition of {@code id}; a signal without one is a packaging bug. */
  public SignalDefinition get(String id) {
    SignalDefinition d = definitions.get(id);
    if (d == null) {
      throw new IllegalStateException("signal '" + id + "' has no section in signals.txt");
    }
    return d;
  }

  /** Every definition, in file order. */
  public Map<String, SignalDefinition> all() {
    return definitions;
  }
}
