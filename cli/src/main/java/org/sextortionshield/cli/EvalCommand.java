package org.sextortionshield.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.verdict.Category;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shield eval DIR}: accuracy of the sextortion verdict against a labelled corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measures the sextortion verdict on a labelled corpus: DIR/manifest.tsv (columns path, label, "
        + "language; labels sextortion, other_extortion, phishing_other, spam_other, ham).",
        "Prints precision, recall, F1 and false-positive rate, per label and per language, then every miss and "
            + "false alarm."})
final class EvalCommand implements Callable<Integer> {
  static final String POSITIVE = "sextortion";

  @Parameters(arity = "1", paramLabel = "DIR", description = "Corpus directory with manifest.tsv.")
  Path dir;

  @Mixin
  EngineOptions engine = new EngineOptions();


  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** One corpus file's outcome: the worst verdict over its members, or an error. */
  record Result(Manifest.Entry entry, Category category, double score, List<String> signals, String error) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    List<Manifest.Entry> entries = Manifest.read(dir.resolve("manifest.tsv"));
    Shield shield = engine.shield();
        ExecutorService pool = Executors.newFixedThreadPool(engine.threads());
    List<Future<Result>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (Manifest.Entry e : entries) {
      futures.add(pool.submit(() -> judge(shield, e)));
    }
    List<Result> results = new ArrayList<>();
    try {
      for (Future<Result> f : futures) {
        results.add(f.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    new EvalReport(out, results).print(shield.threshold(), seconds);
    out.flush();
    return ShieldCommand.CLEAN;
  }

  private Result judge(Shield shield, Manifest.Entry e) {
    BatchScanner scanner = new BatchScanner(shield, 1);
    List<BatchScanner.Outcome> outcomes = new ArrayList<>();
    scanner.run(List.of(dir.resolve(e.path()).toString()),
        EngineOptions.source(), outcomes::add);
    Category worst = Category.CLEAN;
    double score = 0;
    List<String> signals = new ArrayList<>();
    String error = null;
    boolean any = false;
    for (BatchScanner.Outcome o : outcomes) {
      if (o.failed()) {
        error = o.error();
        continue;
      }
      any = true;
      worst = org.sextortionshield.core.verdict.Verdict.worse(worst, o.verdict().category());
      score = Math.max(score, o.verdict().score());
      o.verdict().signals().forEach(s -> signals.add(s.id()));
      o.verdict().attached().forEach(a -> a.signals().forEach(s -> signals.add(s.id())));
    }
    return new Result(e, worst, score, signals.stream().distinct().toList(), any ? null : error);
  }

  /** Tallies of the sextortion verdict for one group of messages. */
  static final class Tally {
    int total;
    int positives;
    int truePositives;
    int falsePositives;
    int extortion;
    int errors;

    void add(Result r) {
      total++;
      boolean positive = r.entry().label().equals(POSITIVE);
      boolean predicted = r.category() == Category.SEXTORTION;
      if (r.error() != null) {
        errors++;
      }
      if (positive) {
        positives++;
        if (predicted) {
          truePositives++;
        }
      } else if (predicted) {
        falsePositives++;
      }
      if (r.category() == Category.EXTORTION) {
        extortion++;
      }
    }

    int negatives() {
      return total - positives;
    }

    double precision() {
      int p = truePositives + falsePositives;
      return p == 0 ? Double.NaN : (double) truePositives / p;
    }

    double recall() {
      return positives == 0 ? Double.NaN : (double) truePositives / positives;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 || Double.isNaN(p) || Double.isNaN(r) ? Double.NaN : 2 * p * r / (p + r);
    }

    double falsePositiveRate() {
      return negatives() == 0 ? Double.NaN : (double) falsePositives / negatives();
    }
  }

  static Map<String, Tally> groupBy(List<Result> results, java.util.function.Function<Result, String> key) {
    Map<String, Tally> map = new TreeMap<>();
    for (Result r : results) {
      map.computeIfAbsent(key.apply(r), k -> new Tally()).add(r);
    }
    return map;
  }

  static String pct(double d) {
    return Double.isNaN(d) ? "   n/a" : String.format(Locale.ROOT, "%5.1f%%", d * 100);
  }
}
