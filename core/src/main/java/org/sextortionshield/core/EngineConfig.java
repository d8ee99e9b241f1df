package org.sextortionshield.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sextortionshield.core.data.DataFile;
import org.sextortionshield.core.platform.PlatformRegistry;

/**
 * Site settings for the engine, from a configuration file in the {@link DataFile} format ({@code key = value} lines;
 * lists comma-separated) that every front end (CLI, milter, server) reads the same way:
 * <pre>
 * organisation-domains = example.org, example.com
 * trusted-authserv-ids = mx1.example.org, mx2.example.org
 * platform-dir = /etc/sextortion-shield/platforms
 * </pre>
 * A relative {@code platform-dir} is resolved against the file's directory.
 */
public record EngineConfig(List<String> organisationDomains, List<String> trustedAuthservIds, Path platformDir) {
  private static final List<String> KEYS = List.of("organisation-domains", "trusted-authserv-ids", "platform-dir");

  public static EngineConfig empty() {
    return new EngineConfig(List.of(), List.of(), null);
  }

  /** Reads a configuration file; an unreadable file or an unknown key is an error naming the file. */
  public static EngineConfig load(Path file) {
    DataFile data;
    try (InputStream in = Files.newInputStream(file)) {
      data = DataFile.parse(file.toString(), in);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the configuration (" + e.getMessage() + ")");
    }
    if (!data.sections().isEmpty()) {
      throw new DataFile.DataFileException(file.toString(), data.sections().get(0).lines().isEmpty() ? 0
          : data.sections().get(0).lines().get(0).number(), "the configuration has no [sections]");
    }
    for (String key : data.headers().keySet()) {
      if (!KEYS.contains(key)) {
        throw new DataFile.DataFileException(file.toString(), 0, "unknown key '" + key + "' (known: " + KEYS + ")");
      }
    }
    String dir = data.header("platform-dir", "");
    Path base = file.toAbsolutePath().getParent();
    return new EngineConfig(list(data.header("organisation-domains", "")),
        list(data.header("trusted-authserv-ids", "")), dir.isEmpty() ? null : base.resolve(dir));
  }

  /** This configuration with more values (command-line flags) added; a given platform directory replaces this one. */
  public EngineConfig plus(List<String> domains, List<String> authservIds, Path dir) {
    List<String> d = new ArrayList<>(organisationDomains);
    d.addAll(domains);
    List<String> a = new ArrayList<>(trustedAuthservIds);
    a.addAll(authservIds);
    return new EngineConfig(List.copyOf(d), List.copyOf(a), dir != null ? dir : platformDir);
  }

  /** Applies these settings to an engine under construction. */
  public Shield.Builder applyTo(Shield.Builder builder) {
    if (!organisationDomains.isEmpty()) {
      builder.organisationDomains(organisationDomains);
    }
    if (!trustedAuthservIds.isEmpty()) {
      builder.trustedAuthservIds(trustedAuthservIds);
    }
    if (platformDir != null) {
      if (!Files.isDirectory(platformDir)) {
        throw new IllegalArgumentException(platformDir + ": not a directory of platform templates");
      }
      builder.platforms(PlatformRegistry.defaults().withTemplatesFrom(platformDir));
    }
    return builder;
  }

  public boolean isEmpty() {
    return organisationDomains.isEmpty() && trustedAuthservIds.isEmpty() && platformDir == null;
  }

  private static List<String> list(String csv) {
    List<String> out = new ArrayList<>();
    for (String s : csv.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return List.copyOf(out);
  }
}
