package io.notewell.user.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A provider's right to act on a client (create sessions for it). */
@Entity
@Table(name = "client_access")
public class ClientAccess {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "provider_id")
        private String providerId;
        @Column(name = "client_id")
        private String clientId;

        protected Key() {
        }

        public Key(String providerId, String clientId) {
            this.providerId = providerId;
            this.clientId = clientId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(providerId, k.providerId) && Objects.equals(clientId, k.clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(providerId, clientId);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected ClientAccess() {
    }

    public ClientAccess(User provider, User client) {
        if (!provider.isProvider() || !client.isClient() || !provider.partnerId().equals(client.partnerId())) {
            throw new IllegalArgumentException("access is granted to a provider on a client of the same partner");
        }
        this.key = new Key(provider.id(), client.id());
        this.grantedAt = Instant.now();
    }
}
