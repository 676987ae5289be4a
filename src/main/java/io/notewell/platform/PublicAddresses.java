package io.notewell.platform;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a host is safe to fetch from on a partner's say-so: every address it resolves to must be public.
 * Loopback, unspecified, link-local (which holds the cloud metadata service, 169.254.169.254), private
 * ranges (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), multicast and IPv4 mapped
 * into IPv6 are refused, as are the metadata services' host names.
 */
public final class PublicAddresses {

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata", "instance-data",
            "metadata.azure.internal");

    /** A resolver, so that tests can answer for names they do not own. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private PublicAddresses() {
    }

    /** Why {@code host} must not be fetched from, or empty when all its addresses are public. */
    public static Optional<String> whyNotPublic(String host, Resolver resolver) {
        String name = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (METADATA_HOSTS.contains(name) || name.equals("localhost") || name.endsWith(".localhost")) {
            return Optional.of("host " + host + " is a local or metadata service name");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name.startsWith("[") ? name.substring(1, name.length() - 1) : name);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = nonPublicKind(address);
            if (kind.isPresent()) {
                return Optional.of("host " + host + " resolves to a " + kind.get() + " address (" + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    public static Optional<String> nonPublicKind(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return nonPublicKind(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return Optional.of("malformed");
                }
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("private (unique local)");
            }
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local (metadata)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private-range");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        if (address instanceof Inet4Address v4) {
            byte[] b = v4.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19))) {
                return Optional.of("reserved or shared");
            }
        }
        return Optional.empty();
    }
}
