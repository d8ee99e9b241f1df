package org.sextortionshield.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.sextortionshield.core.advice.AdviceBook;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.indicator.AmountExtractor;
import org.sextortionshield.core.indicator.DeadlineExtractor;
import org.sextortionshield.core.indicator.EmailUrlExtractor;
import org.sextortionshield.core.indicator.IndicatorExtractor;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.indicator.WalletExtractor;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.Limits;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.model.ModelFile;
import org.sextortionshield.core.model.ModelOpinion;
import org.sextortionshield.core.model.Predictor;
import org.sextortionshield.core.signal.CueSignal;
import org.sextortionshield.core.signal.DeadlineSignal;
import org.sextortionshield.core.signal.Evidence;
import org.sextortionshield.core.signal.Facet;
import org.sextortionshield.core.signal.FromEqualsToSignal;
import org.sextortionshield.core.signal.ObfuscationSignal;
import org.sextortionshield.core.signal.PaymentInstructionsSignal;
import org.sextortionshield.core.signal.RansomDemandSignal;
import org.sextortionshield.core.signal.RecipientDataSignal;
import org.sextortionshield.core.signal.Signal;
import org.sextortionshield.core.signal.SignalCatalog;
import org.sextortionshield.core.signal.SignalDefinition;
import org.sextortionshield.core.signal.SignalInput;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Combiner;
import org.sextortionshield.core.verdict.Scorer;
import org.sextortionshield.core.verdict.Verdict;

/**
 * The engine: message bytes in, {@link Verdict} out. A pipeline of small stages — parse, prepare content (normalise,
 * find cues), extract indicators, evaluate signals, score by rules, ask the model, combine, choose advice — each
 * replaceable through the {@link Builder}. Thread-safe: one instance serves any number of threads.
 *
 * <pre>{@code
 * Verdict v = Shield.defaults().scan(inputStream);
 * }</pre>
 */
public final class Shield {
  public static final double DEFAULT_THRESHOLD = 0.5;
  private static volatile Shield defaults;

  private final MailParser parser;
  private final Lexicon lexicon;
  private final List<IndicatorExtractor> extractors;
  private final List<Signal> signals;
  private final SignalCatalog catalog;
  private final Scorer scorer;
  private final Combiner combiner;
  private final Predictor predictor;
  private final String modelProblem;
  private final AdviceBook advice;

  private Shield(Builder b) {
    this.parser = new MailParser(b.limits);
    this.lexicon = b.lexicon;
    this.extractors = List.copyOf(b.extractors);
    this.catalog = b.catalog;
    this.signals = List.copyOf(b.signals);
    this.scorer = new Scorer(b.threshold);
    this.combiner = new Combiner(b.threshold);
    this.predictor = b.model.model() == null ? null : new Predictor(b.model.model());
    this.modelProblem = b.model.problem();
    this.advice = b.advice;
  }

  /** The engine with the embedded lexicons, signals, advice and model, and the default threshold. */
  public static Shield defaults() {
    Shield s = defaults;
    if (s == null) {
      synchronized (Shield.class) {
        s = defaults;
        if (s == null) {
          s = builder().build();
          defaults = s;
        }
      }
    }
    return s;
  }

  public static Builder builder() {
    return new Builder();
  }

  public double threshold() {
    return scorer.threshold();
  }

  /** The model in use, or null when verdicts come from the rules alone. */
  public Predictor predictor() {
    return predictor;
  }

  /** Why a model that should be there is not (missing or corrupt file), in one line; null when all is well. */
  public String modelProblem() {
    return modelProblem;
  }

  /** Reads one message from {@code in} (not closed) and judges it. I/O errors of the source propagate. */
  public Verdict scan(InputStream in) throws IOException {
    return scan(parser.parse(in));
  }

  public Verdict scan(byte[] message) throws IOException {
    return scan(parser.parse(message));
  }

  /** Judges an already parsed message, and each forwarded original inside it. */
  public Verdict scan(ParsedMessage message) {
    return verdict(analyse(message), true);
  }

