package org.sextortionshield.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sextortionshield.core.Secrets;
import org.sextortionshield.core.advice.Advice;
import org.sextortionshield.core.indicator.Amount;
import org.sextortionshield.core.indicator.Contact;
import org.sextortionshield.core.indicator.Deadline;
import org.sextortionshield.core.indicator.Indicators;
import org.sextortionshield.core.indicator.Wallet;
import org.sextortionshield.core.model.ModelOpinion;
import org.sextortionshield.core.signal.Evidence;
import org.sextortionshield.core.signal.SignalResult;
import org.sextortionshield.core.verdict.Category;
import org.sextortionshield.core.verdict.Verdict;

/** Verdicts for a person: what it is, why (with the sender's own words), what it names, and what to do. */
final class TextReport {
  private final PrintWriter out;

  TextReport(PrintWriter out) {
    this.out = out;
  }

  /** A flagged message in full; a clean one in a line. */
  void summary(String name, Verdict v) {
    if (v.isClean()) {
      out.printf(Locale.ROOT, "%s: clean (score %.2f)%n", TerminalText.safe(name), v.score());
      return;
    }
    full(name, v, false);
  }

  /** Everything: every signal and its evidence, every indicator, problems, forwarded originals, all advice. */
  void explain(String name, Verdict v) {
    full(name, v, true);
  }

  /**
   * Writes the report into a buffer first, then masks every quoted password in all of it (a file name, a location
   * or the Message-ID may repeat one) and makes the sender's control characters harmless before the terminal sees it.
   */
  private void full(String name, Verdict v, boolean everything) {
    StringWriter buffer = new StringWriter();
    try (PrintWriter unfiltered = new PrintWriter(buffer)) {
      new TextReport(unfiltered).unfiltered(name, v, everything);
    }
    out.print(TerminalText.safe(Secrets.mask(buffer.toString(), Secrets.ofTree(v))));
    out.flush();
  }

  private void unfiltered(String name, Verdict v, boolean everything) {
    out.println(name);
    out.printf(Locale.ROOT, "  Verdict: %s (score %.2f)%n", headline(v.category()), v.score());
    if (!v.subject().isEmpty()) {
      out.println("  Subject: " + clip(v.subject(), 160));
    }
    body(v, everything, "  ");
    whatToDo(out, v.advice());
    out.println();
  }

  /** The guidance as numbered steps. */
  static void whatToDo(PrintWriter out, List<Advice> advice) {
    if (!advice.isEmpty()) {
      out.println("  What to do:");
      int n = 1;
      for (Advice a : advice) {
        out.printf("   %d. %s%n", n++, a.text());
      }
    }
  }

  private void body(Verdict v, boolean everything, String indent) {
    model(v, everything, indent);
    if (!v.signals().isEmpty() && (everything || !v.ownCategory().equals(Category.CLEAN))) {
      out.println(indent + "Why:");
      for (SignalResult s : v.signals()) {
        out.printf(Locale.ROOT, "%s - %s [%s, weight %.2f]%n", indent, capitalise(s.explanation()), s.id(),
            s.weight());
        List<Evidence> evidence = everything ? s.evidence() : s.evidence().subList(0, Math.min(2, s.evidence().size()));
        for (Evidence e : evidence) {
          out.printf("%s     \"%s\" (%s%s)%n", indent, clip(e.quote(), 160), e.location(),
              e.explanation().equals(s.explanation()) ? "" : ": " + e.explanation());
          if (everything && !e.context().isEmpty() && !e.context().equals(e.quote())) {
            out.printf("%s       in: %s%n", indent, clip(e.context(), 240));
          }
        }
      }
    }
    indicators(v.indicators(), everything, indent);
    if (everything || !v.problems().isEmpty()) {
      for (String p : v.problems()) {
        out.println(indent + "Note: " + p);
      }
    }
    if (everything) {
      v.attachments().forEach(a -> out.printf(Locale.ROOT, "%sAttachment: %s (%s, %,d bytes, sha256 %s)%n", indent,
          a.name().isEmpty() ? "(no name)" : a.name(), a.contentType(), a.size(), a.sha256()));
      out.printf(Locale.ROOT, "%sMessage: %,d bytes%s%s%n", indent, v.size(), v.truncated() ? " (truncated)" : "",
          v.sha256().isEmpty() ? "" : ", sha256 " + v.sha256());
      if (!v.messageId().isEmpty()) {
        out.println(indent + "Message-ID: " + v.messageId());
      }
    }
    int n = 1;
    for (Verdict a : v.attached()) {
      out.printf(Locale.ROOT, "%sForwarded message %d: %s (score %.2f)%s%n", indent, n++, headline(a.category()),
          a.score(), a.subject().isEmpty() ? "" : " \"" + clip(a.subject(), 100) + "\"");
      body(a, everything, indent + "  ");
    }
  }

