package org.sextortionshield.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sextortionshield.core.Analysis;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.indicator.Wallet;
import org.sextortionshield.core.mail.Limits;
import org.sextortionshield.core.mail.MailParser;
import org.sextortionshield.core.model.FeatureExtractor;
import org.sextortionshield.core.signal.Facet;
import org.sextortionshield.core.source.MessageSource;
import org.sextortionshield.core.source.MessageVisitor;

/**
 * Reads a labelled corpus ({@code DIR/manifest.tsv}) through the engine: every file is read as the CLI reads it
 * ({@link MessageSource}: single messages and mbox files alike), analysed by the rules, and turned into features. Files
 * are read on several threads; the result is in manifest order whatever the scheduling, so training is deterministic.
 */
public final class Corpus {
  private final Path dir;
  private final Shield rules;
  private final FeatureExtractor extractor;
  private final MinHash minHash = new MinHash();

  /**
   * @param rules the engine whose rules analyse each message (its model, if any, is not used)
   * @param extractor the feature configuration to extract
   */
  public Corpus(Path dir, Shield rules, FeatureExtractor extractor) {
    this.dir = dir;
    this.rules = rules;
    this.extractor = extractor;
  }

  public static Path manifest(Path dir) {
    return dir.resolve("manifest.tsv");
  }

  public List<Example> read(int threads) throws IOException, InterruptedException {
    List<Manifest.Entry> entries = Manifest.read(manifest(dir));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "shield-corpus");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Example>> futures = new ArrayList<>(entries.size());
      for (Manifest.Entry e : entries) {
        futures.add(pool.submit(() -> read(e)));
      }
      List<Example> out = new ArrayList<>(entries.size());
      for (Future<Example> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading the corpus failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Example read(Manifest.Entry entry) {
    Path file = dir.resolve(entry.path());
    List<Example.Part> parts = new ArrayList<>();
    TreeSet<String> wallets = new TreeSet<>();
    int[][] signature = {null};
    String[] error = {null};
    MailParser parser = new MailParser(Limits.defaults());
    new MessageSource(Limits.defaults().maxMessageBytes(), InputStream.nullInputStream())
        .walk(List.of(file.toString()), new MessageVisitor() {
          @Override
          public void message(String name, Opener opener) {
            try (InputStream in = opener.open()) {
              Analysis a = rules.analyse(parser.parse(in));
              if (signature[0] == null) {
                signature[0] = minHash.signature(extractor.terms(a.content()));
              }
              add(a, parts, wallets);
            } catch (IOException e) {
              error[0] = "cannot read: " + e.getMessage();
            }
          }

          @Override
          public void error(String name, String problem) {
            error[0] = problem;
          }
        });
    return new Example(entry, List.copyOf(parts), wallets, signature[0] == null ? minHash.empty() : signature[0],
        sha256(file), parts.isEmpty() ? (error[0] == null ? "no message" : error[0]) : null);
  }

  private void add(Analysis a, List<Example.Part> parts, TreeSet<String> wallets) {
    List<String> signals = a.signalIds();
    parts.add(new Example.Part(extractor.extract(a.content(), signals), a.rules(), a.hasFacet(Facet.DEMAND),
        List.copyOf(signals)));
    for (Wallet w : a.indicators().wallets()) {
      if (w.validated()) {
        wallets.add(w.address());
      }
    }
    for (Analysis attached : a.attached()) {
      add(attached, parts, wallets);
    }
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        d.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (IOException e) {
      return "unreadable";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
