package org.sextortionshield.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sextortionshield.core.Analysis;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.model.FeatureVector;
import org.sextortionshield.core.model.ModelFile;
import org.sextortionshield.core.model.ModelOpinion;
import org.sextortionshield.core.model.Predictor;
import org.sextortionshield.core.model.Terms;

/**
 * The model's cost per message, on the embedded model: {@code predict} (dot product and calibration, the part the
 * "inference beyond feature extraction" budget is about), {@code rankContributions} (predict plus the explanation's
 * re-derivation and ranking), and for reference {@code extractFeatures} and the whole {@code judge}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ModelBenchmark {
  @Param({"sextortion.eml", "newsletter.eml", "thread.eml"})
  public String message;

  private Predictor predictor;
  private Analysis analysis;
  private List<Terms> terms;
  private List<String> signals;
  private FeatureVector features;

  @Setup
  public void setUp() throws IOException {
    ModelFile.Loaded loaded = ModelFile.embedded();
    if (loaded.model() == null) {
      throw new IllegalStateException(loaded.problem());
    }
    predictor = new Predictor(loaded.model());
    Shield rules = Shield.builder().withoutModel().build();
    try (InputStream in = ModelBenchmark.class.getResourceAsStream(message)) {
      if (in == null) {
        throw new IllegalStateException("benchmark message " + message + " is missing");
      }
      analysis = rules.analyse(new org.sextortionshield.core.mail.MailParser().parse(in));
    }
    signals = analysis.signalIds();
    terms = predictor.extractor().terms(analysis.content());
    features = predictor.extractor().extract(terms, signals);
  }

  @Benchmark
  public double predict() {
    return predictor.model().probability(features);
  }

  @Benchmark
  public ModelOpinion rankContributions() {
    return predictor.explain(0.5, terms, signals, features, Predictor.TOP_FEATURES, Set.of());
  }

  @Benchmark
  public FeatureVector extractFeatures() {
    return predictor.extractor().extract(analysis.content(), signals);
  }

  @Benchmark
  public ModelOpinion judge() {
    return predictor.judge(analysis.content(), signals, Set.of());
  }
}