  /** The model's probability, who decided, and the words that pushed the model most. */
  private void model(Verdict v, boolean everything, String indent) {
    ModelOpinion m = v.model();
    if (m == null || !everything && v.ownCategory() == Category.CLEAN) {
      return;
    }
    out.printf(Locale.ROOT, "%sModel: %.0f%% sextortion (rules score %.2f; decided by %s)%n", indent,
        m.probability() * 100, v.rulesScore(), v.decidedBy().label());
    List<String> items = new ArrayList<>();
    for (ModelOpinion.TopFeature f : m.topFeatures()) {
      if (everything || f.weight() > 0) {
        items.add(String.format(Locale.ROOT, "\"%s\" %+.2f", clip(f.text(), 60), f.weight()));
      }
    }
    if (!items.isEmpty()) {
      out.println(indent + "  Words that weighed most: " + String.join(", ", everything ? items
          : items.subList(0, Math.min(5, items.size()))));
    }
    if (everything) {
      out.printf(Locale.ROOT, "%s  The rules' signals together: %+.2f%n", indent, m.signalsWeight());
    }
  }

  private void indicators(Indicators ind, boolean everything, String indent) {
    for (Wallet w : ind.wallets()) {
      out.printf("%sWallet: %s (%s%s%s%s, in %s)%n", indent, w.address(), w.currency(),
          w.validated() ? ", checksum valid" : ", no checksum", w.testnet() ? ", testnet" : "",
          w.obfuscated() ? ", disguised in the text" : "", w.location());
      if (everything && w.uri() != null) {
        out.printf("%s  payment link: %s%n", indent, clip(w.uri(), 160));
      }
    }
    for (Amount a : ind.amounts()) {
      out.printf("%sAmount: %s (%s %s)%n", indent, a.text(), a.value().stripTrailingZeros().toPlainString(),
          a.currency());
    }
    for (Deadline d : ind.deadlines()) {
      out.printf("%sDeadline: %s (%s)%n", indent, d.text(), hours(d.hours()));
    }
    for (Contact c : ind.contacts()) {
      out.printf("%sContact: %s (%s, in %s)%n", indent, clip(c.value(), 120), contactLabel(c.type()), c.location());
    }
    if (everything && ind.senderIp() != null) {
      out.println(indent + "Sender IP (first external hop): " + ind.senderIp());
    }
    if (everything) {
      ind.emails().forEach(e -> out.println(indent + "E-mail address: " + e));
      ind.urls().stream().limit(20).forEach(u -> out.println(indent + "Link: " + clip(u, 160)));
    }
  }

  private static String contactLabel(String type) {
    return switch (type) {
      case "western-union-mtcn" -> "Western Union MTCN";
      case "moneygram-reference" -> "MoneyGram reference";
      case "whatsapp" -> "WhatsApp";
      default -> capitalise(type);
    };
  }

  private static String hours(double h) {
    return h == Math.rint(h) ? (long) h + " hours" : String.format(Locale.ROOT, "%.1f hours", h);
  }

  static String headline(Category c) {
    return switch (c) {
      case SEXTORTION -> "SEXTORTION scam";
      case EXTORTION -> "EXTORTION scam";
      case CLEAN -> "clean";
    };
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String clip(String s, int max) {
    String one = s.replace('\n', ' ').replace('\r', ' ');
    return one.length() <= max ? one : one.substring(0, max) + "…";
  }
}
