package org.sextortionshield.core.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.sextortionshield.core.mail.Attachment;

/**
 * Reads PNG, JPEG, GIF (first frame) and BMP images with bounded cost: the size is read from the header first, and
 * an image above the pixel bound is decoded subsampled (every 2nd, 3rd … pixel), never whole.
 */
final class ImageFiles {
  private ImageFiles() {}

  /** True when the attachment is an image we can read, by declared type, name or magic bytes. */
  static boolean isImage(Attachment a) {
    String type = a.contentType().toLowerCase(Locale.ROOT);
    String name = a.name().toLowerCase(Locale.ROOT);
    return type.startsWith("image/") && !type.contains("svg")
        || name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif")
        || a.contentKept() && hasImageMagic(a.content());
  }

  private static boolean hasImageMagic(byte[] b) {
    return b.length > 4 && ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
        || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8
        || b[0] == 'G' && b[1] == 'I' && b[2] == 'F');
  }

  /**
   * Decodes {@code bytes} with at most {@code maxPixels} pixels; null when no reader knows the format. Throws
   * {@link IOException} with a readable message when the data is broken.
   */
  static BufferedImage read(byte[] bytes, int maxPixels) throws IOException {
    return read(bytes, maxPixels, null);
  }

  /**
   * As {@link #read(byte[], int)}, taking the image from {@code budget} (when not null) once its size is known and
   * before it is decoded; throws {@link OverBudget} when it does not fit.
   */
  static BufferedImage read(byte[] bytes, int maxPixels, PixelBudget budget) throws IOException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null; // WebP, TIFF, HEIC ...: not a format Java reads, and not one QR payment codes come in
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        ImageReadParam param = reader.getDefaultReadParam();
        int step = subsampling(pixels, maxPixels);
        if (budget != null && !budget.take(pixels, (reader.getWidth(0) / step) * (long) (reader.getHeight(0) / step))) {
          throw new OverBudget();
        }
        if (step > 1) {
          param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage image = reader.read(0, param);
        if (image == null) {
          throw new IOException("no picture in the image");
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (RuntimeException e) {
      throw new IOException("broken image data", e); // decoders throw unchecked exceptions on malformed input
    }
  }

  /** The smallest step n such that every n-th pixel in both directions fits {@code maxPixels}. */
  static int subsampling(long pixels, long maxPixels) {
    int step = 1;
    while (pixels / ((long) step * step) > maxPixels) {
      step++;
    }
    return step;
  }

  /** The image would take more than what is left of the message's image budget. */
  static final class OverBudget extends IOException {
    OverBudget() {
      super("over the message's image budget");
    }
  }
}
