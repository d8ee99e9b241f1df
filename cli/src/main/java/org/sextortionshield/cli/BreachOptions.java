package org.sextortionshield.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.sextortionshield.core.password.BreachedPasswords;
import org.sextortionshield.core.password.PwnedPasswordsApi;
import org.sextortionshield.core.password.PwnedPasswordsFile;
import picocli.CommandLine.Option;

/** Where passwords are looked up in known breaches: the Pwned Passwords range API, or a downloaded file. */
final class BreachOptions {
  @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "https://api.pwnedpasswords.com",
      description = "Pwned Passwords range API (only the first 5 hex characters of the SHA-1 are sent). "
          + "Default: ${DEFAULT-VALUE}.")
  URI endpoint;

  @Option(names = "--offline", paramLabel = "FILE", description = "Look up in a downloaded Pwned Passwords SHA-1 "
      + "file (HASH:COUNT lines sorted by hash) instead; nothing leaves the machine.")
  Path offline;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Network time limit. Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds;

  BreachedPasswords lookup() {
    if (offline != null) {
      return new PwnedPasswordsFile(offline);
    }
    String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme();
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("--endpoint must be an http(s) URL, got " + endpoint);
    }
    return new PwnedPasswordsApi(endpoint, Duration.ofSeconds(Math.max(1, timeoutSeconds)));
  }

  /** What the user is told about where the answer came from and what was sent. */
  static String disclosure(BreachedPasswords lookup) {
    return lookup instanceof PwnedPasswordsApi
        ? "Checked with " + lookup.source() + ": only the first 5 characters of the password's SHA-1 hash were sent."
        : "Checked in " + lookup.source() + ": nothing left this machine.";
  }
}
