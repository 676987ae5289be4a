package io.notewell.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner's API key as stored: its public prefix and the SHA-256 of the whole key. The key itself
 * exists only in the response that created it.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_PREFIX, query = "SELECT k FROM ApiKey k WHERE k.prefix = :prefix")
@NamedQuery(name = ApiKey.OF_PARTNER, query = "SELECT k FROM ApiKey k WHERE k.partnerId = :partnerId ORDER BY k.createdAt")
public class ApiKey {

    public static final String BY_PREFIX = "ApiKey.byPrefix";
    public static final String OF_PARTNER = "ApiKey.ofPartner";

    @Id
    private String id;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    @Column(nullable = false, unique = true)
    private String prefix;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiKey() {
    }

    public ApiKey(String partnerId, String prefix, String secretHash, String name) {
        this.id = UUID.randomUUID().toString();
        this.partnerId = partnerId;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.name = name;
        this.createdAt = Instant.now();
    }

    /** Revoking is final and idempotent: the first revocation time is kept. */
    public void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public String id() {
        return id;
    }

    public String partnerId() {
        return partnerId;
    }

    public String prefix() {
        return prefix;
    }

    public String secretHash() {
        return secretHash;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
