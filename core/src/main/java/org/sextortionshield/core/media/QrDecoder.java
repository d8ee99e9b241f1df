package org.sextortionshield.core.media;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** QR codes in a picture, with ZXing: every code found, its text payload. */
final class QrDecoder {
  private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(DecodeHintType.class);

  static {
    HINTS.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
    HINTS.put(DecodeHintType.CHARACTER_SET, "UTF-8");
  }

  private QrDecoder() {}

  /** The payloads of the QR codes in {@code image}; empty when there are none. */
  static List<String> decode(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
    List<String> out = new ArrayList<>();
    try {
      for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, HINTS)) {
        if (r.getText() != null && !r.getText().isBlank()) {
          out.add(r.getText());
        }
      }
    } catch (NotFoundException e) {
      return out; // no QR code: the usual case
    } catch (ReaderException | RuntimeException e) {
      return out; // a damaged code reads as none
    }
    return out;
  }
}
