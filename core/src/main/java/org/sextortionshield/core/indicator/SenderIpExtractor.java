package org.sextortionshield.core.indicator;

import org.sextortionshield.core.content.MessageContent;
import org.sextortionshield.core.header.ReceivedChain;

/**
 * The first external sender IP of the Received chain: the public address that handed the message to the first relay
 * recording one, walking down from our side (what an abuse report or a police request needs).
 */
public final class SenderIpExtractor implements IndicatorExtractor {
  @Override
  public void extract(MessageContent content, Indicators.Builder out) {
    String ip = ReceivedChain.firstExternalIp(content.message().headers("Received"));
    if (ip != null) {
      out.senderIp(ip);
    }
  }
}
