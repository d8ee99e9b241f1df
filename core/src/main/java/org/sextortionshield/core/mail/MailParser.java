package org.sextortionshield.core.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * Streams a message through mime4j's pull parser: headers decoded (RFC 2047, 8-bit UTF-8), every text part decoded
 * (transfer encodings, charsets), HTML turned into text, attachments hashed as they stream by, forwarded messages
 * ({@code message/rfc822}) parsed as messages of their own. Malformed MIME never throws: what could be read is
 * kept and the problem recorded. Only I/O failures of the source propagate.
 */
public final class MailParser {
  private final Limits limits;
  private final MimeConfig config;
  private final boolean ownHeaderReader;
  /**
   * Fields of every header are cut here (CuttingFieldBuilder). mime4j reads a field's line whole before handing it
   * over, so the bytes of the message (at most {@link Limits#maxMessageBytes()}) bound what that costs in memory.
   */
  static final int MAX_HEADER_FIELD_BYTES = 255 * 1024;
  /** Fields kept per header; the rest are read past (mime4j keeps none itself, so it counts them without limit). */
  static final int MAX_HEADER_FIELDS = 1000;

  public MailParser(Limits limits) {
    this(limits, true);
  }

  /** {@code ownHeaderReader}: whether {@link TopHeader} reads a message's header when it can (tests compare). */
  MailParser(Limits limits, boolean ownHeaderReader) {
    this.limits = limits;
    this.ownHeaderReader = ownHeaderReader;
    this.config = MimeConfig.custom()
        .setMaxLineLen(-1)
        .setMaxHeaderCount(-1)
        .setMaxContentLen(-1)
        .setMalformedHeaderStartsBody(true)
        .setStrictParsing(false)
        .build();
  }

  public MailParser() {
    this(Limits.defaults());
  }

  public ParsedMessage parse(byte[] message) throws IOException {
    // the first read takes the whole of a message smaller than its buffer, which is made no larger
    return parse(new java.io.ByteArrayInputStream(message), Math.max(1, Math.min(message.length, FIRST_READ)));
  }

  public ParsedMessage parse(InputStream in) throws IOException {
    return parse(in, FIRST_READ);
  }

  /** Bytes read first, for {@link TopHeader}: a median message's header is some 3.5 KB. */
  private static final int FIRST_READ = 8192;

  private ParsedMessage parse(InputStream in, int firstRead) throws IOException {
    byte[] ring = PartsTail.borrowRing();
    try {
      return parse(in, ring, firstRead);
    } finally {
      PartsTail.returnRing(ring);
    }
  }

  private ParsedMessage parse(InputStream in, byte[] ring, int firstRead) throws IOException {
    MeteredInputStream metered = new MeteredInputStream(in, limits.maxMessageBytes(), ring);
    ParsedMessage root = new ParsedMessage();
    CuttingFieldBuilder fields = new CuttingFieldBuilder(MAX_HEADER_FIELD_BYTES);
    Run run = new Run(root, 0, fields);
    run.parse(readTopHeader(metered, root, run, firstRead));
    if (run.stoppedIn != null) {
      metered.drainForHash();
      readPartsTail(root, run, metered.last(), fields);
    }
    if (fields.cutFields() > 0) {
      root.addProblem(fields.cutFields() + " header field(s) longer than " + MAX_HEADER_FIELD_BYTES
          + " bytes; each was cut there");
      root.markTruncated();
    }
    if (metered.limitReached()) {
      root.addProblem("message larger than " + limits.maxMessageBytes() + " bytes; only the first part was read");
      root.markTruncated();
    }
    metered.drainForHash();
    root.finish(metered.count(), root.truncated() || metered.limitReached(), metered.sha256Hex());
    return root;
  }

