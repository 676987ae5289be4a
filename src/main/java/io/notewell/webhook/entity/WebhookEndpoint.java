package io.notewell.webhook.entity;

import io.notewell.platform.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Where a partner wants events: a URL, the event types it subscribes to, and the signing secret
 * ({@code whsec_...}, encrypted at rest). After a rotation the previous secret still signs, beside the new
 * one, until {@code previousSecretUntil}.
 */
@Entity
@Table(name = "webhook_endpoint")
@NamedQuery(name = WebhookEndpoint.ENABLED_OF_PARTNER,
        query = "SELECT e FROM WebhookEndpoint e WHERE e.partnerId = :partner AND e.enabled = TRUE")
public class WebhookEndpoint {

    /** The partner's endpoints that receive events, asked on every event (prepared once). */
    public static final String ENABLED_OF_PARTNER = "WebhookEndpoint.enabledOfPartner";

    @Id
    private String id;
    @Column(name = "partner_id", nullable = false)
    private String partnerId;
    @Column(nullable = false)
    private String url;
    @Column(name = "event_types", nullable = false)
    private String eventTypes;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "disabled_reason")
    private String disabledReason;
    @Convert(converter = EncryptedText.class)
    @Column(nullable = false)
    private String secret;
    @Convert(converter = EncryptedText.class)
    @Column(name = "previous_secret")
    private String previousSecret;
    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(String partnerId, String url, Set<String> eventTypes, boolean enabled, String secret) {
        this.id = UUID.randomUUID().toString();
        this.partnerId = Objects.requireNonNull(partnerId);
        this.url = Objects.requireNonNull(url);
        this.eventTypes = String.join(",", eventTypes.stream().sorted().toList());
        this.enabled = enabled;
        this.secret = Objects.requireNonNull(secret);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public boolean wants(String type) {
        return enabled && (eventTypes().contains(type) || eventTypes().contains("*"));
    }

    /** The secrets that sign now: the current one, and the previous one during its grace period. */
    public List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(secret, previousSecret) : List.of(secret);
    }

    public void rotate(String newSecret, Instant previousValidUntil) {
        previousSecret = secret;
        previousSecretUntil = previousValidUntil;
        secret = Objects.requireNonNull(newSecret);
        updatedAt = Instant.now();
    }

    public void change(String newUrl, Set<String> newTypes, Boolean enable) {
        if (newUrl != null) {
            url = newUrl;
        }
        if (newTypes != null) {
            eventTypes = String.join(",", newTypes.stream().sorted().toList());
        }
        if (enable != null) {
            enabled = enable;
            if (enable) {
                disabledReason = null;
            }
        }
        updatedAt = Instant.now();
    }

    public void disable(String reason) {
        enabled = false;
        disabledReason = reason;
        updatedAt = Instant.now();
    }

    public String id() { return id; }
    public String partnerId() { return partnerId; }
    public String url() { return url; }
    public List<String> eventTypes() { return eventTypes.isEmpty() ? List.of() : Arrays.asList(eventTypes.split(",")); }
    public boolean enabled() { return enabled; }
    public String disabledReason() { return disabledReason; }
    public String secret() { return secret; }
    public Instant previousSecretUntil() { return previousSecretUntil; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
