package org.sextortionshield.core.fuzz;

import static org.sextortionshield.core.fuzz.Invariants.check;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sextortionshield.core.Analysis;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.mail.Attachment;
import org.sextortionshield.core.mail.Limits;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.mail.ParsedMessage;
import org.sextortionshield.core.mail.TextPart;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Fuzz targets for whole messages: the MIME parser, and the whole verdict (parse, content, indicators, signals,
 * rules, model, advice, JSON). Seeds: {@code MessageFuzzTestInputs/} (the test fixtures, and messages written for
 * fuzzing). Without {@code JAZZER_FUZZ} these run once per seed, as regression tests.
 */
class MessageFuzzTest {
  private static final Limits LIMITS = Limits.defaults();
  private static final MailParser PARSER = new MailParser(LIMITS);

  /** Any bytes parse, within the limits, with the size and hash of exactly what was read. */
  @FuzzTest
  void parse(byte[] message) throws IOException {
    ParsedMessage m = PARSER.parse(message);
    check(m.size() == message.length, "size " + m.size() + " for " + message.length + " bytes");
    check(m.sha256().equals(sha256(message)), "hash is not the SHA-256 of the message");
    parsed(m, 0);
  }

  /** Any bytes get a verdict whose evidence quotes the original, whose scores are in range, whose JSON is sound. */
  @FuzzTest
  void scan(byte[] message) throws IOException {
    verdict(PARSER.parse(message));
  }

  /** Well-formed MIME made of fuzzed pieces, so the fuzzer reaches decoding, HTML and the signals sooner. */
  @FuzzTest
  void scanStructured(FuzzedDataProvider data) throws IOException {
    verdict(PARSER.parse(StructuredMessage.from(data)));
  }

  static void verdict(ParsedMessage parsed) {
    Shield shield = Shield.defaults();
    Analysis analysis = shield.analyse(parsed);
    Verdict verdict = shield.judge(analysis); // the same as scan(parsed), without analysing twice
    Invariants.analysis(analysis, verdict);
    Invariants.json(analysis, verdict);
  }

  private static void parsed(ParsedMessage m, int depth) {
    check(depth <= LIMITS.maxDepth(), "attached messages nested deeper than the limit");
    int textChars = 0;
    for (TextPart p : m.textParts()) {
      textChars += p.text().length();
      check(p.text().length() <= LIMITS.maxTotalTextChars(), "a text part longer than the per-message limit");
    }
    check(textChars <= LIMITS.maxTotalTextChars(), textChars + " characters of text kept, above the limit");
    check(m.attachedMessages().size() <= LIMITS.maxAttachedMessages(), "more attached messages than the limit");
    for (Attachment a : m.attachments()) {
      check(a.size() >= 0, "negative attachment size");
      check(!a.contentKept() || a.content().length <= LIMITS.maxKeptAttachmentBytes(), "attachment kept above the limit");
    }
    for (ParsedMessage attached : m.attachedMessages()) {
      parsed(attached, depth + 1);
    }
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
