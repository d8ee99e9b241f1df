package org.sextortionshield.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void joinsWordsSplitByCommentsAndEmptyInlineElements() {
    HtmlText.Result r = HtmlText.convert("<p>Bit<!-- x -->coin and we<span></span>bcam</p>");
    assertThat(r.visible().strip()).isEqualTo("Bitcoin and webcam");
  }

  @Test
  void separatesWhatTheReaderSeesFromWhatIsHidden() {
    String html = "<html><head><style>.gone{display:none} #tiny{font-size:0px}</style></head><body>"
        + "<p>visible one</p><p style='display:none'>hidden one</p><p class='gone'>hidden two</p>"
        + "<p id='tiny'>hidden three</p><p><span style='font-size:1px'>hidden four</span>visible two</p>"
        + "<p style='visibility:hidden'>hidden five</p><p style='opacity:0'>hidden six</p>"
        + "<p><font color='#FFFFFF'>hidden seven</font></p>"
        + "<div style='background:#000000'><span style='color:#000'>hidden eight</span></div>"
        + "<div style='max-height:0;overflow:hidden'>hidden nine</div></body></html>";
    HtmlText.Result r = HtmlText.convert(html);
    assertThat(r.visible()).contains("visible one").contains("visible two").doesNotContain("hidden");
    for (String word : new String[] {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}) {
      assertThat(r.hidden()).contains("hidden " + word);
    }
  }

  @Test
  void blocksBecomeParagraphsAndLinksAreCollected() {
    HtmlText.Result r = HtmlText.convert("<div>one</div><div>two<br>three</div><a href='https://x.example/p'>l</a>"
        + "<script>var x = 'no';</script>");
    assertThat(r.visible()).contains("one\n\ntwo\nthree").doesNotContain("var x");
    assertThat(r.links()).containsExactly("https://x.example/p");
  }

  @Test
  void survivesDeeplyNestedMarkup() {
    String html = "<div>".repeat(20_000) + "deep" + "</div>".repeat(20_000);
    assertThat(HtmlText.convert(html).visible()).contains("deep");
  }
}
