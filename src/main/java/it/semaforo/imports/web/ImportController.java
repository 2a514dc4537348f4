package it.semaforo.imports.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.customers.CustomerKind;
import it.semaforo.imports.DryRun;
import it.semaforo.imports.ImportJob;
import it.semaforo.imports.ImportRejection;
import it.semaforo.imports.ImportSource;
import it.semaforo.imports.Imports;
import it.semaforo.imports.RowProblem;
import it.semaforo.imports.RowResult;
import it.semaforo.imports.RowStatus;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.Forbidden;
import it.semaforo.platform.web.PageView;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Customers and prospects from CSV and Excel files: mappings, dry runs, jobs")
class ImportController {

    private final Imports imports;
    private final MessageSource messages;

    ImportController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    record SourceView(String name, Map<String, String> mapping, CustomerKind defaultKind, Instant createdAt,
                      Instant updatedAt) {
        static SourceView of(ImportSource source) {
            return new SourceView(source.getName(), source.getMapping().byFieldName(), source.getDefaultKind(),
                    source.getCreatedAt(), source.getUpdatedAt());
        }
    }

    /** A source's mapping: file header → target field ({@code name}, {@code vatNumber}, …). */
    record SourceRequest(@NotNull Map<String, String> mapping, CustomerKind defaultKind) {
    }

    record Reason(String field, String reason) {
    }

    /** As the {@code errors} of every other problem: the field and its message. */
    record FieldError(String field, String message) {
    }

    record JobView(long id, String source, String fileName, String format, String state, Integer totalRows,
                   int rowsRead, int accepted, int rejected, int created, int updated, int unchanged, int percentage,
                   String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt, String error) {
    }

    record RowView(int line, RowStatus status, Long customerId, List<Reason> errors, Map<String, Object> values) {
    }

    record DryRunView(boolean dryRun, String source, boolean mappingSaved, String format, String encoding,
                      Character delimiter, List<String> headers, Map<String, String> mapping,
                      CustomerKind defaultKind, int rowsRead, int accepted, int rejected, int created, int updated,
                      int unchanged, List<RowView> rows) {
    }

    record RejectionView(int line, String field, String reason) {
    }

    @GetMapping("/sources")
    @Operation(summary = "The import sources with their column mappings (managers only)")
    List<SourceView> sources() {
        requireImporter();
        return imports.sources().stream().map(SourceView::of).toList();
    }

