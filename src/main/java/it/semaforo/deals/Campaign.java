package it.semaforo.deals;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A commercial action: a filter over customers and prospects, each match becoming one deal. */
@Entity
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String description;

    /** The target filter as JSON, kept so anyone can see later who was chosen and why. */
    private String filterJson;

    private String createdBy;

    private Instant createdAt;

    private int targetCount;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(String name, String description, String filterJson, String createdBy, Instant createdAt) {
        this.name = name;
        this.description = description;
        this.filterJson = filterJson;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void countTargets(int targetCount) {
        this.targetCount = targetCount;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getFilterJson() {
        return filterJson;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getTargetCount() {
        return targetCount;
    }
}
