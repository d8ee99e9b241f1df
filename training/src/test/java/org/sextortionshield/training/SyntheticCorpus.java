package org.sextortionshield.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A small labelled corpus written by the tests themselves: sextortion mails from a few templates (each template a
 * "campaign" whose copies differ in name, amount and wallet), phishing, and ordinary mail made of everyday sentences.
 */
public final class SyntheticCorpus {
  static final List<String> TEMPLATES = List.of(
      "Hello %s. I hacked your computer and recorded you through your webcam while you watched adult videos. "
          + "Pay %s in Bitcoin to %s within 48 hours or I send the video to all your contacts.",
      "%s, my malware gave me access to your camera. I have a video of you and your browsing history. "
          + "Transfer %s to my wallet %s or your family and colleagues will see everything.",
      "Dear %s, this is your last warning. I recorded you with your own webcam on adult sites. "
          + "Send %s worth of bitcoin to %s, otherwise the recording goes to your friends.",
      "Hi %s. Your device is infected with my spyware and your webcam filmed you. "
          + "I will delete the video after you pay %s to %s. Do not tell the police.",
      "Attention %s! I know your password and I have intimate videos from your camera. "
          + "Pay %s to bitcoin address %s today or I publish them on social networks.");
  static final List<String> HAM = List.of(
      "The meeting is moved to Thursday afternoon.", "Please review the attached patch before Friday.",
      "The build failed on the test server again.", "Thanks for the quick answer, it works now.",
      "Lunch is at noon in the small kitchen.", "The new release notes are on the wiki.",
      "Could you send me the slides from yesterday?", "The printer on the second floor is fixed.",
      "We need two more volunteers for the workshop.", "The invoice for the conference hall is paid.",
      "I will be on holiday next week.", "The camera driver needs a firmware update.",
      "Our video call starts at ten.", "The budget for next year was approved.");
  static final List<String> WORDS = List.of("project", "server", "release", "garden", "invoice", "kitchen",
      "printer", "holiday", "workshop", "budget", "slides", "train", "weather", "meeting", "laptop", "coffee",
      "library", "report", "schedule", "backup", "network", "office", "family", "dinner", "concert", "museum",
      "bicycle", "football", "recipe", "window", "update", "ticket", "photo", "camera", "video", "password");
  static final List<String> PHISHING = List.of(
      "Your mailbox is full. Verify your account at the link below or it will be closed.",
      "We noticed an unusual sign-in. Confirm your password to keep your account active.",
      "Your parcel could not be delivered. Pay the customs fee of 2 EUR to release it.");
  /** The source of the phishing files, for tests of evaluation-only sources. */
  public static final String EVALUATION_ONLY = "synthetic/evaluation-only";
  static final List<String> NAMES = List.of("anna", "ben", "carla", "dirk", "eva", "finn", "greta", "hugo");

  private SyntheticCorpus() {}

  public static void write(Path dir, long seed) throws IOException {
    Random random = new Random(seed);
    StringBuilder manifest = new StringBuilder("path\tlabel\tlanguage\tsource_repo\n");
    int n = 0;
    for (int t = 0; t < TEMPLATES.size(); t++) {
      for (int copy = 0; copy < 4; copy++) {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        String body = String.format(TEMPLATES.get(t), name, "$" + (500 + random.nextInt(2000)), wallet(random));
        n = add(dir, manifest, n, "sextortion", name + "@example.org", "About you", body);
      }
    }
    for (int i = 0; i < 60; i++) {
      StringBuilder body = new StringBuilder(HAM.get(random.nextInt(HAM.size()))).append(' ');
      for (int w = 0; w < 30; w++) {
        body.append(WORDS.get(random.nextInt(WORDS.size()))).append(w % 8 == 7 ? ". " : " ");
      }
      n = add(dir, manifest, n, "ham", "team@example.org", "Note " + i, body.toString());
    }
    for (int i = 0; i < 12; i++) {
      n = add(dir, manifest, n, "phishing_other", "user@example.org", "Account notice",
          PHISHING.get(i % PHISHING.size()) + " Reference " + random.nextInt(100_000) + ".");
    }
    Files.writeString(dir.resolve("manifest.tsv"), manifest, StandardCharsets.UTF_8);
  }

  /** A wallet-shaped code (not checksum-valid: copies of a template must not be joined by wallet). */
  private static String wallet(Random random) {
    String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    StringBuilder b = new StringBuilder("1");
    for (int i = 0; i < 33; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static int add(Path dir, StringBuilder manifest, int n, String label, String to, String subject,
      String body) throws IOException {
    String path = label + "/" + n + ".eml";
    Files.createDirectories(dir.resolve(label));
    Files.writeString(dir.resolve(path), "From: sender" + n + "@example.net\nTo: " + to + "\nSubject: " + subject
        + "\nMessage-ID: <" + n + "@example.net>\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n",
        StandardCharsets.UTF_8);
    String source = label.equals("phishing_other") ? EVALUATION_ONLY : "synthetic/trainable";
    manifest.append(path).append('\t').append(label).append('\t').append("en").append('\t').append(source)
        .append('\n');
    return n + 1;
  }
}
