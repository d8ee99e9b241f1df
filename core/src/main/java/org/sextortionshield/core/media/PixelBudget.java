package org.sextortionshield.core.media;

/** What one message may still spend on images: a count and a number of pixels. Not thread-safe: one per message. */
final class PixelBudget {
  private int images;
  private long pixels;

  PixelBudget(MediaLimits limits) {
    this.images = limits.maxImagesPerMessage();
    this.pixels = limits.maxPixelsPerMessage();
  }

  /** Takes one image of {@code pixelCount} pixels from the budget; false (and nothing taken) when it does not fit. */
  boolean take(long pixelCount) {
    if (images <= 0 || pixelCount > pixels) {
      return false;
    }
    images--;
    pixels -= pixelCount;
    return true;
  }
}
