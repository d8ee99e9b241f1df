package org.sextortionshield.core.media;

import java.util.List;
import java.util.function.Consumer;
import org.sextortionshield.core.content.TextSource;
import org.sextortionshield.core.mail.ParsedMessage;

/** A text source that reads attachment media within {@link MediaLimits} and reports what it could not read. */
abstract class MediaSource implements TextSource {
  final MediaLimits limits;

  MediaSource(MediaLimits limits) {
    this.limits = limits;
  }

  @Override
  public final List<Text> texts(ParsedMessage message) {
    return texts(message, problem -> {});
  }

  @Override
  public abstract List<Text> texts(ParsedMessage message, Consumer<String> problems);
}