  /**
   * Reads the message's first bytes and, when {@link TopHeader} can read its header, adds the header's fields to
   * {@code root}; returns the message for mime4j, with the header cut down to what mime4j needs when it was read.
   */
  private InputStream readTopHeader(MeteredInputStream in, ParsedMessage root, Run run, int firstRead)
      throws IOException {
    if (!ownHeaderReader) {
      return in;
    }
    byte[] b = new byte[firstRead];
    int n = 0;
    boolean end = false;
    TopHeader.Outcome[] outcome = new TopHeader.Outcome[1];
    while (true) {
      // never read at the size limit: whether it was reached is what mime4j's reading finds, as before
      int r = (int) Math.min(b.length - n, in.remaining());
      r = r <= 0 ? 0 : in.read(b, n, r);
      end |= r < 0;
      if (r > 0) {
        n += r;
        if (n < b.length) {
          continue; // a byte array or a file fills the buffer: the header is looked at once
        }
      }
      TopHeader header = TopHeader.read(b, n, outcome);
      // near the limit mime4j's reads must fall where they fell: they decide whether it was reached
      if (header != null && (end || in.remaining() > NEAR_LIMIT)) {
        for (Header h : header.headers) {
          root.addHeader(h);
        }
        run.headerGiven = true;
        return new SplicedInput(header.forMime4j, b, header.end, n, in);
      }
      if (header != null || outcome[0] != TopHeader.Outcome.NEED_MORE || r <= 0
          || b.length >= TopHeader.MAX_BYTES) {
        return new SplicedInput(new byte[0], b, 0, n, in);
      }
      b = java.util.Arrays.copyOf(b, Math.min(b.length * 2, TopHeader.MAX_BYTES));
    }
  }

  /** Bytes short of the size limit within which the header is left to mime4j (see readTopHeader). */
  private static final int NEAR_LIMIT = 3 * 4096;

  /** The parts in the last bytes of a message whose parse stopped at the parts limit, added to where it stopped. */
  private void readPartsTail(ParsedMessage root, Run stopped, byte[] last, CuttingFieldBuilder fields)
      throws IOException {
    byte[] tail = PartsTail.asMultipart(last, stopped.stoppedBoundary);
    if (tail == null) {
      return;
    }
    ParsedMessage parts = new ParsedMessage();
    Run run = new Run(parts, stopped.baseDepth + stopped.depth, fields);
    run.tailRun = true;
    run.parse(new java.io.ByteArrayInputStream(tail));
    // the last bytes may reach back into parts read before the stop (mime4j reads ahead): those are not added twice
    ParsedMessage into = stopped.stoppedIn;
    for (TextPart p : parts.textParts()) {
      if (!into.textParts().contains(p)) {
        into.addTextPart(p);
      }
    }
    for (Attachment a : parts.attachments()) {
      if (into.attachments().stream().noneMatch(k -> k.name().equals(a.name()) && k.sha256().equals(a.sha256()))) {
        into.addAttachment(a);
      }
    }
    for (ParsedMessage m : parts.attachedMessages()) {
      if (into.attachedMessages().size() < limits.maxAttachedMessages()) {
        into.addAttachedMessage(m);
      }
    }
    parts.problems().forEach(root::addProblem);
  }

  /** Characters of text read past a message's text budget, from the end of what was past it. */
  static final int LATE_TEXT_CHARS = 256 * 1024;

  /** A text part past the budget, held until the parse ends: only the last ones are added. */
  private record LateText(ParsedMessage owner, String mimeType, boolean attachment, String filename, String text) {}

  /** One parse of one byte stream; nested base64-encoded rfc822 parts get a Run of their own. */
  private final class Run {
    private final ParsedMessage root;
    private final int baseDepth;
    private final CuttingFieldBuilder fields;
    private final Deque<ParsedMessage> messages = new ArrayDeque<>();
    private final List<Field> entityFields = new ArrayList<>();
    private int depth; // of attached messages, this run's own message included
    private int parts;
    private int textChars;
    private boolean inMessageHeader;
    private boolean headerGiven; // the root's header fields were added before mime4j read a cut-down header
    private boolean fieldsSkipped;
    private final Deque<String> boundaries = new ArrayDeque<>();
    private boolean tailRun; // reads the parts tail of a stopped parse
    private final Deque<LateText> lateTexts = new ArrayDeque<>();
    private int lateChars;
    private boolean flushingLate;
    private ParsedMessage stoppedIn; // set when the parse stopped at the parts limit: the message read then
    private String stoppedBoundary; // and the boundary of the multipart it was in

    Run(ParsedMessage root, int baseDepth, CuttingFieldBuilder fields) {
      this.root = root;
      this.baseDepth = baseDepth;
      this.fields = fields;
    }

