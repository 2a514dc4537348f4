package it.semaforo.agenda;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A user's private calendar feed: the SHA-256 of its secret token (never the token), live until revoked. */
@Entity
public class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String userId;

    private String tokenHash;

    private Instant createdAt;

    private Instant revokedAt;

    @Version
    private long version;

    protected CalendarFeed() {
    }

    CalendarFeed(String userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        rotate(tokenHash, createdAt);
    }

    /** A new token replaces the old one, which stops working at once. */
    void rotate(String tokenHash, Instant at) {
        this.tokenHash = tokenHash;
        this.createdAt = at;
        this.revokedAt = null;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    public String getUserId() {
        return userId;
    }

    /** When the current token was made. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}
