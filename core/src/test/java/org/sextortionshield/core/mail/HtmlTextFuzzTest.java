package org.sextortionshield.core.mail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for HTML to text (package-private, hence here and not under {@code fuzz}). Seeds:
 * {@code HtmlTextFuzzTestInputs/}.
 */
class HtmlTextFuzzTest {
  /** Any markup converts; the text is bounded by the markup, links and inline images by their limits. */
  @FuzzTest
  void convert(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    HtmlText.Result r = HtmlText.convert(html);
    // text comes from the markup's text; block boundaries add at most two newlines per tag
    long bound = 3L * html.length() + 2;
    if (r.visible().length() + r.hidden().length() > bound) {
      throw new AssertionError("text of " + (r.visible().length() + r.hidden().length()) + " chars from "
          + html.length() + " chars of HTML");
    }
    if (r.links().size() > 500 || r.images().size() > HtmlText.MAX_INLINE_IMAGES) {
      throw new AssertionError("more links or inline images than the limits");
    }
  }
}
