package org.sextortionshield.milter;

import java.io.IOException;
import java.io.InputStream;
import org.sextortionshield.core.verdict.Verdict;

/**
 * Judges one message, read from a stream over the bytes the milter collected (no copy); {@code Shield::scan} in
 * production, a slow or failing stand-in in tests.
 */
@FunctionalInterface
public interface MessageScanner {
  Verdict scan(InputStream message) throws IOException;
}
