package io.notewell.webhook.control;

import io.notewell.platform.PublicAddresses;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs may receive webhooks: https (plain http only when an operator allows it, for development),
 * no credentials in the URL, and a host whose every address is public, unless an operator lists the host
 * as a private one that may be called (a receiver on the same network). Checked at registration and again
 * before each attempt (a name may come to point elsewhere).
 */
public final class WebhookUrlPolicy {

    private final boolean allowHttp;
    private final Set<String> privateHostsAllowed;
    private final PublicAddresses.Resolver resolver;

    public WebhookUrlPolicy(boolean allowHttp, Set<String> privateHostsAllowed, PublicAddresses.Resolver resolver) {
        this.allowHttp = allowHttp;
        this.privateHostsAllowed = privateHostsAllowed.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Why {@code raw} may not receive webhooks, or empty when it may. */
    public Optional<String> refusal(String raw) {
        URI url;
        try {
            url = new URI(raw.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || url.getHost() == null) {
            return Optional.of("must be an absolute https URL with a host");
        }
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of(allowHttp ? "must be an https or http URL" : "must be an https URL");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (url.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (privateHostsAllowed.contains(host) || privateHostsAllowed.contains(bare)) {
            return Optional.empty();
        }
        return PublicAddresses.whyNotPublic(host, resolver).map(why -> "is refused: " + why);
    }
}
