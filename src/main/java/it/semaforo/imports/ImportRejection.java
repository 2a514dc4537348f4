package it.semaforo.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One reason a row of a job was rejected: the file's line (header = line 1; the sheet row for Excel), the field and
 * a message code with arguments. The rejected values themselves are not kept.
 */
@Entity
public class ImportRejection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long jobId;

    private int lineNumber;

    private String field;

    private String reasonCode;

    /** JSON array of the message arguments. */
    private String reasonArgs;

    protected ImportRejection() {
    }

    ImportRejection(long jobId, int lineNumber, RowProblem problem) {
        this.jobId = jobId;
        this.lineNumber = lineNumber;
        this.field = problem.field();
        this.reasonCode = problem.code();
        this.reasonArgs = Json.write(problem.arguments());
    }

    public long getJobId() {
        return jobId;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getField() {
        return field;
    }

    public RowProblem getProblem() {
        return new RowProblem(field, reasonCode, Json.readList(reasonArgs));
    }
}
