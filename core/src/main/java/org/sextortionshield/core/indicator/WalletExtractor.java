package org.sextortionshield.core.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.indicator.wallet.WalletAddress;
import org.sextortionshield.core.indicator.wallet.WalletScanner;
import org.sextortionshield.core.indicator.wallet.WalletUri;
import org.sextortionshield.core.text.NormalizedText;

/**
 * Finds cryptocurrency addresses whose checksums hold (see {@code indicator.wallet}), however they are written: split
 * by spaces, dashes or line breaks, with look-alike letters or invisible characters, inside payment URIs, in every
 * segment (including PDF text and QR payloads). Spans point into the original text of the segment; an amount in a
 * payment URI is reported as an amount.
 */
public final class WalletExtractor implements IndicatorExtractor {
  /** Checksum attempts per message: far above what real mail needs, far below what hurts. */
  private static final int MAX_ATTEMPTS = 20_000;

  @Override
  public void extract(MessageContent content, Indicators.Builder out) {
    WalletScanner scanner = new WalletScanner(MAX_ATTEMPTS);
    for (TextSegment segment : content.segments()) {
      // most mail is plain ASCII, read as it is; only a text with other characters (or a find) needs its
      // case-preserving form made, a second normalisation
      List<WalletScanner.Found> found = scanner.scanPlain(segment.original());
      if (found == null) {
        found = scanner.scan(segment.casePreserving().text());
      }
      if (found.isEmpty()) {
        continue;
      }
      NormalizedText text = segment.casePreserving();
      String s = text.text();
      for (WalletScanner.Found f : found) {
        WalletAddress a = f.address();
        int from = text.sourceStart(f.start());
        int to = text.sourceEnd(f.end());
        WalletUri.Uri uri = WalletUri.around(s, f.start(), f.end());
        String currency = isLitecoinP2sh(a, segment) ? "LTC" : a.currency();
        boolean obfuscated = f.pieces() > 1 || f.substituted() || to - from != f.end() - f.start()
            || hasLookalike(text, f.start(), f.end());
        out.wallet(new Wallet(currency, a.address(), a.type(), a.validated(), a.testnet(), segment.location(), from,
            to, uri == null ? null : text.quote(uri.start(), uri.end()), obfuscated));
        if (uri != null && uri.amount() != null) {
          int uFrom = text.sourceStart(uri.start());
          int uTo = text.sourceEnd(uri.end());
          out.amount(new Amount(new BigDecimal(uri.amount()), currency, text.original().substring(uFrom, uTo),
              segment.location(), uFrom, uTo));
        }
      }
    }
  }

  /** A "3…" P2SH address is Bitcoin or Litecoin alike; the text decides when it names only Litecoin. */
  private static boolean isLitecoinP2sh(WalletAddress a, TextSegment segment) {
    if (!a.currency().equals("BTC") || !a.type().equals("p2sh") || a.testnet()) {
      return false;
    }
    String t = segment.normalized().text();
    return (t.contains("litecoin") || t.contains(" ltc")) && !t.contains("bitcoin") && !t.contains("btc");
  }

  private static boolean hasLookalike(NormalizedText text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (text.isLookalike(k)) {
        return true;
      }
    }
    return false;
  }
}
