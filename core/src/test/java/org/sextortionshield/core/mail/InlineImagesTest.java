package org.sextortionshield.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class InlineImagesTest {
  @Test
  void dataImagesAreCollectedBoundedAndOthersIgnored() {
    String png = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
    StringBuilder html = new StringBuilder("<img src='https://example.net/a.png'><img src='data:text/plain;base64,"
        + png + "'><img src='data:image/png;base64,@@@'>");
    for (int i = 0; i < 20; i++) {
      html.append("<img src=\"data:image/png;base64,").append(png).append("\">");
    }
    HtmlText.Result r = HtmlText.convert(html.toString());
    assertThat(r.images()).hasSize(HtmlText.MAX_INLINE_IMAGES);
    assertThat(r.images().get(0).contentType()).isEqualTo("image/png");
    assertThat(r.images().get(0).content()).hasSize(7);
  }

  @Test
  void theParserKeepsThemAsInlineAttachments() throws Exception {
    String gif = Base64.getEncoder().encodeToString("GIF89a...".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    ParsedMessage m = new MailParser().parse(("Subject: x\nContent-Type: text/html\n\n<p>hi<img src=\"data:image/gif;"
        + "base64," + gif + "\"></p>").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(m.attachments()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("inline-image-1.gif");
      assertThat(a.inline()).isTrue();
      assertThat(a.contentKept()).isTrue();
      assertThat(a.sha256()).hasSize(64);
    });
  }
}
