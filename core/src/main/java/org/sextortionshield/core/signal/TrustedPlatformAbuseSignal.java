package org.sextortionshield.core.signal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.content.TextSegment;
import org.sextortionshield.core.indicator.Wallet;
import org.sextortionshield.core.lexicon.CueMatch;
import org.sextortionshield.core.platform.PlatformRegistry;
import org.sextortionshield.core.platform.PlatformTemplate;

/**
 * A genuine notification of a trusted platform (Microsoft 365 Message Center share, SharePoint sharing, PayPal
 * invoice, ...) whose user-written field carries extortion cues or a wallet, or is longer than the platform's own
 * form allows: someone used the platform's good name to deliver their text. The field is a segment of its own
 * ("platform:&lt;id&gt;", see {@code PlatformTextSource}), so the content signals judge its words as well.
 */
public final class TrustedPlatformAbuseSignal implements Signal {
  private static final String PREFIX = PlatformRegistry.Match.location("");
  private static final int MAX_CUES = 3;
  private final PlatformRegistry registry;

  public TrustedPlatformAbuseSignal(PlatformRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String id() {
    return "trusted-platform-abuse";
  }

  @Override
  public List<Evidence> evaluate(SignalInput input, SignalDefinition definition) {
    List<Evidence> out = new ArrayList<>();
    for (TextSegment segment : input.content().segments()) {
      if (!segment.location().startsWith(PREFIX)) {
        continue;
      }
      PlatformTemplate t = registry.get(segment.location().substring(PREFIX.length()));
      if (t == null) {
        continue;
      }
      List<Evidence> found = new ArrayList<>();
      overLimit(segment, t, found);
      cues(segment, t, found);
      wallets(input, segment, t, found);
      out.addAll(found);
    }
    return out;
  }

  private static void overLimit(TextSegment segment, PlatformTemplate t, List<Evidence> out) {
    String text = segment.original();
    int length = PlatformTemplate.length(text);
    if (t.limit() <= 0 || length <= t.limit()) {
      return;
    }
    int from = PlatformTemplate.offsetOf(text, t.limit());
    int to = Math.min(text.length(), from + 80);
    out.add(new Evidence(segment.location(), text.substring(from, to), segment.context(from, to), "the " + t.field()
        + " of this " + t.name() + " is " + String.format("%,d", length) + " characters long; the platform allows "
        + String.format("%,d", t.limit()) + ", so it was not written in the platform's own form (quoted from where "
        + "the limit ends)", from, to));
  }

  private void cues(TextSegment segment, PlatformTemplate t, List<Evidence> out) {
    List<MessageContent.Found<CueMatch>> abusive = new ArrayList<>();
    for (CueMatch m : segment.cues()) {
      if (registry.abuseCues().contains(m.cueClass())) {
        abusive.add(new MessageContent.Found<>(segment, m));
      }
    }
    if (!CueSignal.isStrong(abusive)) {
      return;
    }
    Set<String> classes = new HashSet<>();
    for (MessageContent.Found<CueMatch> f : abusive) {
      if (classes.size() < MAX_CUES && classes.add(f.item().cueClass())) {
        out.add(CueSignal.evidence(segment, f.item(), "the " + t.field() + " of this " + t.name() + " carries "
            + f.item().cueClass().replace('-', ' ') + " wording"));
      }
    }
  }

  private static void wallets(SignalInput input, TextSegment segment, PlatformTemplate t, List<Evidence> out) {
    String text = segment.original();
    for (Wallet w : input.indicators().wallets()) {
      int at = w.validated() ? text.indexOf(w.address()) : -1;
      if (at >= 0) {
        int end = at + w.address().length();
        out.add(new Evidence(segment.location(), w.address(), segment.context(at, end), "the " + t.field()
            + " of this " + t.name() + " carries a " + w.currency() + " wallet", at, end));
        return;
      }
    }
  }
}
