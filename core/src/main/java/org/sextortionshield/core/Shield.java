package org.sextortionshield.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextortionshield.core.advice.AdviceBook;
import org.sextortionshield.core.advice.Situation;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.content.TextSource;
import org.sextortionshield.core.domain.SenderDomains;
import org.sextortionshield.core.header.HeaderTrail;
import org.sextortionshield.core.indicator.AmountExtractor;
import org.sextortionshield.core.indicator.ContactExtractor;
import org.sextortionshield.core.indicator.DeadlineExtractor;
import org.sextortionshield.core.indicator.EmailUrlExtractor;
import org.sextortionshield.core.indicator.IndicatorExtractor;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.indicator.SenderIpExtractor;
import org.sextortionshield.core.indicator.WalletExtractor;
import org.sextortionshield.core.lexicon.CueMatch;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.Limits;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.media.PdfTextSource;
import org.sextortionshield.core.media.QrCodeSource;
import org.sextortionshield.core.password.BreachedPasswords;
import org.sextortionshield.core.platform.PlatformRegistry;
import org.sextortionshield.core.platform.PlatformTextSource;
import org.sextortionshield.core.signal.AuthenticationFailureSignal;
import org.sextortionshield.core.model.ModelFile;
import org.sextortionshield.core.model.ModelOpinion;
import org.sextortionshield.core.model.Predictor;
import org.sextortionshield.core.signal.CueSignal;
import org.sextortionshield.core.signal.DeadlineSignal;
import org.sextortionshield.core.signal.DisplayNameForgerySignal;
import org.sextortionshield.core.signal.Evidence;
import org.sextortionshield.core.signal.Facet;
import org.sextortionshield.core.signal.FromEqualsToSignal;
import org.sextortionshield.core.signal.LookAlikeDomainSignal;
import org.sextortionshield.core.signal.ObfuscationSignal;
import org.sextortionshield.core.signal.PaymentInstructionsSignal;
import org.sextortionshield.core.signal.RansomDemandSignal;
import org.sextortionshield.core.signal.RecipientDataSignal;
import org.sextortionshield.core.signal.ReplyToElsewhereSignal;
import org.sextortionshield.core.signal.Signal;
import org.sextortionshield.core.signal.SignalCatalog;
import org.sextortionshield.core.signal.SignalDefinition;
import org.sextortionshield.core.signal.SignalInput;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.signal.TrustedPlatformAbuseSignal;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Combiner;
import org.sextortionshield.core.verdict.Scorer;
import org.sextortionshield.core.verdict.Verdict;

/**
 * The engine: message bytes in, {@link Verdict} out. A pipeline of small stages — parse, prepare content (normalise,
 * find cues; extra {@link TextSource}s such as PDF text), extract indicators, evaluate signals, score by rules, ask
 * the model, combine, choose advice — each replaceable through the {@link Builder}. Thread-safe: one instance serves
 * any number of threads.
 *
 * <pre>{@code
 * Verdict v = Shield.defaults().scan(inputStream);
 * }</pre>
 */
public final class Shield {
  public static final double DEFAULT_THRESHOLD = 0.5;
  /** Guidance in the language of the mail's cues, when there is guidance in it; English otherwise. */
  public static final String AUTO_LANGUAGE = "auto";
  private static volatile Shield defaults;

  private final MailParser parser;
  private final Lexicon lexicon;
  private final List<TextSource> textSources;
  private final List<IndicatorExtractor> extractors;
  private final List<Signal> signals;
  private final SignalCatalog catalog;
  private final Scorer scorer;
  private final Combiner combiner;
  private final Predictor predictor;
  private final String modelProblem;
  private final AdviceBook advice;
  private final Set<String> trustedAuthservIds;
  private final String language;
  private final BreachCheck breachCheck;

  private Shield(Builder b) {
    this.parser = new MailParser(b.limits);
    this.lexicon = b.lexicon;
    this.textSources = List.copyOf(b.textSources);
    this.extractors = List.copyOf(b.extractors);
    this.catalog = b.catalog;
    this.signals = List.copyOf(b.signals);
    this.scorer = new Scorer(b.threshold);
    this.combiner = new Combiner(b.threshold);
    this.predictor = b.model.model() == null ? null : new Predictor(b.model.model());
    this.modelProblem = b.model.problem();
    this.advice = b.advice;
    this.trustedAuthservIds = Set.copyOf(b.trustedAuthservIds);
    this.language = b.language;
    this.breachCheck = new BreachCheck(b.breachedPasswords);
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
    return judge(analyse(message));
  }