    void parse(InputStream in) throws IOException {
      // no body-descriptor builder: mime4j's fallback reads Content-Type with its hand-written field parser. The
      // DOM module's builder ran a generated parser per MIME field, whose buffers were an eighth of all allocation
      MimeTokenStream stream = new MimeTokenStream(config, DecodeMonitor.SILENT, fields, null);
      stream.setRecursionMode(RecursionMode.M_RECURSE);
      try {
        libraryCall(() -> stream.parse(in));
        for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM;
            state = libraryCall(stream::next)) {
          if (!handle(stream, state)) {
            stream.stop();
            break;
          }
        }
      } catch (MimeException | MimeIOException e) {
        root.addProblem("broken MIME structure (" + oneLine(e.getMessage()) + "); kept what came before");
        root.markTruncated();
      }
      flushLate();
    }

    /**
     * mime4j's own state checks can fail on hostile input (found by fuzzing: "unread only works when a buffer is
     * fully read…"): such a failure is broken MIME like any other, while failures in our own code stay exceptions.
     */
    private <T> T libraryCall(MimeStep<T> step) throws IOException, MimeException {
      try {
        return step.run();
      } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
        throw new MimeException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
      }
    }

    private void libraryCall(MimeAction action) throws IOException, MimeException {
      libraryCall(() -> {
        action.run();
        return null;
      });
    }

    /** Returns false to stop parsing. */
    private boolean handle(MimeTokenStream stream, EntityState state) throws IOException {
      switch (state) {
        case T_START_MESSAGE -> {
          ParsedMessage m;
          if (messages.isEmpty()) {
            m = root;
          } else {
            m = new ParsedMessage();
            if (messages.peek().attachedMessages().size() < limits.maxAttachedMessages()) {
              messages.peek().addAttachedMessage(m);
            }
          }
          messages.push(m);
          depth++;
          inMessageHeader = true;
        }
        case T_END_MESSAGE -> {
          if (messages.size() > 1) {
            messages.pop();
          }
          depth--;
        }
        case T_START_MULTIPART -> boundaries.push(java.util.Objects.toString(stream.getBodyDescriptor().getBoundary(), ""));
        case T_END_MULTIPART -> boundaries.poll();
        // multiparts do not count: their parts go to the message that holds them, so nesting them costs no depth
        // of ours, and mime4j walks the nesting to find each boundary whether a part is read or not. A scam 26
        // multiparts down, in a 2 KB message, read "clean" when they counted
        case T_START_HEADER -> entityFields.clear();
        case T_FIELD -> {
          if (entityFields.size() >= MAX_HEADER_FIELDS) {
            if (!fieldsSkipped) {
              fieldsSkipped = true;
              root.addProblem("a header of more than " + MAX_HEADER_FIELDS + " fields; the rest were skipped");
              root.markTruncated();
            }
            return true;
          }
          Field f = stream.getField();
          entityFields.add(f);
          if (inMessageHeader && !messages.isEmpty() && !(headerGiven && messages.size() == 1)) {
            messages.peek().addHeader(new Header(f));
          }
        }
        case T_END_HEADER -> inMessageHeader = false;
        case T_BODY -> {
          if (++parts > limits.maxParts() && !tailRun) { // a tail has no limit: its 64 KiB are the bound
            root.markTruncated();
            if (baseDepth == 0) {
              stoppedIn = messages.isEmpty() ? root : messages.peek();
              stoppedBoundary = boundaries.peek();
              root.addProblem("more than " + limits.maxParts() + " MIME parts; of the rest, only those in the last "
                  + PartsTail.BYTES + " bytes of the message were read");
            } else {
              root.addProblem("more than " + limits.maxParts() + " MIME parts; the rest was not read");
            }
            return false;
          }
          body(stream);
        }
        default -> {
          // preamble, epilogue, body part boundaries: nothing to keep
        }
      }
      return true;
    }

    private void body(MimeTokenStream stream) throws IOException {
      ParsedMessage owner = messages.isEmpty() ? root : messages.peek();
      if (baseDepth + depth > limits.maxDepth()) {
        root.addProblem("messages attached more than " + limits.maxDepth() + " deep; deeper parts were not read");
        root.markTruncated();
        return;
      }
      BodyDescriptor bd = stream.getBodyDescriptor();
      String mimeType = bd.getMimeType() == null ? "text/plain" : bd.getMimeType().toLowerCase(Locale.ROOT);
      String disposition = MimeParams.value(fieldValue("Content-Disposition"));
      String filename = MimeParams.parameter(fieldValue("Content-Disposition"), "filename");
      if (filename == null) {
        filename = MimeParams.parameter(fieldValue("Content-Type"), "name");
      }
      boolean attachment = filename != null || disposition.equals("attachment");
      filename = filename == null ? "" : filename; // an attachment may come without a name
      InputStream in = new GuardedStream(stream.getDecodedInputStream());
      if (mimeType.equals("message/rfc822") && baseDepth + depth < limits.maxDepth()) {
        // Encoded (base64/QP) forwarded messages are not recursed into by mime4j; parse them here.
        ParsedMessage nested = new ParsedMessage();
        new Run(nested, baseDepth + depth, fields).parse(in); // one builder: the outer field is built already
        if (owner.attachedMessages().size() < limits.maxAttachedMessages()) {
          owner.addAttachedMessage(nested);
        }
        return;
      }
      boolean text = mimeType.startsWith("text/") || mimeType.equals("message/delivery-status");
      String where = !filename.isEmpty() ? "attachment '" + filename + "'"
          : attachment ? mimeType + " attachment part " + parts : mimeType + " part " + parts;
      if (text) {
        ReadResult read = readBounded(in, limits.maxPartTextBytes(), attachment, limits.maxPartTailBytes());
        String decoded = Charsets.decode(read.kept, read.keptLength, read.truncated, bd.getCharset(),
            owner::addProblem, where);
        if (read.tail != null) {
          int start = Charsets.characterStart(read.tail, bd.getCharset());
          decoded = decoded + "\n\n" + Charsets.decode(java.util.Arrays.copyOfRange(read.tail, start,
              read.tail.length), read.tail.length - start, false, bd.getCharset(), problem -> { }, where);
          root.addProblem(where + " longer than " + (limits.maxPartTextBytes() + limits.maxPartTailBytes())
              + " bytes; its first " + limits.maxPartTextBytes() + " and last " + limits.maxPartTailBytes()
              + " bytes were read");
        }
        addText(owner, mimeType, attachment, filename, decoded, read.truncated);
        if (attachment) {
          owner.addAttachment(new Attachment(filename, mimeType, read.size, read.sha256, null, false));
        }
      } else {
        ReadResult read = readBounded(in, limits.maxKeptAttachmentBytes(), true, 0);
        byte[] content = read.truncated ? null : read.keptLength == read.kept.length ? read.kept
            : java.util.Arrays.copyOf(read.kept, read.keptLength);
        owner.addAttachment(new Attachment(filename, mimeType, read.size, read.sha256,
            content, !disposition.equals("attachment")));
      }
    }

    private void addText(ParsedMessage owner, String mimeType, boolean attachment, String filename, String decoded,
        boolean truncated) {
      int budget = limits.maxTotalTextChars() - textChars;
      if (budget <= 0 && !flushingLate) {
        root.addProblem("more than " + limits.maxTotalTextChars() + " characters of text; of the rest, only the last "
            + LATE_TEXT_CHARS + " were read");
        root.markTruncated();
        keepLate(new LateText(owner, mimeType, attachment, filename,
            decoded.length() > LATE_TEXT_CHARS / 4 ? decoded.substring(decoded.length() - LATE_TEXT_CHARS / 4) : decoded));
        return;
      }
      boolean html = mimeType.equals("text/html");
      String text = decoded;
      String hidden = "";
      List<String> links = List.of();
      if (html) {
        HtmlText.Result r = HtmlText.convert(decoded);
        text = r.visible();
        hidden = r.hidden();
        links = r.links();
        for (HtmlText.InlineImage image : r.images()) {
          String name = "inline-image-" + (owner.attachments().size() + 1) + "." + image.contentType().substring(6);
          owner.addAttachment(new Attachment(name, image.contentType(), image.content().length,
              HexFormat.of().formatHex(sha256().digest(image.content())), image.content(), true));
        }
      }
      if (text.length() > budget) {
        text = text.substring(0, budget);
        truncated = true;
        root.markTruncated();
      }
      if (text.isBlank() && hidden.isBlank()) {
        return; // an empty part says nothing
      }
      textChars += text.length() + Math.min(hidden.length(), budget);
      TextPart.Kind kind = attachment ? TextPart.Kind.ATTACHMENT : html ? TextPart.Kind.HTML : TextPart.Kind.PLAIN;
      owner.addTextPart(new TextPart(kind, filename, mimeType, text, hidden, links, truncated));
    }

    /** Text past the message's budget: the last of it is kept, as padding must not push a scam out of reach. */
    private void keepLate(LateText late) {
      lateTexts.add(late);
      lateChars += late.text().length();
      while (lateChars > LATE_TEXT_CHARS) {
        lateChars -= lateTexts.removeFirst().text().length();
      }
    }

    /** Adds the text kept past the budget, within a budget of its own. */
    private void flushLate() {
      flushingLate = true;
      textChars = limits.maxTotalTextChars() - LATE_TEXT_CHARS;
      for (LateText late : lateTexts) {
        addText(late.owner(), late.mimeType(), late.attachment(), late.filename(), late.text(), true);
      }
    }

    private String fieldValue(String name) {
      for (Field f : entityFields) {
        if (f.getName().equalsIgnoreCase(name)) {
          return decodeValue(f);
        }
      }
      return "";
    }
  }

  /** Header bytes as UTF-8 when valid (8-bit headers), else windows-1252; unfolded; encoded words decoded. */
  static String decodeValue(Field f) {
    ByteSequence raw = f.getRaw();
    if (raw == null) {
      return decodeWords(unfold(f.getBody() == null ? "" : f.getBody()).strip());
    }
    byte[] bytes = raw instanceof ByteArrayBuffer b ? b.buffer() : raw.toByteArray();
    return decodeValue(bytes, 0, raw.length());
  }

  /** The value of the raw header field in {@code bytes[from, to)} ("Name: value", folded), as above. */
  static String decodeValue(byte[] bytes, int from, int to) {
    String value = asciiValue(bytes, from, to);
    if (value == null) {
      String line = Charsets.isValidUtf8(bytes, from, to, false)
          ? new String(bytes, from, to - from, StandardCharsets.UTF_8)
          : new String(bytes, from, to - from, Charsets.WINDOWS_1252);
      int colon = line.indexOf(':');
      value = unfold(colon < 0 ? line : line.substring(colon + 1)).strip();
    }
    return decodeWords(value);
  }

  private static String decodeWords(String value) {
    if (value.contains("=?")) {
      try {
        return DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        // keep the undecoded value
      }
    }
    return value;
  }

  /**
   * The stripped value of a header field of ASCII (most are), unfolded, made straight from its bytes; null for any
   * other, which takes the general way (a copy of the bytes, the line, the value and its stripped form each cost more
   * than the decoding).
   */
  private static String asciiValue(byte[] bytes, int start, int length) {
    int colon = -1;
    boolean folded = false;
    for (int i = start; i < length; i++) {
      byte b = bytes[i];
      if (b < 0) {
        return null;
      }
      if (b == '\r' || b == '\n') {
        folded = true;
      } else if (b == ':' && colon < 0) {
        colon = i;
      }
    }
    int from = colon < 0 ? start : colon + 1;
    int to = length;
    if (folded) { // the line breaks go first, then the white space around the value, as unfold and strip do
      byte[] unfolded = new byte[to - from];
      int n = 0;
      for (int i = from; i < to; i++) {
        if (bytes[i] != '\r' && bytes[i] != '\n') {
          unfolded[n++] = bytes[i];
        }
      }
      bytes = unfolded;
      from = 0;
      to = n;
    }
    while (from < to && Character.isWhitespace(bytes[from])) {
      from++;
    }
    while (to > from && Character.isWhitespace(bytes[to - 1])) {
      to--;
    }
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static String unfold(String s) {
    int first = 0;
    while (first < s.length() && s.charAt(first) != '\r' && s.charAt(first) != '\n') {
      first++;
    }
    if (first == s.length()) {
      return s; // most header values are one line
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\r' && c != '\n') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A body as read: the first bytes ({@code kept}, {@code keptLength}) and, when a text part ran past them by more
   * than its tail, its last bytes ({@code tail}; null otherwise). {@code truncated}: bytes between them, or after
   * {@code kept} when no tail was asked for, were not kept.
   */
  private record ReadResult(byte[] kept, int keptLength, long size, String sha256, boolean truncated, byte[] tail) {}

  /**
   * Reads a decoded body, keeping its first {@code keep} bytes and, with {@code tailKeep > 0}, its last
   * {@code tailKeep} as well, reading to its end: padding put before a scam must not push the scam out of reach. With
   * {@code readAll} it also counts and hashes all of it (an attachment's size and hash); with neither it stops at the
   * limit. The bytes are read straight into the kept array, grown as needed: most parts are a few kilobytes, and a
   * copy through a stream buffer was a tenth of a scan's allocation.
   */
  private static ReadResult readBounded(InputStream in, int keep, boolean readAll, int tailKeep) throws IOException {
    MessageDigest digest = readAll ? sha256() : null;
    byte[] kept = new byte[Math.min(keep, 4096)];
    int length = 0;
    long size = 0;
    boolean truncated = false;
    byte[] rest = null; // past the limit: the tail's ring, or a buffer to count and hash with
    int ringAt = 0;
    long past = 0;
    while (true) {
      boolean keeping = length < keep;
      if (keeping && length == kept.length) {
        kept = java.util.Arrays.copyOf(kept, (int) Math.min(keep, 2L * length));
      }
      if (!keeping && rest == null) {
        if (tailKeep <= 0 && !readAll) {
          truncated = in.read() >= 0; // one byte more tells whether anything was left out
          break;
        }
        rest = new byte[tailKeep > 0 ? tailKeep : 8192];
      }
      byte[] into = keeping ? kept : rest;
      int at = keeping ? length : tailKeep > 0 ? ringAt : 0;
      int n = in.read(into, at, into.length - at);
      if (n <= 0) {
        break;
      }
      if (digest != null) {
        digest.update(into, at, n);
      }
      size += n;
      if (keeping) {
        length += n;
      } else {
        past += n;
        ringAt = tailKeep > 0 ? (ringAt + n) % tailKeep : 0;
      }
    }
    byte[] tail = null;
    if (past > 0 && tailKeep <= 0) {
      truncated = true;
    } else if (past > 0 && past <= tailKeep) { // the rest fits: the part is kept whole
      kept = java.util.Arrays.copyOf(kept, length + (int) past);
      System.arraycopy(rest, 0, kept, length, (int) past);
      length += (int) past;
    } else if (past > tailKeep) {
      truncated = true;
      // the ring unrolled, from a byte offset divisible by 4 so that UTF-16 and UTF-32 stay aligned
      int skip = (int) ((4 - (size - tailKeep) % 4) % 4);
      tail = new byte[tailKeep - skip];
      int from = (ringAt + skip) % tailKeep;
      int first = Math.min(tail.length, tailKeep - from);
      System.arraycopy(rest, from, tail, 0, first);
      System.arraycopy(rest, 0, tail, first, tail.length - first);
    }
    String sha256 = digest == null ? "" : HexFormat.of().formatHex(digest.digest());
    return new ReadResult(kept, length, size, sha256, truncated, tail);
  }

  /**
   * A fresh SHA-256 digest: a copy of one never used, which skips the provider lookup of getInstance (0.6 % of a scan,
   * one per message). The prototype's state never changes, so copying it from any thread is safe.
   */
  static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA256.clone();
    } catch (CloneNotSupportedException e) {
      return newSha256();
    }
  }

  private static final MessageDigest SHA256 = newSha256();

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    String line = s.replace('\n', ' ').replace('\r', ' ').strip();
    return line.length() > 120 ? line.substring(0, 120) + "…" : line;
  }

  private interface MimeStep<T> {
    T run() throws IOException, MimeException;
  }

  private interface MimeAction {
    void run() throws IOException, MimeException;
  }

  /** A body stream of mime4j whose internal state failures (see {@code libraryCall}) are broken MIME. */
  private static final class GuardedStream extends java.io.FilterInputStream {
    GuardedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
        throw broken(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
        throw broken(e);
      }
    }

    private static MimeIOException broken(RuntimeException e) {
      return new MimeIOException(new MimeException(e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage(), e));
    }
  }
}
