package io.notewell.partner.entity;

import java.util.Objects;

/**
 * Who is calling a partner endpoint: the partner, and the credential used (an API key id or the JWT
 * subject), which is also the unit of rate limiting.
 */
public record Caller(String partnerId, String credential) {
    public Caller {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(credential, "credential");
    }
}
