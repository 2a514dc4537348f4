package it.semaforo.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use sign-in link: only the SHA-256 of its token is kept. */
@Entity
@Table(name = "portal_login_link")
class LoginLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;

    private String email;

    private String targetPath;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    protected LoginLink() {
    }

    LoginLink(String tokenHash, String email, String targetPath, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.targetPath = targetPath;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getTargetPath() {
        return targetPath;
    }
}
