package org.sextortionshield.core.password;

import java.io.IOException;

/**
 * Where to look up how often a password appears in known data breaches: Have I Been Pwned's range API
 * ({@link PwnedPasswordsApi}) or a downloaded Pwned Passwords file ({@link PwnedPasswordsFile}). Implementations see
 * only the hash, never the password; their exception messages are one line and never contain more than the prefix.
 */
public interface BreachedPasswords {
  /** How many times the password appears in known breaches; 0 when it does not. */
  long timesSeen(PasswordHash hash) throws IOException;

  /** Where the answer comes from, for people ("Have I Been Pwned (https://…)", "file pwned.txt"). */
  String source();
}
