package io.notewell.recording.control;

import io.notewell.platform.PublicAddresses;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs a session may take its recording from: objects of the configured store that belong to the
 * partner and have been uploaded, and, when an operator lists hosts, https URLs on those hosts whose every
 * address is public. Nothing else is ever fetched: no other scheme, no loopback, private, link-local or
 * metadata address (no SSRF).
 */
public final class RecordingUrlPolicy {

    /** Where a recording comes from: an object of the store, or an allow-listed https URL. */
    public sealed interface Source permits Stored, Remote {
    }

    public record Stored(String key) implements Source {
    }

    public record Remote(URI url) implements Source {
    }

    /** The verdict: a source, or why the URL is refused (a message for the partner). */
    public record Verdict(Source source, String refusal) {
        static Verdict refuse(String why) {
            return new Verdict(null, why);
        }

        public boolean accepted() {
            return source != null;
        }
    }

    private final RecordingStore store;
    private final Set<String> allowedHosts;
    private final boolean allowPrivateAddresses;
    private final PublicAddresses.Resolver resolver;

    public RecordingUrlPolicy(RecordingStore store, Set<String> allowedHosts, boolean allowPrivateAddresses,
                              PublicAddresses.Resolver resolver) {
        this.store = store;
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.resolver = resolver;
    }

    public static RecordingUrlPolicy of(RecordingStore store, Set<String> allowedHosts, boolean allowPrivateAddresses) {
        return new RecordingUrlPolicy(store, allowedHosts, allowPrivateAddresses, InetAddress::getAllByName);
    }

    public Verdict check(String raw, String partnerId) {
        URI url;
        try {
            url = new URI(raw.strip());
        } catch (URISyntaxException e) {
            return Verdict.refuse("is not a URL");
        }
        if (!url.isAbsolute() || url.getScheme() == null) {
            return Verdict.refuse("must be an absolute URL");
        }
        Optional<String> key = store.keyOf(url);
        if (key.isPresent()) {
            if (!RecordingStore.belongsTo(key.get(), partnerId)) {
                return Verdict.refuse("does not name one of your uploads");
            }
            if (!store.exists(key.get())) {
                return Verdict.refuse("nothing has been uploaded to this URL yet; PUT the file to it first");
            }
            return new Verdict(new Stored(key.get()), null);
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https")) {
            return Verdict.refuse("must be an upload URL from /recording-url" + (allowedHosts.isEmpty() ? "" : " or an https URL")
                    + "; " + scheme + ": URLs are never fetched");
        }
        if (url.getRawUserInfo() != null) {
            return Verdict.refuse("must not carry credentials");
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (!allowed(host)) {
            return Verdict.refuse("must be an upload URL from /recording-url; host " + (host.isEmpty() ? "(none)" : host)
                    + " is not on this server's allow-list of recording hosts");
        }
        if (!allowPrivateAddresses) {
            Optional<String> why = PublicAddresses.whyNotPublic(host, resolver);
            if (why.isPresent()) {
                return Verdict.refuse("is refused: " + why.get());
            }
        }
        return new Verdict(new Remote(url), null);
    }

    private boolean allowed(String host) {
        if (host.isEmpty()) {
            return false;
        }
        for (String entry : allowedHosts) {
            if (entry.startsWith("*.") ? host.endsWith(entry.substring(1)) : host.equals(entry)) {
                return true;
            }
        }
        return false;
    }
}
