package org.sextortionshield.milter;

import java.io.IOException;
import org.sextortionshield.core.verdict.Verdict;

/** Judges one message; {@code Shield::scan} in production, a slow or failing stand-in in tests. */
@FunctionalInterface
public interface MessageScanner {
  Verdict scan(byte[] message) throws IOException;
}
