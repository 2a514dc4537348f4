package it.semaforo.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A signed-in portal browser: the cookie carries the token, the database only its SHA-256. Kept in the database
 * rather than in the servlet session, so that every node of a cluster knows it and sign-out ends it everywhere.
 */
@Entity
@Table(name = "portal_session")
class PortalSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;

    private String email;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant endedAt;

    protected PortalSession() {
    }

    PortalSession(String tokenHash, String email, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isLiveAt(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }

    void end(Instant now) {
        endedAt = now;
    }

    String getEmail() {
        return email;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
