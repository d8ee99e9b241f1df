package org.sextortionshield.core.platform;

import java.util.List;
import org.sextortionshield.core.content.TextSource;
import org.sextortionshield.core.mail.ParsedMessage;

/**
 * The user-written field of a trusted platform's notification as a text of its own ("platform:&lt;id&gt;"), so every
 * content signal and indicator extractor reads it, and {@code trusted-platform-abuse} can measure it.
 */
public final class PlatformTextSource implements TextSource {
  private final PlatformRegistry registry;

  public PlatformTextSource(PlatformRegistry registry) {
    this.registry = registry;
  }

  @Override
  public List<Text> texts(ParsedMessage message) {
    PlatformRegistry.Match match = registry.match(message);
    return match == null ? List.of() : List.of(new Text(match.location(), match.payload()));
  }
}
