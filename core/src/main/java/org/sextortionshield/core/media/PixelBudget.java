package org.sextortionshield.core.media;

/**
 * What one message may still spend on images: a count, pixels decoded, and pixels of the sources (which decoders
 * inflate whole even when reading subsampled). Not thread-safe: one per message.
 */
final class PixelBudget {
  private int images;
  private long pixels;
  private long sourcePixels;

  PixelBudget(MediaLimits limits) {
    this.images = limits.maxImagesPerMessage();
    this.pixels = limits.maxPixelsPerMessage();
    this.sourcePixels = limits.maxSourcePixelsPerMessage();
  }

  /**
   * Takes one image of {@code sourcePixelCount} pixels, read as {@code pixelCount}, from the budget; false (and
   * nothing taken) when it does not fit or a count is negative (sizes come from the file). Asked before decoding,
   * since decoding is the cost.
   */
  boolean take(long sourcePixelCount, long pixelCount) {
    if (images <= 0 || pixelCount < 0 || sourcePixelCount < 0 || pixelCount > pixels || sourcePixelCount > sourcePixels) {
      return false;
    }
    images--;
    pixels -= pixelCount;
    sourcePixels -= sourcePixelCount;
    return true;
  }
}
