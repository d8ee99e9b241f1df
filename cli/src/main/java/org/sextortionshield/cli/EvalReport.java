package org.sextortionshield.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sextortionshield.core.verdict.Category;

/** Prints an evaluation: overall metrics, per label, per language, then every miss and false alarm. */
final class EvalReport {
  private final PrintWriter out;
  private final List<EvalCommand.Result> results;

  EvalReport(PrintWriter out, List<EvalCommand.Result> results) {
    this.out = out;
    this.results = results;
  }

  /** @param model which model the verdict combines with the rules, one line */
  void print(double threshold, double seconds, String model) {
    EvalCommand.Tally all = new EvalCommand.Tally();
    results.forEach(all::add);
    out.printf(Locale.ROOT, "Sextortion verdict on %,d messages (threshold %.2f, %.1f s)%n", all.total, threshold,
        seconds);
    out.println("  " + model);
    out.printf(Locale.ROOT, "  precision %s  recall %s  F1 %s  false-positive rate %s%n",
        EvalCommand.pct(all.precision()), EvalCommand.pct(all.recall()), EvalCommand.pct(all.f1()),
        EvalCommand.pct(all.falsePositiveRate()));
    out.printf(Locale.ROOT, "  true positives %d, false negatives %d, false positives %d, unreadable %d%n%n",
        all.truePositives, all.positives - all.truePositives, all.falsePositives, all.errors);

    out.println("Per label:");
    out.printf("  %-18s %7s %12s %9s %10s%n", "label", "files", "sextortion", "rate", "extortion");
    for (Map.Entry<String, EvalCommand.Tally> e : EvalCommand.groupBy(results, r -> r.entry().label()).entrySet()) {
      EvalCommand.Tally t = e.getValue();
      int called = t.truePositives + t.falsePositives;
      out.printf(Locale.ROOT, "  %-18s %7d %12d %9s %10d%n", e.getKey(), t.total, called,
          EvalCommand.pct(t.total == 0 ? Double.NaN : (double) called / t.total), t.extortion);
    }
    out.println();
    out.println("Per language:");
    out.printf("  %-8s %11s %8s %11s %8s%n", "language", "sextortion", "recall", "others", "FP");
    for (Map.Entry<String, EvalCommand.Tally> e : EvalCommand.groupBy(results, r -> r.entry().language()).entrySet()) {
      EvalCommand.Tally t = e.getValue();
      out.printf(Locale.ROOT, "  %-8s %11d %8s %11d %8d%n", e.getKey(), t.positives, EvalCommand.pct(t.recall()),
          t.negatives(), t.falsePositives);
    }
    out.println();
    out.println("Misses (sextortion not called sextortion):");
    int misses = 0;
    for (EvalCommand.Result r : results) {
      if (r.entry().label().equals(EvalCommand.POSITIVE) && r.category() != Category.SEXTORTION) {
        misses++;
        line(r);
      }
    }
    if (misses == 0) {
      out.println("  none");
    }
    out.println();
    out.println("False alarms (other mail called sextortion):");
    int alarms = 0;
    for (EvalCommand.Result r : results) {
      if (!r.entry().label().equals(EvalCommand.POSITIVE) && r.category() == Category.SEXTORTION) {
        alarms++;
        line(r);
      }
    }
    if (alarms == 0) {
      out.println("  none");
    }
    List<EvalCommand.Result> errors = results.stream().filter(r -> r.error() != null).toList();
    if (!errors.isEmpty()) {
      out.println();
      out.println("Unreadable:");
      errors.forEach(r -> out.printf("  %s: %s%n", r.entry().path(), r.error()));
    }
  }

  private void line(EvalCommand.Result r) {
    out.printf(Locale.ROOT, "  %s [%s, %s] %s %.2f: %s%n", r.entry().path(), r.entry().label(),
        r.entry().language(), r.category().label(), r.score(), String.join(",", r.signals()));
  }
}
