package it.semaforo.imports;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import it.semaforo.customers.CustomerKind;

/**
 * One import of one file, run in the background: its counters grow chunk by chunk (each chunk commits its rows,
 * rejections and counters together), so what {@code GET /api/imports/{id}} shows is always what is stored.
 */
@Entity
public class ImportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long sourceId;

    private String sourceName;

    private String fileName;

    @Enumerated(EnumType.STRING)
    private ImportFormat format;

    /** The mapping and default kind the job was started with (the source's may change afterwards). */
    private String mappingJson;

    @Enumerated(EnumType.STRING)
    private CustomerKind defaultKind;

    @Enumerated(EnumType.STRING)
    private ImportState state;

    /** Data rows in the file (blank lines not counted), known once the job runs. */
    private Integer totalRows;

    private int rowsRead;

    private int acceptedCount;

    private int rejectedCount;

    private int createdCount;

    private int updatedCount;

    private int unchangedCount;

    private String createdBy;

    private Instant createdAt;

    private Instant startedAt;

    private Instant finishedAt;

    private String errorCode;

    /** JSON array of the error message's arguments. */
    private String errorArgs;

    protected ImportJob() {
    }

    ImportJob(ImportSource source, String fileName, ImportFormat format, String createdBy, Instant now) {
        this.sourceId = source.getId();
        this.sourceName = source.getName();
        this.fileName = fileName;
        this.format = format;
        this.mappingJson = source.getMapping().toJson();
        this.defaultKind = source.getDefaultKind();
        this.state = ImportState.QUEUED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void start(int totalRows, Instant now) {
        this.state = ImportState.RUNNING;
        this.totalRows = totalRows;
        this.startedAt = now;
    }

    void count(ImportCounters chunk) {
        rowsRead += chunk.rowsRead();
        acceptedCount += chunk.accepted();
        rejectedCount += chunk.rejected();
        createdCount += chunk.created();
        updatedCount += chunk.updated();
        unchangedCount += chunk.unchanged();
    }

    void finish(Instant now) {
        this.state = ImportState.DONE;
        this.finishedAt = now;
    }

    void fail(RowProblem reason, Instant now) {
        this.state = ImportState.FAILED;
        this.errorCode = reason.code();
        this.errorArgs = Json.write(reason.arguments());
        this.finishedAt = now;
    }

    ColumnMapping mapping() {
        return ColumnMapping.fromJson(mappingJson);
    }

    public Long getId() {
        return id;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public CustomerKind getDefaultKind() {
        return defaultKind;
    }

    public ImportState getState() {
        return state;
    }

    public Integer getTotalRows() {
        return totalRows;
    }

    public ImportCounters getCounters() {
        return new ImportCounters(rowsRead, acceptedCount, rejectedCount, createdCount, updatedCount, unchangedCount);
    }

    /** Rows read out of the file's rows, 0–100; 100 once done. */
    public int getPercentage() {
        if (state == ImportState.DONE) {
            return 100;
        }
        if (totalRows == null || totalRows == 0) {
            return 0;
        }
        return (int) (100L * rowsRead / totalRows);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** Why the job FAILED (its {@code field} is null), or {@code null}. */
    public RowProblem getError() {
        return errorCode == null ? null : new RowProblem(null, errorCode, Json.readList(errorArgs));
    }
}
