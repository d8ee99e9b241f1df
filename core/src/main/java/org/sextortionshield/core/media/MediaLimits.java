package org.sextortionshield.core.media;

/**
 * Bounds on reading images and PDFs of one message. Decoding time follows the pixels decoded, so bounding pixels
 * (large images are read subsampled, never whole) bounds time as well as memory.
 *
 * @param maxImagePixels pixels of one image that are decoded; a larger image is read subsampled down to this
 * @param maxPixelsPerMessage pixels decoded over all images of a message
 * @param maxSourcePixelsPerMessage pixels of the images themselves over a message: a subsampled read still inflates
 *     every source pixel, so a 2 MB PNG of 20,000 x 20,000 pixels costs its full size in time however it is read
 * @param maxImagesPerMessage images looked at per message (attachments, inline images, images inside PDFs)
 * @param maxPdfsPerMessage PDF attachments read per message
 * @param maxPdfPages pages of one PDF whose text and images are read
 * @param maxPdfTextChars characters of text kept from one PDF
 * @param maxPdfBytesInMemory memory PDFBox may use for one PDF's streams
 */
public record MediaLimits(int maxImagePixels, long maxPixelsPerMessage, long maxSourcePixelsPerMessage,
    int maxImagesPerMessage,
    int maxPdfsPerMessage, int maxPdfPages, int maxPdfTextChars, long maxPdfBytesInMemory) {

  public static MediaLimits defaults() {
    return new MediaLimits(2_000_000, 16_000_000L, 100_000_000L, 16, 8, 20, 100_000, 64L << 20);
  }
}
