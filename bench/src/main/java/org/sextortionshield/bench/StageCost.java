package org.sextortionshield.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextortionshield.core.Analysis;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSource;
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
import org.sextortionshield.core.media.PdfTextSource;
import org.sextortionshield.core.media.QrCodeSource;
import org.sextortionshield.core.platform.PlatformRegistry;
import org.sextortionshield.core.platform.PlatformTextSource;
import org.sextortionshield.core.signal.SignalInput;

/**
 * Where a scan's CPU goes on real mail: each stage of the pipeline run over every message of a directory in turn
 * (stage by stage, each fed the previous stages' output), its thread CPU per message, median over passes, beside the
 * whole {@code scan}. Stages that read a text's lazily made forms (the case-preserving text, the lower-cased
 * original) pay for them in the first stage that asks, as in a scan.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.sextortionshield.bench.StageCost DIR [PASSES]</pre>
 */
public final class StageCost {
  private StageCost() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: StageCost DIR [PASSES]");
      System.exit(2);
    }
    byte[][] messages;
    int passes;
    try {
      messages = MailDirectory.read(Path.of(args[0]));
      passes = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    } catch (IOException | NumberFormatException e) {
      System.err.println("StageCost: " + e.getMessage());
      System.exit(2);
      return;
    }
    Map<String, double[]> costs = new LinkedHashMap<>();
    int warm = Math.max(3, 20_000 / messages.length);
    for (int p = 0; p < warm + passes; p++) {
      Map<String, Double> pass = pass(messages);
      if (p >= warm) {
        int at = p - warm;
        pass.forEach((stage, ms) -> costs.computeIfAbsent(stage, k -> new double[passes])[at] = ms);
      }
    }
    double scan = median(costs.get("scan (whole)"));
    System.out.printf("%d messages, %d passes; thread CPU per message, median pass%n", messages.length, passes);
    double sum = 0;
    for (Map.Entry<String, double[]> e : costs.entrySet()) {
      double m = median(e.getValue());
      if (!e.getKey().startsWith("scan")) {
        sum += m;
      }
      System.out.printf("  %-22s %8.1f us  %5.1f %%%n", e.getKey(), m * 1000, 100 * m / scan);
    }
    System.out.printf("  %-22s %8.1f us  %5.1f %%%n", "stages summed", sum * 1000, 100 * sum / scan);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Shield SHIELD = Shield.defaults();
  private static final Lexicon LEXICON = Lexicon.defaults();
  private static final List<TextSource> SOURCES = List.of(new PlatformTextSource(PlatformRegistry.defaults()),
      new PdfTextSource(), new QrCodeSource());
  private static final List<IndicatorExtractor> EXTRACTORS = List.of(new WalletExtractor(), new AmountExtractor(),
      new DeadlineExtractor(), new EmailUrlExtractor(), new ContactExtractor(), new SenderIpExtractor());

  /** One pass, stage by stage: stage name to thread CPU per message (ms). */
  private static Map<String, Double> pass(byte[][] messages) throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    int n = messages.length;
    MailParser parser = new MailParser();
    long t = THREADS.getCurrentThreadCpuTime();
    for (byte[] m : messages) {
      SHIELD.scan(m);
    }
    t = lap(out, "scan (whole)", t, n);
    ParsedMessage[] parsed = new ParsedMessage[n];
    for (int i = 0; i < n; i++) {
      parsed[i] = parser.parse(messages[i]);
    }
    t = lap(out, "parse", t, n);
    MessageContent[] content = new MessageContent[n];
    for (int i = 0; i < n; i++) {
      content[i] = MessageContent.of(parsed[i], LEXICON, SOURCES);
    }
    t = lap(out, "content", t, n);
    Indicators.Builder[] found = new Indicators.Builder[n];
    for (int i = 0; i < n; i++) {
      found[i] = new Indicators.Builder();
    }
    for (IndicatorExtractor e : EXTRACTORS) {
      for (int i = 0; i < n; i++) {
        e.extract(content[i], found[i]);
      }
      t = lap(out, "indicator " + e.getClass().getSimpleName().replace("Extractor", ""), t, n);
    }
    Indicators[] indicators = new Indicators[n];
    for (int i = 0; i < n; i++) {
      indicators[i] = found[i].build();
    }
    for (int i = 0; i < n; i++) {
      SHIELD.fire(new SignalInput(content[i], indicators[i], HeaderTrail.of(parsed[i], Set.of())));
    }
    t = lap(out, "signals", t, n);
    Analysis[] analyses = new Analysis[n];
    for (int i = 0; i < n; i++) {
      analyses[i] = SHIELD.analyse(parsed[i]);
    }
    t = THREADS.getCurrentThreadCpuTime(); // analyse repeats the stages above: not counted
    for (Analysis a : analyses) {
      SHIELD.predictor().judge(a.content(), a.signalIds(), Set.of());
    }
    t = lap(out, "model", t, n);
    for (Analysis a : analyses) {
      SHIELD.judge(a);
    }
    lap(out, "judge (model and rest)", t, n);
    return out;
  }

  private static long lap(Map<String, Double> out, String stage, long since, int messages) {
    long now = THREADS.getCurrentThreadCpuTime();
    out.put(stage, (now - since) / 1e6 / messages);
    return now;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

}
