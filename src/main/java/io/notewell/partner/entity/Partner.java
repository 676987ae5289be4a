package io.notewell.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A tenant: a vendor whose integration calls the API. Sees only its own users and sessions. */
@Entity
@NamedQuery(name = Partner.ALL, query = "SELECT p FROM Partner p ORDER BY p.createdAt")
public class Partner {

    public static final String ALL = "Partner.all";

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Partner() {
    }

    public Partner(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a partner needs a name");
        }
        this.id = UUID.randomUUID().toString();
        this.name = name.strip();
        this.createdAt = Instant.now();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Partner p && Objects.equals(id, p.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
