package org.sextortionshield.core.indicator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything concrete a message names that an investigator can use: wallets, amounts, deadlines, e-mail addresses,
 * links, other contacts (messengers, phone numbers, money-transfer references) and the first external sender IP
 * ({@code senderIp}, null when the Received chain names none).
 */
public record Indicators(List<Wallet> wallets, List<Amount> amounts, List<Deadline> deadlines, List<String> emails,
    List<String> urls, List<Contact> contacts, String senderIp) {

  public static Indicators empty() {
    return new Indicators(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
  }

  public boolean hasValidatedWallet() {
    for (Wallet w : wallets) {
      if (w.validated()) {
        return true;
      }
    }
    return false;
  }

  /** Collects indicators from several extractors, dropping duplicates. */
  public static final class Builder {
    private static final int MAX_EACH = 200;
    private final List<Wallet> wallets = new ArrayList<>();
    private final Set<String> walletKeys = new LinkedHashSet<>();
    private final List<Amount> amounts = new ArrayList<>();
    private final Set<String> amountKeys = new LinkedHashSet<>();
    private final List<Deadline> deadlines = new ArrayList<>();
    private final Set<String> deadlineKeys = new LinkedHashSet<>();
    private final Set<String> emails = new LinkedHashSet<>();
    private final Set<String> urls = new LinkedHashSet<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final Set<String> contactKeys = new LinkedHashSet<>();
    private String senderIp;

    public void wallet(Wallet w) {
      if (wallets.size() < MAX_EACH && walletKeys.add(w.currency() + ":" + w.address())) {
        wallets.add(w);
      }
    }

    public void amount(Amount a) {
      if (amounts.size() < MAX_EACH && amountKeys.add(a.value().stripTrailingZeros().toPlainString() + a.currency())) {
        amounts.add(a);
      }
    }

    public void deadline(Deadline d) {
      if (deadlines.size() < MAX_EACH && deadlineKeys.add(d.hours() + ":" + d.text())) {
        deadlines.add(d);
      }
    }

    public void email(String e) {
      if (emails.size() < MAX_EACH) {
        emails.add(e);
      }
    }

    public void url(String u) {
      if (urls.size() < MAX_EACH) {
        urls.add(u);
      }
    }

    public void contact(Contact c) {
      if (contacts.size() < MAX_EACH && contactKeys.add(c.type() + ":" + c.value())) {
        contacts.add(c);
      }
    }

    public void senderIp(String ip) {
      senderIp = ip;
    }

    public Indicators build() {
      return new Indicators(List.copyOf(wallets), List.copyOf(amounts), List.copyOf(deadlines), List.copyOf(emails),
          List.copyOf(urls), List.copyOf(contacts), senderIp);
    }
  }
}