  /** What the rules find in a message and its forwarded originals, before the model speaks. */
  public Analysis analyse(ParsedMessage message) {
    MessageContent content = MessageContent.of(message, lexicon);
    Indicators.Builder found = new Indicators.Builder();
    for (IndicatorExtractor e : extractors) {
      e.extract(content, found);
    }
    Indicators indicators = found.build();
    SignalInput input = new SignalInput(content, indicators);
    List<SignalResult> fired = new ArrayList<>();
    for (Signal signal : signals) {
      SignalDefinition def = catalog.get(signal.id());
      List<Evidence> evidence = signal.evaluate(input, def);
      if (!evidence.isEmpty()) {
        fired.add(new SignalResult(def.id(), def.facet(), def.weight(), def.explanation(), List.copyOf(evidence)));
      }
    }
    fired = Secrets.maskEverywhere(fired);
    List<Analysis> attached = new ArrayList<>();
    for (ParsedMessage m : message.attachedMessages()) {
      attached.add(analyse(m));
    }
    return new Analysis(message, content, indicators, List.copyOf(fired), scorer.score(fired), List.copyOf(attached));
  }

  private Verdict verdict(Analysis a, boolean top) {
    ModelOpinion opinion = predictor == null ? null
        : predictor.judge(a.content(), a.signalIds(), Secrets.of(a.signals()));
    Combiner.Result own = combiner.combine(a.rules(), a.hasFacet(Facet.DEMAND), opinion);
    List<Verdict> attached = new ArrayList<>();
    Category category = own.category();
    double score = own.score();
    for (Analysis m : a.attached()) {
      Verdict v = verdict(m, false);
      attached.add(v);
      category = Verdict.worse(category, v.category());
      score = Math.max(score, v.score());
    }
    List<SignalResult> allFired = new ArrayList<>(a.signals());
    attached.forEach(v -> allFired.addAll(v.signals()));
    ParsedMessage message = a.message();
    List<String> problems = message.problems();
    if (top && modelProblem != null) {
      problems = new ArrayList<>(problems);
      problems.add(modelProblem);
    }
    return new Verdict(message.messageId(), message.subject(), category, score, own.category(), own.score(),
        a.rules().category(), a.rules().score(), opinion, own.basis(), a.signals(), a.indicators(),
        advice.select(category, allFired), List.copyOf(attached), List.copyOf(problems), message.truncated(),
        message.size(), message.sha256());
  }

  /** Assembles an engine; every stage has an embedded default. */
  public static final class Builder {
    private Limits limits = Limits.defaults();
    private Lexicon lexicon;
    private SignalCatalog catalog = SignalCatalog.defaults();
    private final List<IndicatorExtractor> extractors = new ArrayList<>(List.of(
        new WalletExtractor(), new AmountExtractor(), new DeadlineExtractor(), new EmailUrlExtractor()));
    private final List<Signal> signals = new ArrayList<>();
    private boolean defaultSignals = true;
    private double threshold = DEFAULT_THRESHOLD;
    private AdviceBook advice = AdviceBook.english();
    private ModelFile.Loaded model;

    private Builder() {}

    /** The model to combine with the rules (see {@link Combiner}); default: the embedded model. */
    public Builder model(ModelFile.Loaded model) {
      this.model = model;
      return this;
    }

    /** Rules only, on purpose: no model and no complaint about a missing one. */
    public Builder withoutModel() {
      return model(ModelFile.Loaded.none());
    }

    public Builder limits(Limits limits) {
      this.limits = limits;
      return this;
    }

    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = lexicon;
      return this;
    }

    public Builder catalog(SignalCatalog catalog) {
      this.catalog = catalog;
      return this;
    }

    /** Score from which a message is reported as (sext)ortion; in [0, 1]. */
    public Builder threshold(double threshold) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    public Builder addExtractor(IndicatorExtractor extractor) {
      extractors.add(extractor);
      return this;
    }

    public Builder addSignal(Signal signal) {
      signals.add(signal);
      return this;
    }

    public Builder advice(AdviceBook advice) {
      this.advice = advice;
      return this;
    }

    public Shield build() {
      if (lexicon == null) {
        lexicon = Lexicon.defaults();
      }
      if (model == null) {
        model = ModelFile.embedded();
      }
      if (defaultSignals) {
        List<Signal> all = new ArrayList<>();
        for (SignalDefinition d : catalog.all().values()) {
          if (d.cues() != null) {
            all.add(new CueSignal(d.id(), d.cues()));
          }
        }
        all.addAll(List.of(new RansomDemandSignal(), new PaymentInstructionsSignal(), new DeadlineSignal(),
            new RecipientDataSignal(), new FromEqualsToSignal(), new ObfuscationSignal()));
        all.addAll(signals);
        signals.clear();
        signals.addAll(all);
        defaultSignals = false;
      }
      return new Shield(this);
    }
  }
}
