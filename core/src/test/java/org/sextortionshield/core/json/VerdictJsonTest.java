package org.sextortionshield.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.sextortionshield.core.Fixtures;
import org.sextortionshield.core.Shield;

class VerdictJsonTest {
  @Test
  void writesTheDocumentedFieldsOnOneLine() throws IOException {
    String json = VerdictJson.toJson("inbox#3", Shield.defaults().scan(Fixtures.bytes("sextortion-en-webcam.eml")));
    assertThat(json).doesNotContain("\n");
    JsonNode n = new ObjectMapper().readTree(json);
    assertThat(n.get("file").asText()).isEqualTo("inbox#3");
    assertThat(n.get("message_id").asText()).isEqualTo("fixture-webcam-1@example.net");
    assertThat(n.get("verdict").asText()).isEqualTo("sextortion");
    assertThat(n.get("score").asDouble()).isBetween(0.5, 1.0);
    JsonNode signal = n.get("signals").get(0);
    assertThat(signal.has("id") && signal.has("weight") && signal.get("evidence").isArray()).isTrue();
    assertThat(signal.get("evidence").get(0).has("quote")).isTrue();
    assertThat(n.get("indicators").get("wallets").get(0).get("address").asText())
        .isEqualTo("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
    JsonNode wallet = n.get("indicators").get("wallets").get(0);
    assertThat(wallet.get("found_in").asText()).isEqualTo("body");
    assertThat(wallet.get("obfuscated").isBoolean()).isTrue();
    assertThat(n.get("indicators").get("contacts").isArray()).isTrue();
    assertThat(n.get("indicators").has("sender_ip")).isTrue();
    assertThat(n.get("advice").get(0).get("key").asText()).isEqualTo("do-not-panic");
    assertThat(json).doesNotContain("tulip-1987"); // the quoted password never leaves in clear
  }

  @Test
  void carriesTheModelsOpinionNextToTheRules() throws IOException {
    JsonNode n = new ObjectMapper().readTree(
        VerdictJson.toJson(null, Shield.defaults().scan(Fixtures.bytes("sextortion-en-webcam.eml"))));
    assertThat(n.get("rules_score").asDouble()).isBetween(0.5, 1.0);
    assertThat(n.get("decided_by").asText()).isIn("rules", "rules and model");
    JsonNode model = n.get("model"); // the shipped model's numbers are not asserted: it is retrained as data grows
    assertThat(model.get("probability").asDouble()).isBetween(0.0, 1.0);
    assertThat(model.has("signals_weight")).isTrue();
    for (JsonNode f : model.get("top_features")) {
      assertThat(f.get("text").asText()).isNotBlank();
      assertThat(f.get("feature").asText()).isNotBlank();
      assertThat(f.get("weight").isNumber()).isTrue();
    }
    assertThat(n.toString()).doesNotContain("tulip-1987");
  }

  @Test
  void contactsSenderIpAndPaymentUris() throws IOException {
    String mail = "Received: from a.example (a.example [45.33.12.7]) by mx.example.org; Mon, 1 Jan 2024 10:00:00 +0000\n"
        + "Subject: x\n\nPay bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa?amount=0.1 and write on Telegram: @agent_x";
    JsonNode ind = new ObjectMapper().readTree(VerdictJson.toJson(null,
        Shield.defaults().scan(mail.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).get("indicators");
    assertThat(ind.get("sender_ip").asText()).isEqualTo("45.33.12.7");
    assertThat(ind.get("contacts").get(0).get("type").asText()).isEqualTo("telegram");
    assertThat(ind.get("contacts").get(0).get("value").asText()).isEqualTo("@agent_x");
    assertThat(ind.get("contacts").get(0).get("location").asText()).isEqualTo("body");
    assertThat(ind.get("wallets").get(0).get("uri").asText())
        .isEqualTo("bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa?amount=0.1");
  }

  /** A link, an address or any other field that repeats the quoted password is masked too, in json and jsonl. */
  @Test
  void aQuotedPasswordIsMaskedInEveryFieldThatRepeatsIt() throws IOException {
    var v = Shield.defaults().scan(Fixtures.message("Subject: hello",
        "Your password is Kx7pelican22. I recorded you through your webcam. Pay $900 in Bitcoin within 48 hours. "
            + "Proof: https://scam.example/Kx7pelican22"));
    java.io.StringWriter pretty = new java.io.StringWriter();
    VerdictJson.write("m.eml", v, pretty, true);

    assertThat(v.indicators().urls()).containsExactly("https://scam.example/K**********2"); // text output, packs
    for (String json : new String[] {VerdictJson.toJson("m.eml", v), pretty.toString()}) {
      assertThat(json).doesNotContain("Kx7pelican22").contains("https://scam.example/K**********2");
      assertThat(new ObjectMapper().readTree(json).path("indicators").path("urls").get(0).asText())
          .isEqualTo("https://scam.example/K**********2");
    }
  }

  /**
   * A password that is also a word of the format ("body") or part of a hash masked locations and hashes into
   * nonsense ("b**y"); values of a fixed vocabulary and hashes are written as they are, the rest still masked.
   */
  @Test
  void aPasswordThatIsAWordOfTheFormatLeavesTheFormatAlone() throws IOException {
    String attachmentHash = sha256("notes".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    String inHash = attachmentHash.substring(10, 20);
    for (String password : new String[] {"body", inHash}) {
      byte[] mail = ("From: a@example.net\nTo: b@example.org\nSubject: hi\nContent-Type: multipart/mixed; boundary=B\n\n"
          + "--B\nContent-Type: text/plain\n\nYour password is: \"" + password + "\". I recorded you through your webcam."
          + "\n--B\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=body.bin\n\nnotes"
          + "\n--B--\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      var v = Shield.defaults().scan(mail);
      JsonNode json = new ObjectMapper().readTree(VerdictJson.toJson("m.eml", v));
      assertThat(json.path("attachments").get(0).path("sha256").asText()).isEqualTo(attachmentHash);
      assertThat(json.path("sha256").asText()).isEqualTo(v.sha256());
      JsonNode recipientData = null;
      for (JsonNode signal : json.path("signals")) {
        assertThat(signal.path("evidence").get(0).path("location").asText()).isEqualTo("body");
        if (signal.path("id").asText().equals("recipient-data")) {
          recipientData = signal;
        }
      }
      assertThat(recipientData).isNotNull();
      assertThat(recipientData.path("evidence").get(0).path("quote").asText()).doesNotContain(password).contains("**");
      assertThat(json.path("attachments").get(0).path("name").asText()).isEqualTo(password.equals("body") ? "b**y.bin"
          : "body.bin"); // a file name is the sender's words: masked
    }
  }

  private static String sha256(byte[] b) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