  /** The verdict on an analysis made by {@link #analyse}: what {@code scan} gives, for callers that need both. */
  public Verdict judge(Analysis a) {
    return judge(a, true, Secrets.ofTree(a)).verdict();
  }

  /**
   * What the rules find in a message and its forwarded originals, before the model speaks: content, indicators,
   * fired signals (secrets masked, breach counts added), the rules' score. Training builds its features from this.
   */
  public Analysis analyse(ParsedMessage message) {
    MessageContent content = MessageContent.of(message, lexicon, textSources);
    Indicators.Builder found = new Indicators.Builder();
    for (IndicatorExtractor e : extractors) {
      e.extract(content, found);
    }
    Indicators indicators = found.build();
    List<SignalResult> fired = Secrets.maskEverywhere(
        fire(new SignalInput(content, indicators, HeaderTrail.of(message, trustedAuthservIds))));
    List<String> problems = new ArrayList<>(message.problems());
    problems.addAll(content.problems()); // images and PDFs the text sources could not read
    BreachCheck.Outcome breach = breachCheck.check(fired, problems);
    fired = breach.fired();
    List<Analysis> attached = new ArrayList<>();
    for (ParsedMessage m : message.attachedMessages()) {
      attached.add(analyse(m));
    }
    return new Analysis(message, content, indicators, List.copyOf(fired), scorer.score(fired), List.copyOf(attached),
        List.copyOf(problems), breach.situation());
  }

  /** The signals that fire on a prepared message, with their evidence (secrets not yet masked). */
  public List<SignalResult> fire(SignalInput input) {
    List<SignalResult> fired = new ArrayList<>();
    for (Signal signal : signals) {
      SignalDefinition def = catalog.get(signal.id());
      List<Evidence> evidence = signal.evaluate(input, def);
      if (!evidence.isEmpty()) {
        fired.add(new SignalResult(def.id(), def.facet(), def.weight(), def.explanation(), List.copyOf(evidence)));
      }
    }
    return fired;
  }

  /** A verdict with what its guidance was chosen by, so a message's guidance also covers its forwarded originals. */
  private record Judged(Verdict verdict, Situation situation, Map<String, Integer> languages) {}

  /**
   * The rules' analysis, the model's opinion, their combination, and the guidance that follows.
   *
   * @param secrets every secret of the whole message (its forwards too), masked wherever this verdict shows text
   */
  private Judged judge(Analysis a, boolean top, Set<String> secrets) {
    boolean demand = a.hasFacet(Facet.DEMAND);
    ModelOpinion opinion = predictor == null || !combiner.asks(a.rules(), demand) ? null
        : predictor.judge(a.content(), a.signalIds(), secrets);
    Combiner.Result own = combiner.combine(a.rules(), demand, opinion);
    List<Verdict> attached = new ArrayList<>();
    Category category = own.category();
    double score = own.score();
    Map<String, Integer> languages = new HashMap<>();
    Set<String> cueClasses = new LinkedHashSet<>();
    countCues(a.content(), languages, cueClasses);
    Situation attachedSituation = Situation.of();
    for (Analysis m : a.attached()) {
      Judged j = judge(m, false, secrets);
      attached.add(j.verdict());
      category = Verdict.worse(category, j.verdict().category());
      score = Math.max(score, j.verdict().score());
      attachedSituation = attachedSituation.and(j.situation());
      j.languages().forEach((k, n) -> languages.merge(k, n, Integer::sum));
    }
    Situation situation = Situation.of(category, a.signals(), a.indicators(), cueClasses).and(a.breach())
        .and(attachedSituation);
    ParsedMessage message = a.message();
    List<String> problems = a.problems();
    if (top && modelProblem != null) {
      problems = new ArrayList<>(problems);
      problems.add(modelProblem);
    }
    Verdict verdict = new Verdict(message.messageId(), Secrets.mask(message.subject(), secrets), category, score,
        own.category(), own.score(), a.rules().category(), a.rules().score(), opinion, own.basis(),
        Secrets.maskEverywhere(a.signals(), secrets), Secrets.maskLinks(a.indicators(), secrets),
        guidance(languages).select(situation), List.copyOf(attached), message.attachments(), List.copyOf(problems),
        message.truncated(), message.size(), message.sha256());
    return new Judged(verdict, situation, languages);
  }

  /**
   * How many cues of each language the message's visible text matched (a cheap guess of the mail's language), and
   * the classes of those cues, in the order met.
   */
  private static void countCues(MessageContent content, Map<String, Integer> languages, Set<String> classes) {
    for (TextSegment seg : content.segments()) {
      if (seg.hidden()) {
        continue;
      }
      for (CueMatch c : seg.cues()) {
        languages.merge(c.language(), 1, Integer::sum);
        classes.add(c.cueClass());
      }
    }
  }

