package org.sextortionshield.core.mail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to text as a reader would see it. Text split by comments or empty inline elements is joined
 * ("Bit&lt;!-- --&gt;coin" reads "Bitcoin"); text the markup hides (display:none, visibility:hidden, zero or tiny font
 * size, zero opacity, text coloured like its background, CSS classes that do so) goes to a separate hidden text
 * instead of being lost. The traversal is iterative, so deeply nested markup cannot overflow the stack.
 */
final class HtmlText {
  private static final int MAX_LINKS = 500;
  /** Inline {@code data:} images kept per HTML part (for QR codes); the part's text limit bounds their bytes. */
  static final int MAX_INLINE_IMAGES = 16;
  private static final Set<String> SKIPPED = Set.of("script", "style", "head", "template", "noscript", "svg",
      "object", "embed", "iframe", "title", "meta", "link");
  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
      "table", "blockquote", "section", "article", "header", "footer", "ul", "ol", "dl", "dt", "dd", "hr", "pre",
      "address", "center", "form", "fieldset", "tbody", "thead", "body", "main", "nav", "aside", "figure");

  record Result(String visible, String hidden, List<String> links, List<InlineImage> images) {}

  /** An image written into the HTML itself ({@code <img src="data:image/png;base64,...">}). */
  record InlineImage(String contentType, byte[] content) {}

  private HtmlText() {}

  static Result convert(String html) {
    Document doc = Jsoup.parse(html);
    Set<String> hiddenClasses = new HashSet<>();
    Set<String> hiddenIds = new HashSet<>();
    for (Element style : doc.select("style")) {
      Css.collectHidingSelectors(style.data(), hiddenClasses, hiddenIds);
    }
    Collector collector = new Collector(hiddenClasses, hiddenIds, backgroundOf(doc.body()));
    NodeTraversor.traverse(collector, doc);
    return new Result(collector.visible.toString(), collector.hidden.toString(), collector.links, collector.images);
  }

  private static String backgroundOf(Element body) {
    if (body == null) {
      return "#ffffff";
    }
    String bg = Css.color(Css.property(body.attr("style"), "background-color"));
    if (bg == null) {
      bg = Css.color(Css.property(body.attr("style"), "background"));
    }
    if (bg == null) {
      bg = Css.color(body.attr("bgcolor"));
    }
    return bg == null ? "#ffffff" : bg;
  }

  /** Visitor state per open element: hidden or not, and the background its text is drawn on. */
  private record State(boolean hidden, boolean skipped, String background) {}

  private static final class Collector implements NodeVisitor {
    final StringBuilder visible = new StringBuilder();
    final StringBuilder hidden = new StringBuilder();
    final List<String> links = new ArrayList<>();
    final List<InlineImage> images = new ArrayList<>();
    private final Deque<State> stack = new ArrayDeque<>();
    private final Set<String> hiddenClasses;
    private final Set<String> hiddenIds;

    Collector(Set<String> hiddenClasses, Set<String> hiddenIds, String background) {
      this.hiddenClasses = hiddenClasses;
      this.hiddenIds = hiddenIds;
      stack.push(new State(false, false, background));
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        State s = stack.peek();
        if (!s.skipped()) {
          (s.hidden() ? hidden : visible).append(t.getWholeText());
        }
        return;
      }
      if (!(node instanceof Element e)) {
        return; // comments, doctype: nothing, so the text around them joins up
      }
      State parent = stack.peek();
      String tag = e.normalName();
      boolean skipped = parent.skipped() || SKIPPED.contains(tag);
      String style = e.attr("style");
      String background = parent.background();
      String bg = Css.color(Css.property(style, "background-color"));
      if (bg == null) {
        bg = Css.color(Css.property(style, "background"));
      }
      if (bg == null && e.hasAttr("bgcolor")) {
        bg = Css.color(e.attr("bgcolor"));
      }
      if (bg != null) {
        background = bg;
      }
      boolean hiddenHere = parent.hidden() || isHidden(e, style, background);
      stack.push(new State(hiddenHere, skipped, background));
      if (skipped) {
        return;
      }
      if (tag.equals("a") && links.size() < MAX_LINKS) {
        String href = e.attr("href").strip();
        if (!href.isEmpty()) {
          links.add(href);
        }
      }
      if (tag.equals("img") && images.size() < MAX_INLINE_IMAGES) {
        InlineImage image = dataImage(e.attr("src"));
        if (image != null) {
          images.add(image);
        }
      }
      if (tag.equals("br")) {
        (hiddenHere ? hidden : visible).append('\n');
      } else if (BLOCKS.contains(tag)) {
        paragraph(hiddenHere ? hidden : visible);
      } else if (tag.equals("td") || tag.equals("th")) {
        (hiddenHere ? hidden : visible).append(' ');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      State s = stack.pop();
      if (!s.skipped() && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
        paragraph(s.hidden() ? hidden : visible);
      }
    }

    private boolean isHidden(Element e, String style, String background) {
      if (e.hasAttr("hidden")) {
        return true;
      }
      for (String cls : e.classNames()) {
        if (hiddenClasses.contains(cls.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      if (!e.id().isEmpty() && hiddenIds.contains(e.id().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (Css.hides(style)) {
        return true;
      }
      String color = Css.color(Css.property(style, "color"));
      if (color == null && e.normalName().equals("font")) {
        color = Css.color(e.attr("color"));
      }
      return color != null && color.equals(background);
    }

    /** The image of a base64 {@code data:image/...} URI, or null (another URI, or broken base64). */
    static InlineImage dataImage(String src) {
      String s = src.strip();
      int comma = s.indexOf(',');
      if (comma < 0 || !s.regionMatches(true, 0, "data:image/", 0, 11)) {
        return null;
      }
      String meta = s.substring(5, comma).toLowerCase(Locale.ROOT);
      if (!meta.endsWith(";base64")) {
        return null;
      }
      try {
        byte[] bytes = java.util.Base64.getMimeDecoder().decode(s.substring(comma + 1));
        int semicolon = meta.indexOf(';');
        return bytes.length == 0 ? null : new InlineImage(meta.substring(0, semicolon), bytes);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    /** Block boundaries end a paragraph: a blank line, as in plain text. */
    private static void paragraph(StringBuilder sb) {
      int n = sb.length();
      if (n == 0) {
        return;
      }
      if (sb.charAt(n - 1) != '\n') {
        sb.append("\n\n");
      } else if (n < 2 || sb.charAt(n - 2) != '\n') {
        sb.append('\n');
      }
    }
  }
}
