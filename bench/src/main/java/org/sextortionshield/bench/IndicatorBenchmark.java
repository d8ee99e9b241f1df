package org.sextortionshield.bench;

import java.io.IOException;
import java.util.List;
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
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.indicator.AmountExtractor;
import org.sextortionshield.core.indicator.DeadlineExtractor;
import org.sextortionshield.core.indicator.EmailUrlExtractor;
import org.sextortionshield.core.indicator.IndicatorExtractor;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.indicator.WalletExtractor;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Indicator extraction on a typical scam, a clean message without any candidate, and a scam with disguised
 * addresses. {@code prepare} is the content preparation every scan does (normalisation, cue matching);
 * {@code prepareAndExtract} adds the indicator extractors, so the difference is the extraction cost; {@code scan} is
 * the whole engine. Only API that existed before the wallet work is used, so the same class measures both versions.
 *
 * <pre>java -jar bench/target/benchmarks.jar Indicator</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndicatorBenchmark {
  @Param({"scam", "clean", "obfuscated"})
  public String message;

  private ParsedMessage parsed;
  private Lexicon lexicon;
  private List<IndicatorExtractor> extractors;

  @Setup
  public void setUp() throws IOException {
    String body = switch (message) {
      case "scam" -> BenchMessages.SCAM_BODY;
      case "clean" -> BenchMessages.CLEAN_BODY;
      case "obfuscated" -> BenchMessages.OBFUSCATED_BODY;
      default -> throw new IllegalArgumentException(message);
    };
    parsed = new MailParser().parse(BenchMessages.mail("Benchmark", body));
    lexicon = Lexicon.defaults();
    extractors = List.of(new WalletExtractor(), new AmountExtractor(), new DeadlineExtractor(),
        new EmailUrlExtractor());
    Shield.defaults();
  }

  @Benchmark
  public MessageContent prepare() {
    return MessageContent.of(parsed, lexicon);
  }

  @Benchmark
  public Indicators prepareAndExtract() {
    MessageContent content = MessageContent.of(parsed, lexicon);
    Indicators.Builder out = new Indicators.Builder();
    for (IndicatorExtractor e : extractors) {
      e.extract(content, out);
    }
    return out.build();
  }

  @Benchmark
  public Verdict scan() {
    return Shield.defaults().scan(parsed);
  }
}