  /** The configured guidance, or the guidance in the mail's language when there is some (English otherwise). */
  private AdviceBook guidance(Map<String, Integer> cueLanguages) {
    if (advice != null) {
      return advice;
    }
    if (!language.equals(AUTO_LANGUAGE)) {
      return AdviceBook.forLanguage(language);
    }
    // the mail's language is the one most of its cues are in; a language without guidance falls back to English,
    // not to the runner-up (a Czech mail that also matched a few German cues is not German)
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : cueLanguages.entrySet()) {
      if (e.getValue() > most || e.getValue() == most && best != null && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return AdviceBook.forLanguage(best);
  }

  /** Assembles an engine; every stage has an embedded default. */
  public static final class Builder {
    private Limits limits = Limits.defaults();
    private Lexicon lexicon;
    private SignalCatalog catalog = SignalCatalog.defaults();
    private final List<TextSource> textSources = new ArrayList<>(List.of(new PdfTextSource(), new QrCodeSource()));
    private final List<IndicatorExtractor> extractors = new ArrayList<>(List.of(
        new WalletExtractor(), new AmountExtractor(), new DeadlineExtractor(), new EmailUrlExtractor(),
        new ContactExtractor(), new SenderIpExtractor()));
    private final List<Signal> signals = new ArrayList<>();
    private boolean defaultSignals = true;
    private double threshold = DEFAULT_THRESHOLD;
    private final Set<String> trustedAuthservIds = new LinkedHashSet<>();
    private SenderDomains senderDomains = SenderDomains.defaults();
    private PlatformRegistry platforms = PlatformRegistry.defaults();
    private AdviceBook advice;
    private String language = AUTO_LANGUAGE;
    private BreachedPasswords breachedPasswords;
    private ModelFile.Loaded model;

    private Builder() {}

    /**
     * The authserv-ids whose Authentication-Results headers are believed (your own receiving servers'); by default
     * only the topmost header's. "" stands for headers without one (Exchange Online writes them so).
     */
    public Builder trustedAuthservIds(Collection<String> ids) {
      trustedAuthservIds.clear();
      trustedAuthservIds.addAll(ids);
      return this;
    }

    /**
     * The organisation's own domains, which look-alike senders imitate ("example.org").
     *
     * @throws IllegalArgumentException for a name without a registrable domain ("co.uk")
     */
    public Builder organisationDomains(Collection<String> domains) {
      this.senderDomains = senderDomains.withOrganisationDomains(domains);
      return this;
    }

    /** The trusted platforms whose user-written fields are cut out and judged (default: the shipped templates). */
    public Builder platforms(PlatformRegistry platforms) {
      this.platforms = platforms;
      return this;
    }

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

    /**
     * Adds readable text beyond the MIME text parts (platform fields, ...). PDF text and QR-code payloads are read by
     * default ({@link PdfTextSource}, {@link QrCodeSource}).
     */
    public Builder addTextSource(TextSource source) {
      textSources.add(source);
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

    /** One guidance book for every message, whatever its language. */
    public Builder advice(AdviceBook advice) {
      this.advice = advice;
      return this;
    }

    /** The guidance language: a code with embedded guidance ("en", "de") or {@link #AUTO_LANGUAGE}. */
    public Builder language(String language) {
      if (!language.equals(AUTO_LANGUAGE) && !AdviceBook.hasLanguage(language)) {
        throw new IllegalArgumentException("no guidance in language '" + language + "' (have: "
            + String.join(", ", AdviceBook.languages()) + ", or " + AUTO_LANGUAGE + ")");
      }
      this.language = language;
      return this;
    }

    /**
     * Looks up each password a mail quotes in known breaches (only when asked: a network or file lookup per quoted
     * password). The count goes into the evidence and the guidance.
     */
    public Builder breachedPasswords(BreachedPasswords breachedPasswords) {
      this.breachedPasswords = breachedPasswords;
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
            new RecipientDataSignal(), new FromEqualsToSignal(), new ObfuscationSignal(),
            new DisplayNameForgerySignal(senderDomains), new LookAlikeDomainSignal(senderDomains),
            new ReplyToElsewhereSignal(senderDomains), new AuthenticationFailureSignal(senderDomains),
            new TrustedPlatformAbuseSignal(platforms)));
        all.addAll(signals);
        signals.clear();
        signals.addAll(all);
        textSources.add(0, new PlatformTextSource(platforms));
        defaultSignals = false;
      }
      return new Shield(this);
    }
  }
}
