package org.sextortionshield.bench;

import java.io.IOException;
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
import org.openjdk.jmh.infra.Blackhole;
import org.sextortionshield.core.Analysis;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.header.HeaderTrail;
import org.sextortionshield.core.indicator.AmountExtractor;
import org.sextortionshield.core.indicator.ContactExtractor;
import org.sextortionshield.core.indicator.DeadlineExtractor;
import org.sextortionshield.core.indicator.EmailUrlExtractor;
import org.sextortionshield.core.indicator.IndicatorExtractor;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.indicator.SenderIpExtractor;
import org.sextortionshield.core.indicator.WalletExtractor;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.mail.TextPart;
import org.sextortionshield.core.model.ModelOpinion;
import org.sextortionshield.core.model.Predictor;
import org.sextortionshield.core.signal.SignalInput;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.source.SyntheticMail;
import org.sextortionshield.core.text.TextNormalizer;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Each stage of the pipeline alone, on made-up mail of each kind ({@link SyntheticMail}: plain, scam, HTML,
 * multipart with attachments, large), and the whole verdict from bytes. Every stage gets the previous stages'
 * output, prepared once in the set-up. {@code prepare} is normalisation plus tokens and cue matching of every
 * segment (the content every later stage reads); {@code normalise} is the normalisation alone.
 *
 * <pre>java -jar bench/target/benchmarks.jar Pipeline</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
  @Param({"PLAIN", "SCAM", "HTML", "MULTIPART", "LARGE"})
  public SyntheticMail.Kind kind;

  private Shield shield;
  private Predictor predictor;
  private Lexicon lexicon;
  private List<IndicatorExtractor> extractors;
  private byte[] bytes;
  private ParsedMessage parsed;
  private MessageContent content;
  private Indicators indicators;
  private Analysis analysis;

  @Setup
  public void setUp() throws IOException {
    shield = Shield.defaults();
    predictor = shield.predictor();
    lexicon = Lexicon.defaults();
    extractors = List.of(new WalletExtractor(), new AmountExtractor(), new DeadlineExtractor(),
        new EmailUrlExtractor(), new ContactExtractor(), new SenderIpExtractor());
    bytes = SyntheticMail.load().message(kind, 1);
    parsed = new MailParser().parse(bytes);
    content = MessageContent.of(parsed, lexicon);
    indicators = indicators();
    analysis = shield.analyse(parsed);
  }

  @Benchmark
  public ParsedMessage parse() throws IOException {
    return new MailParser().parse(bytes);
  }

  @Benchmark
  public void normalise(Blackhole out) {
    for (TextPart part : parsed.textParts()) {
      out.consume(TextNormalizer.forMatching(part.text()));
      out.consume(TextNormalizer.casePreserving(part.text()));
    }
  }

  @Benchmark
  public MessageContent prepare() {
    return MessageContent.of(parsed, lexicon);
  }

  @Benchmark
  public Indicators indicators() {
    Indicators.Builder found = new Indicators.Builder();
    for (IndicatorExtractor e : extractors) {
      e.extract(content, found);
    }
    return found.build();
  }

  @Benchmark
  public List<SignalResult> signals() {
    return shield.fire(new SignalInput(content, indicators, HeaderTrail.of(parsed, Set.of())));
  }

  @Benchmark
  public ModelOpinion model() {
    return predictor.judge(analysis.content(), analysis.signalIds(), Set.of());
  }

  /** The model's explanation, which a mail server never asks for and {@code scan --format json} always does. */
  @Benchmark
  public ModelOpinion modelExplained() {
    return predictor.judge(analysis.content(), analysis.signalIds(), Set.of()).explained();
  }

  @Benchmark
  public Verdict verdict() throws IOException {
    return shield.scan(bytes);
  }
}
