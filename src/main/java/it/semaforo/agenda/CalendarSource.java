package it.semaforo.agenda;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An external calendar (Outlook, Google, …) whose busy times a user's bookings respect. */
@Entity
public class CalendarSource {

    /** Longest error text kept (the column's size). */
    private static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String userId;

    @Enumerated(EnumType.STRING)
    private CalendarSourceKind kind;

    private String url;

    private String name;

    private Instant lastFetchedAt;

    private String lastError;

    private Instant createdAt;

    @Version
    private long version;

    protected CalendarSource() {
    }

    CalendarSource(String userId, CalendarSourceKind kind, String url, String name, Instant createdAt) {
        this.userId = userId;
        this.kind = kind;
        this.url = url;
        this.name = name;
        this.createdAt = createdAt;
    }

    void fetched(Instant at) {
        this.lastFetchedAt = at;
        this.lastError = null;
    }

    /** A failed fetch: the busy times of the last good one stay. */
    void failed(String error) {
        this.lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
    }

    public Long getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public CalendarSourceKind getKind() {
        return kind;
    }

    public String getUrl() {
        return url;
    }

    public String getName() {
        return name;
    }

    /** When its busy times were last read successfully ({@code null}: never). */
    public Instant getLastFetchedAt() {
        return lastFetchedAt;
    }

    /** Why the latest fetch failed, or {@code null} when it succeeded. */
    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
