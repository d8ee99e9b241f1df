package org.sextortionshield.training;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rules-only, model-only and combined side by side: how many files of each label, and of each language, each judge
 * calls sextortion; and whether the combination is at least as good as the better of the two on every label (at least
 * as many sextortion files found, at most as many other files called sextortion).
 */
public final class Comparison {
  private static final Outcome.Judge[] JUDGES = Outcome.Judge.values();
  private final List<Outcome> outcomes;
  private final double threshold;

  public Comparison(List<Outcome> outcomes, double threshold) {
    this.outcomes = outcomes;
    this.threshold = threshold;
  }

  /** Counts for one group of files. */
  static final class Counts {
    int files;
    int positives;
    final Map<Outcome.Judge, Integer> called = new EnumMap<>(Outcome.Judge.class);
    final Map<Outcome.Judge, Integer> found = new EnumMap<>(Outcome.Judge.class);

    void add(Outcome o, double threshold) {
      files++;
      if (o.entry().positive()) {
        positives++;
      }
      for (Outcome.Judge j : JUDGES) {
        if (o.sextortion(j, threshold)) {
          called.merge(j, 1, Integer::sum);
          if (o.entry().positive()) {
            found.merge(j, 1, Integer::sum);
          }
        }
      }
    }

    int called(Outcome.Judge j) {
      return called.getOrDefault(j, 0);
    }

    int found(Outcome.Judge j) {
      return found.getOrDefault(j, 0);
    }

    int falseAlarms(Outcome.Judge j) {
      return called(j) - found(j);
    }
  }

  Map<String, Counts> by(Function<Outcome, String> key) {
    Map<String, Counts> map = new TreeMap<>();
    for (Outcome o : outcomes) {
      map.computeIfAbsent(key.apply(o), k -> new Counts()).add(o, threshold);
    }
    return map;
  }

  /** Labels on which the combination is worse than the better of rules-only and model-only; empty when none. */
  public List<String> combinedWorseOn() {
    return by(o -> o.entry().label()).entrySet().stream().filter(e -> {
      Counts c = e.getValue();
      int rules = c.called(Outcome.Judge.RULES);
      int model = c.called(Outcome.Judge.MODEL);
      int combined = c.called(Outcome.Judge.COMBINED);
      return e.getKey().equals(Manifest.POSITIVE) ? combined < Math.max(rules, model)
          : combined > Math.min(rules, model);
    }).map(Map.Entry::getKey).toList();
  }

  /** The side-by-side tables as fixed-width text (used by {@code shield eval} and the training report). */
  public void print(PrintWriter out) {
    out.println("Called sextortion, per label (rules-only / model-only / combined):");
    out.printf(Locale.ROOT, "  %-18s %7s %15s %15s %15s%n", "label", "files", "rules", "model", "combined");
    for (Map.Entry<String, Counts> e : by(o -> o.entry().label()).entrySet()) {
      Counts c = e.getValue();
      out.printf(Locale.ROOT, "  %-18s %7d %15s %15s %15s%n", e.getKey(), c.files, cell(c, Outcome.Judge.RULES),
          cell(c, Outcome.Judge.MODEL), cell(c, Outcome.Judge.COMBINED));
    }
    out.println();
    out.println("Per language: sextortion found (recall) and other mail called sextortion:");
    out.printf(Locale.ROOT, "  %-8s %6s %13s %13s %13s %7s %6s %6s %8s%n", "language", "sext", "rules", "model",
        "combined", "others", "rules", "model", "combined");
    for (Map.Entry<String, Counts> e : by(o -> o.entry().language()).entrySet()) {
      Counts c = e.getValue();
      out.printf(Locale.ROOT, "  %-8s %6d %13s %13s %13s %7d %6d %6d %8d%n", e.getKey(), c.positives,
          recall(c, Outcome.Judge.RULES), recall(c, Outcome.Judge.MODEL), recall(c, Outcome.Judge.COMBINED),
          c.files - c.positives, c.falseAlarms(Outcome.Judge.RULES), c.falseAlarms(Outcome.Judge.MODEL),
          c.falseAlarms(Outcome.Judge.COMBINED));
    }
    out.println();
    List<String> worse = combinedWorseOn();
    out.println("Combined at least as good as the better of rules-only and model-only on every label: "
        + (worse.isEmpty() ? "yes" : "no (" + String.join(", ", worse) + ")"));
  }

  private static String cell(Counts c, Outcome.Judge j) {
    int n = c.called(j);
    return String.format(Locale.ROOT, "%5d %6.1f%%", n, c.files == 0 ? 0 : 100.0 * n / c.files);
  }

  private static String recall(Counts c, Outcome.Judge j) {
    if (c.positives == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%3d %6.1f%%", c.found(j), 100.0 * c.found(j) / c.positives);
  }
}
