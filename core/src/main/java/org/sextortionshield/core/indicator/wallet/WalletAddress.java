package org.sextortionshield.core.indicator.wallet;

/**
 * An address one of the {@link AddressFamily}s recognised: its currency code, the address in canonical form, its
 * type ("p2pkh", "p2tr", "standard", ...), whether a checksum proved it ({@code validated}) and whether it belongs to
 * a test network.
 */
public record WalletAddress(String currency, String address, String type, boolean validated, boolean testnet) {}
