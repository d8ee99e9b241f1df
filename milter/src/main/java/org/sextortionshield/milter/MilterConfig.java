package org.sextortionshield.milter;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.sextortionshield.core.EngineConfig;
import org.sextortionshield.core.Shield;
import org.sextortionshield.core.data.DataFile;

/**
 * The milter's configuration: the defaults of {@link Setting}, overridden by a configuration file ({@code key = value}
 * lines, {@code #} comments: the house {@link DataFile} format), overridden by command-line flags.
 *
 * @param http where /health and /metrics are served, or null
 * @param engineThreads threads running the engine (already resolved: never 0)
 */
public record MilterConfig(ListenAddress socket, int socketMode, InetSocketAddress http, int maxMessageBytes,
    Duration timeBudget, Duration warmUp, int maxConnections, Duration idleTimeout, int engineThreads, double threshold,
    ActionPolicy policy, EngineConfig site) {

  /** The engine these settings ask for: the embedded defaults, the threshold and the site settings. */
  public Shield engine() {
    if (threshold == Shield.DEFAULT_THRESHOLD && site.isEmpty()) {
      return Shield.defaults();
    }
    return site.applyTo(Shield.builder().threshold(threshold)).build();
  }

  public static MilterConfig defaults() {
    return load(null, Map.of());
  }

  /**
   * Reads {@code file} (may be null) and applies {@code flags} (setting key to value) over it.
   *
   * @throws ConfigException naming the file or flag and the problem
   */
  public static MilterConfig load(Path file, Map<String, String> flags) {
    Map<Setting, String> value = new EnumMap<>(Setting.class);
    Map<Setting, String> origin = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      value.put(s, s.defaultValue());
      origin.put(s, "default");
    }
    if (file != null) {
      DataFile data = read(file);
      if (!data.sections().isEmpty()) {
        throw new ConfigException(file + ": unexpected [" + data.sections().get(0).name() + "]: the file is only "
            + "'key = value' lines");
      }
      data.headers().forEach((k, v) -> put(value, origin, k, v, file.toString()));
    }
    flags.forEach((k, v) -> put(value, origin, k, v, "--" + k));
    return new Parser(value, origin).config();
  }

  private static DataFile read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return DataFile.parse(file.toString(), in);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
    } catch (RuntimeException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private static void put(Map<Setting, String> value, Map<Setting, String> origin, String key, String v,
      String where) {
    Setting s = Setting.byKey(key);
    if (s == null) {
      throw new ConfigException(where + ": unknown setting '" + key + "'");
    }
    value.put(s, v);
    origin.put(s, where);
  }

  /** Turns the text values into typed ones; each problem names where the value came from. */
  private record Parser(Map<Setting, String> value, Map<Setting, String> origin) {
    MilterConfig config() {
      int threads = integer(Setting.ENGINE_THREADS, 0, 1024);
      ActionPolicy policy = new ActionPolicy(score(Setting.SUBJECT_PREFIX_SCORE), text(Setting.SUBJECT_PREFIX),
          score(Setting.QUARANTINE_SCORE), score(Setting.REJECT_SCORE), text(Setting.REJECT_TEXT),
          onErrorTempfail(), text(Setting.TEMPFAIL_TEXT));
      return new MilterConfig(socket(), socketMode(), http(), integer(Setting.MAX_MESSAGE_BYTES, 1024, 1 << 30),
          Duration.ofMillis(integer(Setting.TIME_BUDGET_MS, 1, 600_000)),
          Duration.ofMillis(integer(Setting.WARM_UP_MS, 0, 600_000)),
          integer(Setting.MAX_CONNECTIONS, 1, 100_000), Duration.ofSeconds(integer(Setting.IDLE_TIMEOUT_S, 1,
          86_400)), threads == 0 ? Runtime.getRuntime().availableProcessors() : threads,
          score(Setting.THRESHOLD), policy, site());
    }

    private EngineConfig site() {
      String dir = text(Setting.PLATFORM_DIR);
      if (!dir.isEmpty() && !Files.isDirectory(Path.of(dir))) {
        throw bad(Setting.PLATFORM_DIR, "not a directory");
      }
      return EngineConfig.empty().plus(csv(Setting.ORGANISATION_DOMAINS), csv(Setting.TRUSTED_AUTHSERV_IDS),
          dir.isEmpty() ? null : Path.of(dir));
    }

    private java.util.List<String> csv(Setting s) {
      java.util.List<String> out = new java.util.ArrayList<>();
      for (String item : text(s).split(",")) {
        if (!item.isBlank()) {
          out.add(item.strip());
        }
      }
      return out;
    }

    private ConfigException bad(Setting s, String problem) {
      String where = origin.get(s);
      return new ConfigException(("default".equals(where) ? "" : where + ": ") + s.key() + " = '" + value.get(s)
          + "': " + problem);
    }

    private String text(Setting s) {
      String v = value.get(s);
      for (int i = 0; i < v.length(); i++) {
        if (v.charAt(i) < 0x20 || v.charAt(i) == 0x7f) {
          throw bad(s, "control characters are not allowed");
        }
      }
      if ((s == Setting.REJECT_TEXT || s == Setting.TEMPFAIL_TEXT) && v.indexOf('%') >= 0) {
        throw bad(s, "'%' is not allowed in an SMTP reply text (MTAs treat it as a format character)");
      }
      return v;
    }

    private int integer(Setting s, int min, int max) {
      try {
        int v = Integer.parseInt(value.get(s));
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw bad(s, "expected a whole number from " + min + " to " + max);
    }

    private Double score(Setting s) {
      String v = value.get(s);
      if (v.equalsIgnoreCase("off")) {
        if (s == Setting.THRESHOLD) {
          throw bad(s, "the engine threshold cannot be off");
        }
        return null;
      }
      try {
        double d = Double.parseDouble(v);
        if (d >= 0 && d <= 1) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw bad(s, "expected a score from 0 to 1" + (s == Setting.THRESHOLD ? "" : ", or off"));
    }

    private boolean onErrorTempfail() {
      return switch (value.get(Setting.ON_ERROR).toLowerCase(Locale.ROOT)) {
        case "accept" -> false;
        case "tempfail" -> true;
        default -> throw bad(Setting.ON_ERROR, "expected accept or tempfail");
      };
    }

    private ListenAddress socket() {
      try {
        return ListenAddress.parse(value.get(Setting.SOCKET));
      } catch (IllegalArgumentException e) {
        throw bad(Setting.SOCKET, e.getMessage());
      }
    }

    private int socketMode() {
      try {
        int mode = Integer.parseInt(value.get(Setting.SOCKET_MODE), 8);
        if (mode >= 0 && mode <= 0777) {
          return mode;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw bad(Setting.SOCKET_MODE, "expected octal permissions such as 660");
    }

    private InetSocketAddress http() {
      String v = value.get(Setting.HTTP).strip();
      if (v.equalsIgnoreCase("off") || v.isEmpty()) {
        return null;
      }
      int colon = v.lastIndexOf(':');
      if (colon > 0) {
        String host = v.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
          host = host.substring(1, host.length() - 1);
        }
        try {
          int port = Integer.parseInt(v.substring(colon + 1));
          if (port >= 0 && port <= 65535) {
            return new InetSocketAddress(host, port);
          }
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      throw bad(Setting.HTTP, "expected HOST:PORT or off");
    }
  }

  /** A configuration value that cannot be used; the message names the file or flag, the key and the problem. */
  public static final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
      super(message);
    }
  }
}
