package org.sextortionshield.core.fuzz;

import static org.sextortionshield.core.fuzz.Invariants.check;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSource;
import org.sextortionshield.core.indicator.AmountExtractor;
import org.sextortionshield.core.indicator.ContactExtractor;
import org.sextortionshield.core.indicator.DeadlineExtractor;
import org.sextortionshield.core.indicator.EmailUrlExtractor;
import org.sextortionshield.core.indicator.IndicatorExtractor;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.indicator.WalletExtractor;
import org.sextortionshield.core.lexicon.CueMatch;
import org.sextortionshield.core.lexicon.Lexicon;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.text.NormalizedText;
import org.sextortionshield.core.text.TextNormalizer;
import org.sextortionshield.core.text.Tokens;

/**
 * Fuzz targets for text as the sender wrote it: normalisation (both forms, with the offset map back to the original),
 * words and cues, and every indicator extractor. Seeds: {@code TextFuzzTestInputs/}.
 */
class TextFuzzTest {
  private static final List<IndicatorExtractor> EXTRACTORS = List.of(new WalletExtractor(), new AmountExtractor(),
      new DeadlineExtractor(), new EmailUrlExtractor(), new ContactExtractor());

  /** Both normal forms map every character back into the original; words and cues stay inside the text. */
  @FuzzTest
  void normalize(FuzzedDataProvider data) {
    String original = data.consumeRemainingAsString();
    NormalizedText matching = TextNormalizer.forMatching(original);
    Invariants.offsetMap(matching);
    Invariants.offsetMap(TextNormalizer.casePreserving(original));
    Tokens tokens = Tokens.of(matching);
    int previousEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      check(tokens.start(i) >= previousEnd && tokens.start(i) < tokens.end(i)
          && tokens.end(i) <= matching.length(), "word " + i + " has a bad span");
      check(original.contains(tokens.quote(i, i + 1)), "word " + i + " does not quote the original");
      previousEnd = tokens.end(i);
    }
    for (CueMatch m : Lexicon.defaults().matcher().find(tokens)) {
      check(m.from() >= 0 && m.from() < m.to() && m.to() <= tokens.size(), "cue " + m.cueClass() + " out of range");
      check(original.contains(m.quote()), "cue " + m.cueClass() + " does not quote the original");
    }
  }

  /** Every extractor reads any text, and every span it reports lies inside that text. */
  @FuzzTest
  void indicators(FuzzedDataProvider data) throws IOException {
    String text = data.consumeRemainingAsString();
    ParsedMessage empty = new MailParser().parse("Subject: \r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    TextSource source = message -> List.of(new TextSource.Text("body", text));
    MessageContent content = MessageContent.of(empty, Lexicon.defaults(), List.of(source));
    Indicators.Builder found = new Indicators.Builder();
    for (IndicatorExtractor e : EXTRACTORS) {
      e.extract(content, found);
    }
    Invariants.indicators(content, found.build());
  }
}
