package org.sextortionshield.core.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sextortionshield.core.data.DataFile;

/**
 * The model file: gzip-compressed text in the {@link DataFile} format, so {@code zcat} shows it. The header holds the
 * format, the feature configuration, bias and calibration, the weight count and descriptive lines (corpus
 * fingerprint, training parameters); section {@code [weights]} has one {@code bucket weight} line per non-zero
 * weight, buckets ascending. Writing is deterministic: the same model gives the same bytes (gzip header without time
 * or name, numbers in one fixed notation). Reading checks everything (gzip checksum, declared counts, ranges), so a
 * truncated or damaged file is reported, never half-used.
 */
public final class ModelFile {
  public static final String FORMAT = "sextortion-shield-linear-model/1";
  /** Where the shipped model lives on the classpath (in {@code core}'s resources). */
  public static final String EMBEDDED = "org/sextortionshield/model/sextortion-model.txt.gz";
  private static final Set<String> REQUIRED = Set.of("format", "predicts", "hash-bits", "word-ngrams", "char-ngrams",
      "max-terms", "bias", "calibration-a", "calibration-b", "weights");
  private static volatile Loaded embedded;

  private ModelFile() {}

  /** A model, or why there is none. {@code problem} is null when the model loaded (or was switched off on purpose). */
  public record Loaded(LinearModel model, String problem) {
    public static Loaded none() {
      return new Loaded(null, null);
    }
  }

  /** The model shipped in {@code core}'s resources, loaded once. */
  public static Loaded embedded() {
    Loaded l = embedded;
    if (l == null) {
      synchronized (ModelFile.class) {
        l = embedded;
        if (l == null) {
          l = loadEmbedded();
          embedded = l;
        }
      }
    }
    return l;
  }

  private static Loaded loadEmbedded() {
    try (InputStream in = ModelFile.class.getClassLoader().getResourceAsStream(EMBEDDED)) {
      if (in == null) {
        return new Loaded(null, unavailable("embedded model " + EMBEDDED + " is missing"));
      }
      return new Loaded(read(in, "embedded model " + EMBEDDED), null);
    } catch (ModelException e) {
      return new Loaded(null, unavailable(e.getMessage()));
    } catch (IOException e) {
      return new Loaded(null, unavailable("embedded model " + EMBEDDED + ": " + e.getMessage()));
    }
  }

  /** A model file named by the user. */
  public static Loaded load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new Loaded(read(in, "model file " + file), null);
    } catch (NoSuchFileException e) {
      return new Loaded(null, unavailable("model file " + file + " does not exist"));
    } catch (ModelException e) {
      return new Loaded(null, unavailable(e.getMessage()));
    } catch (IOException e) {
      return new Loaded(null, unavailable("model file " + file + " cannot be read: " + e.getMessage()));
    }
  }

  private static String unavailable(String why) {
    return "model unavailable (" + why + "); verdicts come from the rules alone";
  }

  /** Reads a model; {@code name} names the source in the error message. */
  public static LinearModel read(InputStream raw, String name) throws ModelException {
    DataFile file;
    try {
      file = DataFile.parse(name, new GZIPInputStream(raw, 64 * 1024));
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      throw new ModelException(name + " is truncated or corrupt (" + cause.getMessage() + ")");
    } catch (DataFile.DataFileException e) {
      throw new ModelException(name + " is corrupt (" + e.getMessage() + ")");
    }
    try {
      return parse(file);
    } catch (IllegalArgumentException e) {
      throw new ModelException(name + " is corrupt (" + e.getMessage() + ")");
    }
  }

  public static LinearModel read(byte[] bytes, String name) throws ModelException {
    return read(new ByteArrayInputStream(bytes), name);
  }

  private static LinearModel parse(DataFile file) {
    Map<String, String> header = file.headers();
    for (String key : REQUIRED) {
      FeatureConfig.value(header, key);
    }
    if (!FORMAT.equals(header.get("format"))) {
      throw new IllegalArgumentException("unsupported format '" + header.get("format") + "', expected " + FORMAT);
    }
    FeatureConfig config = FeatureConfig.fromHeader(header);
    int declared = FeatureConfig.number(header, "weights");
    float[] weights = new float[config.dimension()];
    int found = 0;
    int last = -1;
    for (DataFile.Section s : file.sections()) {
      if (!s.name().equals("weights")) {
        throw new IllegalArgumentException("unknown section [" + s.name() + "]");
      }
      for (DataFile.Line line : s.lines()) {
        String t = line.text();
        int space = t.indexOf(' ');
        int bucket;
        float w;
        try {
          bucket = Integer.parseInt(t.substring(0, Math.max(0, space)));
          w = Float.parseFloat(t.substring(space + 1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("line " + line.number() + ": expected 'bucket weight'");
        }
        if (bucket <= last || bucket >= weights.length || !Float.isFinite(w)) {
          throw new IllegalArgumentException("line " + line.number() + ": bucket out of order or range, or weight "
              + "not a number");
        }
        weights[bucket] = w;
        last = bucket;
        found++;
      }
    }
    if (found != declared) {
      throw new IllegalArgumentException(declared + " weights declared, " + found + " found");
    }
    Map<String, String> info = new LinkedHashMap<>(header);
    info.keySet().removeAll(REQUIRED);
    info.keySet().removeAll(config.toHeader().keySet());
    return new LinearModel(config, weights, decimal(header, "bias"), decimal(header, "calibration-a"),
        decimal(header, "calibration-b"), info);
  }

  private static double decimal(Map<String, String> header, String key) {
    try {
      double d = Double.parseDouble(header.get(key));
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(key + " must be a number, got '" + header.get(key) + "'");
  }

  /** Writes a model; weights and numbers are rounded to {@link #number(double)} notation. */
  public static void write(LinearModel model, OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024);
    Writer w = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
    w.write("# Sextortion Shield linear model, written by 'shield train' (see README, \"The model\").\n");
    w.write("# P(sextortion) = 1 / (1 + exp(calibration-a * f + calibration-b)),"
        + " f = bias + sum of weight[bucket] * feature value.\n");
    line(w, "format", FORMAT);
    line(w, "predicts", "sextortion");
    for (Map.Entry<String, String> e : model.config().toHeader().entrySet()) {
      line(w, e.getKey(), e.getValue());
    }
    line(w, "bias", number(model.bias()));
    line(w, "calibration-a", number(model.calibrationA()));
    line(w, "calibration-b", number(model.calibrationB()));
    StringBuilder body = new StringBuilder(1 << 20);
    int count = 0;
    for (int b = 0; b < model.config().dimension(); b++) {
      float weight = model.weight(b);
      if (weight != 0) {
        body.append(b).append(' ').append(number(weight)).append('\n');
        count++;
      }
    }
    line(w, "weights", Integer.toString(count));
    for (Map.Entry<String, String> e : model.info().entrySet()) {
      line(w, e.getKey(), e.getValue());
    }
    w.write("\n[weights]\n");
    w.write(body.toString());
    w.flush();
    gzip.finish();
  }

  public static byte[] bytes(LinearModel model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    try {
      write(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void line(Writer w, String key, String value) throws IOException {
    w.write(key + " = " + value + "\n");
  }

  /** Six significant digits in one fixed notation: what a model file stores, so what is evaluated is what ships. */
  public static String number(double d) {
    if (d == 0) {
      return "0";
    }
    return String.format(Locale.ROOT, "%.6g", d);
  }
}
