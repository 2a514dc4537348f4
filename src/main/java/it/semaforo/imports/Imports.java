package it.semaforo.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import it.semaforo.customers.CustomerKind;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * Imports of customers and prospects: sources and their column mappings, dry runs, background jobs and their
 * rejection reports. Who may import is the caller's business ({@link #mayImport}); this service trusts its caller.
 */
@Service
public class Imports {

    /** Rows of a dry run shown with their values. */
    public static final int PREVIEW_ROWS = 20;
    public static final CustomerKind DEFAULT_KIND = CustomerKind.PROSPECT;
    private static final int MAX_SOURCE_NAME = 100;

    private final ImportSourceRepository sources;
    private final ImportJobRepository jobs;
    private final ImportRejectionRepository rejections;
    private final ImportRunner runner;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DataSize maxFileSize;

    Imports(ImportSourceRepository sources, ImportJobRepository jobs, ImportRejectionRepository rejections,
            ImportRunner runner, MessageSource messages, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${semaforo.imports.max-file-size:50MB}") DataSize maxFileSize) {
        this.sources = sources;
        this.jobs = jobs;
        this.rejections = rejections;
        this.runner = runner;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    /** Managers (and Camunda administrators) import files, edit mappings and see the jobs. */
    public static boolean mayImport(Viewer viewer) {
        return viewer.isMemberOf(Groups.MANAGERS) || viewer.isMemberOf(Groups.CAMUNDA_ADMIN);
    }

    public DataSize maxFileSize() {
        return maxFileSize;
    }

    // --- sources ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ImportSource> sources() {
        return sources.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<ImportSource> source(String name) {
        return sources.findByName(name);
    }

    /**
     * Saves a source's mapping (header → target field name; a blank target leaves the column out) and default kind
     * (PROSPECT when null). 400 on {@code mapping.<header>} for an unknown target field or one mapped twice, and on
     * {@code mapping} when no column is mapped to {@code name}.
     */
    @Transactional
    public ImportSource saveSource(String name, Map<String, String> mapping, CustomerKind defaultKind) {
        String sourceName = checkedSourceName(name);
        Map<String, TargetField> columns = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : (mapping == null ? Map.<String, String>of() : mapping).entrySet()) {
            String header = entry.getKey() == null ? "" : entry.getKey().strip();
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            if (header.isEmpty()) {
                throw new InvalidInputException("mapping", "imports.mapping.blankHeader");
            }
            TargetField field = TargetField.byFieldName(entry.getValue().strip()).orElseThrow(() ->
                    new InvalidInputException("mapping." + header, "imports.mapping.unknownField",
                            entry.getValue().strip(), fieldNames()));
            if (columns.containsValue(field)) {
                throw new InvalidInputException("mapping." + header, "imports.mapping.fieldTwice",
                        field.fieldName());
            }
            columns.put(header, field);
        }
        ColumnMapping columnMapping = new ColumnMapping(columns);
        if (!columnMapping.maps(TargetField.NAME)) {
            throw new InvalidInputException("mapping", "imports.mapping.nameMissing");
        }
        CustomerKind kind = defaultKind == null ? DEFAULT_KIND : defaultKind;
        Optional<ImportSource> existing = sources.findByName(sourceName);
        if (existing.isPresent()) {
            existing.get().change(columnMapping, kind, clock.instant());
            return existing.get();
        }
        try {
            return sources.saveAndFlush(new ImportSource(sourceName, columnMapping, kind, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("name", "imports.source.duplicate", sourceName);
        }
    }

    // --- uploads ----------------------------------------------------------------------------------------------

    /**
     * Keeps an uploaded file in a temporary file for {@link #preview} or {@link #start}. An empty or missing file,
     * or one above {@code semaforo.imports.max-file-size}, is refused with 400 on {@code file}.
     */
    public Path receive(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw new InvalidInputException("file", "imports.file.empty");
        }
        if (upload.getSize() > maxFileSize.toBytes()) {
            throw new InvalidInputException("file", "imports.file.tooLarge", maxFileSize.toMegabytes());
        }
        try {
            Path file = Files.createTempFile("semaforo-import-", ".upload");
            upload.transferTo(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Simulates importing the file with the source's saved mapping, or for a new source with the mapping proposed
     * from its headers: every row's outcome, nothing written. The file stays the caller's.
     */
    public DryRun preview(Path file, String sourceName) {
        String name = checkedSourceName(sourceName);
        try (ImportFile importFile = ImportFile.open(file)) {
            Optional<ImportSource> saved = source(name);
            ColumnMapping mapping = saved.map(ImportSource::getMapping)
                    .orElseGet(() -> ColumnMapping.propose(importFile.headers()));
            CustomerKind kind = saved.map(ImportSource::getDefaultKind).orElse(DEFAULT_KIND);
            List<RowResult> rows = runner.dryRun(importFile, mapping, kind, PREVIEW_ROWS);
            ImportCounters counters = ImportCounters.NONE;
            for (RowResult row : rows) {
                counters = counters.plus(row.status());
            }
            return new DryRun(name, saved.isPresent(), importFile.format(), importFile.encoding(),
                    importFile.delimiter(), importFile.headers(), mapping, kind, counters, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a background import of the file, which the job now owns (it is deleted when the job ends). A new
     * source is saved with the mapping proposed from the headers. 400 on {@code file} for a file that cannot be read,
     * on {@code mapping} when no column of the file is mapped to {@code name}; 409 when the import queue is full.
     */
    public ImportJob start(Path file, String fileName, String sourceName, String userId) {
        try {
            String name = checkedSourceName(sourceName);
            ImportFormat format;
            ColumnMapping mapping;
            try (ImportFile importFile = ImportFile.open(file)) {
                format = importFile.format();
                mapping = source(name).map(ImportSource::getMapping)
                        .orElseGet(() -> ColumnMapping.propose(importFile.headers()));
                if (!mapping.positionsIn(importFile.headers()).containsKey(TargetField.NAME)) {
                    throw new InvalidInputException("mapping", "imports.mapping.nameNotInFile");
                }
            }
            ImportJob job = transactions.execute(status -> {
                ImportSource source = sources.findByName(name).orElseGet(() -> sources.save(
                        new ImportSource(name, mapping, DEFAULT_KIND, clock.instant())));
                return jobs.save(new ImportJob(source, fileNameOf(fileName), format, userId, clock.instant()));
            });
            try {
                runner.submit(job.getId(), file);
            } catch (TaskRejectedException busy) {
                transactions.executeWithoutResult(status -> jobs.findById(job.getId()).orElseThrow()
                        .fail(RowProblem.of(null, "imports.job.busy"), clock.instant()));
                throw new ConflictException("file", "imports.job.busy");
            }
            return job;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException refused) {
            deleteQuietly(file);
            throw refused;
        }
    }

    // --- jobs and reports -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public ImportJob job(long id) {
        return jobs.findById(id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    /** Latest first. */
    @Transactional(readOnly = true)
    public Page<ImportJob> jobs(Pageable pageable) {
        return jobs.findAllByOrderByIdDesc(pageable);
    }

    /** A job's rejection reasons by line. */
    @Transactional(readOnly = true)
    public Page<ImportRejection> rejections(long jobId, Pageable pageable) {
        job(jobId);
        return rejections.findByJobIdOrderByLineNumberAscIdAsc(jobId, pageable);
    }

    /**
     * The rejection report as CSV in the reader's language: line, field, reason (Italian with {@code ;}, English
     * with {@code ,}; UTF-8 with BOM so that Excel reads it).
     */
    @Transactional(readOnly = true)
    public void writeRejectionsCsv(long jobId, Locale locale, OutputStream out) throws IOException {
        job(jobId);
        boolean italian = "it".equals(locale.getLanguage());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(italian ? ';' : ',').setRecordSeparator("\r\n")
                .get();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, format);
             Stream<ImportRejection> all = rejections.streamByJobIdOrderByLineNumberAscIdAsc(jobId)) {
            csv.printRecord(text("imports.report.line", locale), text("imports.report.field", locale),
                    text("imports.report.reason", locale));
            for (ImportRejection rejection : (Iterable<ImportRejection>) all::iterator) {
                csv.printRecord(rejection.getLineNumber(), fieldLabel(rejection.getField(), locale),
                        message(rejection.getProblem(), locale));
            }
        }
    }

    /** A rejection reason (or a job's error) in the reader's language. */
    public String message(RowProblem problem, Locale locale) {
        return messages.getMessage(problem.code(), problem.arguments().toArray(), problem.code(), locale);
    }

    /** A target field's label in the reader's language ({@code name} → "Ragione sociale"); blank for the whole row. */
    public String fieldLabel(String field, Locale locale) {
        return field == null ? "" : messages.getMessage("imports.field." + field, null, field, locale);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private static String checkedSourceName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_SOURCE_NAME) {
            throw new InvalidInputException("source", "imports.source.name", MAX_SOURCE_NAME);
        }
        return stripped;
    }

    private static String fileNameOf(String fileName) {
        // browsers may send a whole client path: keep its last part
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return "upload";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String fieldNames() {
        return String.join(", ", java.util.Arrays.stream(TargetField.values()).map(TargetField::fieldName).toList());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file: the system cleans it up eventually
        }
    }
}
