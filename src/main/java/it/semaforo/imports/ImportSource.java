package it.semaforo.imports;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import it.semaforo.customers.CustomerKind;

/** Where files come from (a fair's lead list, the old ERP, …): its column mapping and the kind of its rows. */
@Entity
public class ImportSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String mappingJson;

    /** The kind of rows without a kind column (or with an empty cell). */
    @Enumerated(EnumType.STRING)
    private CustomerKind defaultKind;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected ImportSource() {
    }

    ImportSource(String name, ColumnMapping mapping, CustomerKind defaultKind, Instant now) {
        this.name = name;
        this.createdAt = now;
        change(mapping, defaultKind, now);
    }

    void change(ColumnMapping mapping, CustomerKind defaultKind, Instant now) {
        this.mappingJson = mapping.toJson();
        this.defaultKind = defaultKind;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ColumnMapping getMapping() {
        return ColumnMapping.fromJson(mappingJson);
    }

    public CustomerKind getDefaultKind() {
        return defaultKind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
