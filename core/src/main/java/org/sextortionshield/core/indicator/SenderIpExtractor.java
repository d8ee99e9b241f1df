package org.sextortionshield.core.indicator;

import java.util.List;
import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.header.ReceivedChain;

/**
 * The first external sender IP of the Received chain: the public address that handed the message to the first relay
 * recording one, walking down from our side (what an abuse report or a police request needs).
 */
public final class SenderIpExtractor implements IndicatorExtractor {
  @Override
  public void extract(MessageContent content, Indicators.Builder out) {
    for (String received : content.message().headers("Received")) {
      String ip = ReceivedChain.parse(List.of(received)).firstExternalIp(); // top down: stop at the first one
      if (ip != null) {
        out.senderIp(ip);
        return;
      }
    }
  }
}