    @PutMapping("/sources/{name}")
    @Operation(summary = "Create or change a source's column mapping and default kind (managers only)",
            description = "mapping: file header → target field (kind, name, vatNumber, taxCode, email, phone, city, "
                    + "province, region, sector, employees, language); unmapped columns are ignored; name must be "
                    + "mapped. defaultKind (PROSPECT when absent) is the kind of rows without one.")
    @ApiResponse(responseCode = "400", description = "Unknown target field (errors name mapping.<header>), a field "
            + "mapped twice, or no column mapped to name")
    @ApiResponse(responseCode = "403", description = "The caller is not a manager")
    SourceView saveSource(@PathVariable String name, @RequestBody @jakarta.validation.Valid SourceRequest request) {
        requireImporter();
        return SourceView.of(imports.saveSource(name, request.mapping(), request.defaultKind()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CSV or Excel file of customers and prospects (managers only)",
            description = "multipart: file, source (its saved mapping is used; a new source gets one proposed from "
                    + "the headers), dryRun. dryRun=true answers 200 at once with the mapping, every row's outcome "
                    + "and the first " + Imports.PREVIEW_ROWS + " rows as they would be stored, writing nothing. "
                    + "Otherwise 202 with the job, which runs in the background: poll GET /api/imports/{id}.")
    @ApiResponse(responseCode = "400", description = "Empty, unreadable or unsupported file (errors name file), "
            + "no source, or no column mapped to name (mapping)")
    @ApiResponse(responseCode = "413", description = "File larger than semaforo.imports.max-file-size")
    ResponseEntity<?> upload(@RequestParam(required = false) MultipartFile file,
                             @RequestParam(required = false) String source,
                             @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Viewer viewer = requireImporter();
        Path received = imports.receive(file);
        if (dryRun) {
            try {
                return ResponseEntity.ok(view(imports.preview(received, source)));
            } finally {
                Files.deleteIfExists(received);
            }
        }
        ImportJob job = imports.start(received, file.getOriginalFilename(), source, viewer.userId());
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(job.getId()))
                .body(view(job));
    }

    @GetMapping
    @Operation(summary = "The import jobs, latest first; paginated (managers only)")
    PageView<JobView> jobs(@RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        requireImporter();
        return PageView.of(imports.jobs(PageRequest.of(page, size)), this::view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job's progress: state (QUEUED, RUNNING, DONE, FAILED), rows read, accepted, rejected, "
            + "created, updated, unchanged, percentage, times (managers only)")
    JobView job(@PathVariable long id) {
        requireImporter();
        return view(imports.job(id));
    }

    @GetMapping("/{id}/rejections")
    @Operation(summary = "A job's rejected rows: line (header = 1; the sheet row for Excel), field, reason in the "
            + "request language; paginated by line (managers only)")
    PageView<RejectionView> rejections(@PathVariable long id, @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        requireImporter();
        Locale locale = LocaleContextHolder.getLocale();
        return PageView.of(imports.rejections(id, PageRequest.of(page, size)), rejection -> rejection(rejection,
                locale));
    }

    @GetMapping("/{id}/rejections.csv")
    @Operation(summary = "A job's rejection report as CSV (Italian: ';', English: ','); managers only")
    void rejectionsCsv(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        requireImporter();
        imports.job(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-scarti.csv\"");
        imports.writeRejectionsCsv(id, locale, response.getOutputStream());
    }

    /** The upload is read when the controller asks for it (lazy multipart), so its size limit is answered here. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
        String message = messages.getMessage("imports.file.tooLarge", new Object[] {imports.maxFileSize().toMegabytes()},
                LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message);
        problem.setProperty("errors", List.of(new FieldError("file", message)));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    private DryRunView view(DryRun run) {
        Locale locale = LocaleContextHolder.getLocale();
        var counters = run.counters();
        List<RowView> rows = run.rows().stream().map(row -> row(row, locale)).toList();
        return new DryRunView(true, run.source(), run.mappingSaved(), run.format().name(), run.encoding(),
                run.delimiter(), run.headers(), run.mapping().byFieldName(), run.defaultKind(), counters.rowsRead(),
                counters.accepted(), counters.rejected(), counters.created(), counters.updated(),
                counters.unchanged(), rows);
    }

    private RowView row(RowResult row, Locale locale) {
        return new RowView(row.line(), row.status(), row.customerId(),
                row.problems().stream().map(problem -> new Reason(problem.field(), imports.message(problem, locale)))
                        .toList(),
                row.values().isEmpty() ? null : row.values());
    }

    private JobView view(ImportJob job) {
        var counters = job.getCounters();
        RowProblem error = job.getError();
        return new JobView(job.getId(), job.getSourceName(), job.getFileName(), job.getFormat().name(),
                job.getState().name(), job.getTotalRows(), counters.rowsRead(), counters.accepted(),
                counters.rejected(), counters.created(), counters.updated(), counters.unchanged(),
                job.getPercentage(), job.getCreatedBy(), job.getCreatedAt(), job.getStartedAt(), job.getFinishedAt(),
                error == null ? null : imports.message(error, LocaleContextHolder.getLocale()));
    }

    private RejectionView rejection(ImportRejection rejection, Locale locale) {
        return new RejectionView(rejection.getLineNumber(), rejection.getField(),
                imports.message(rejection.getProblem(), locale));
    }

    /** Managers only: anyone else gets a 403 problem, before their input is even looked at. */
    private static Viewer requireImporter() {
        Viewer viewer = Viewer.current();
        if (!Imports.mayImport(viewer)) {
            throw Forbidden.because("imports.managersOnly");
        }
        return viewer;
    }
}
