package it.semaforo.console;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import it.semaforo.customers.CustomerKind;
import it.semaforo.imports.DryRun;
import it.semaforo.imports.ImportJob;
import it.semaforo.imports.Imports;
import it.semaforo.imports.RowProblem;
import it.semaforo.imports.RowResult;
import it.semaforo.imports.RowStatus;
import it.semaforo.imports.TargetField;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.LocalizedException;

/**
 * "Importa", for managers: choose a source (or name a new one) and a file, see the mapping (saved, or proposed from
 * the headers, and editable) with the dry run's outcome of every row, confirm, then follow the job's progress bar
 * (htmx polls the page every second until the job ends) and read its rejection report. The previewed file waits in
 * the session until it is imported; it is deleted when the session ends.
 */
@Controller("importPages")
class ImportPagesController {

    static final String STAGED = "imports.staged";
    static final int REJECTIONS_PAGE = 50;
    /** Rejected rows a preview page lists (the job's report lists them all). */
    static final int PREVIEW_REJECTIONS = 500;

    private final Imports imports;
    private final MessageSource messages;

    ImportPagesController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** The previewed file, deleted with the session unless an import took it over. */
    static final class StagedUpload implements HttpSessionBindingListener, Serializable {
        private final String file;
        private final String fileName;
        private final String source;
        private boolean handedOver;

        StagedUpload(Path file, String fileName, String source) {
            this.file = file.toString();
            this.fileName = fileName;
            this.source = source;
        }

        Path file() {
            return Path.of(file);
        }

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            if (!handedOver) {
                try {
                    Files.deleteIfExists(file());
                } catch (IOException ignored) {
                    // a temporary file: the system cleans it up eventually
                }
            }
        }
    }

    /** One line of a job's rejection report. */
    record ReportRow(int line, String field, String reason) {
    }

    /** One row of a preview table. */
    record PreviewRow(int line, RowStatus status, Long customerId, Map<String, Object> values, List<String> reasons) {
    }

    /** For the header's navigation link. */
    public boolean allowed() {
        return Imports.mayImport(Viewer.current());
    }

    @GetMapping("/imports")
    String page(Model model) {
        requireImporter();
        model.addAttribute("sources", imports.sources());
        model.addAttribute("jobs", imports.jobs(PageRequest.of(0, 20)).getContent());
        model.addAttribute("maxMegabytes", imports.maxFileSize().toMegabytes());
        return "console/imports";
    }

    @PostMapping("/imports/preview")
    String preview(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String source,
                   @RequestParam(required = false) String newSource, HttpSession session,
                   HttpServletResponse response, Model model) {
        requireImporter();
        String name = newSource != null && !newSource.isBlank() ? newSource.strip() : source;
        try {
            Path received = imports.receive(file);
            session.setAttribute(STAGED, new StagedUpload(received, file.getOriginalFilename(), name));
            return preview(staged(session), model);
        } catch (LocalizedException refused) {
            session.removeAttribute(STAGED);
            return refused(refused, response, model);
        }
    }

    @PostMapping("/imports/mapping")
    String changeMapping(@RequestParam(required = false) CustomerKind defaultKind, HttpServletRequest request,
                         HttpSession session, HttpServletResponse response, Model model) {
        requireImporter();
        StagedUpload staged = staged(session);
        String[] headers = request.getParameterValues("header");
        String[] fields = request.getParameterValues("field");
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; headers != null && fields != null && i < Math.min(headers.length, fields.length); i++) {
            mapping.put(headers[i], fields[i]);
        }
        try {
            imports.saveSource(staged.source, mapping, defaultKind);
        } catch (LocalizedException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("mappingError", imports.message(new RowProblem(refused.field(),
                    refused.messageCode(), arguments(refused)), LocaleContextHolder.getLocale()));
        }
        return preview(staged, model);
    }

    @PostMapping("/imports/confirm")
    String confirm(HttpSession session, HttpServletResponse response, Model model) {
        Viewer viewer = requireImporter();
        StagedUpload staged = staged(session);
        try {
            ImportJob job = imports.start(staged.file(), staged.fileName, staged.source, viewer.userId());
            staged.handedOver = true;
            session.removeAttribute(STAGED);
            return "redirect:/imports/" + job.getId();
        } catch (LocalizedException refused) {
            // the import deleted the file it could not take
            staged.handedOver = true;
            session.removeAttribute(STAGED);
            return refused(refused, response, model);
        }
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        requireImporter();
        ImportJob job = imports.job(id);
        Locale locale = LocaleContextHolder.getLocale();
        var rejections = imports.rejections(id, PageRequest.of(Math.max(page, 0), REJECTIONS_PAGE));
        model.addAttribute("job", job);
        model.addAttribute("error", job.getError() == null ? null : imports.message(job.getError(), locale));
        model.addAttribute("rejections", rejections.map(rejection -> new ReportRow(rejection.getLineNumber(),
                imports.fieldLabel(rejection.getField(), locale), imports.message(rejection.getProblem(), locale))));
        return "console/import-job";
    }

    @GetMapping("/imports/{id}/rejections.csv")
    void rejectionsCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
        requireImporter();
        imports.job(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-scarti.csv\"");
        imports.writeRejectionsCsv(id, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("uploadError", imports.message(new RowProblem("file", "imports.file.tooLarge",
                List.of(String.valueOf(imports.maxFileSize().toMegabytes()))), LocaleContextHolder.getLocale()));
        return page(model);
    }

    private String preview(StagedUpload staged, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        DryRun run = imports.preview(staged.file(), staged.source);
        List<PreviewRow> first = new ArrayList<>();
        List<PreviewRow> rejected = new ArrayList<>();
        for (RowResult row : run.rows()) {
            PreviewRow shown = new PreviewRow(row.line(), row.status(), row.customerId(), shown(row.values(), locale),
                    row.problems().stream().map(problem -> reason(problem, locale)).toList());
            if (first.size() < Imports.PREVIEW_ROWS) {
                first.add(shown);
            }
            if (row.status() == RowStatus.REJECTED && rejected.size() < PREVIEW_REJECTIONS) {
                rejected.add(shown);
            }
        }
        model.addAttribute("run", run);
        model.addAttribute("fileName", staged.fileName);
        model.addAttribute("firstRows", first);
        model.addAttribute("rejectedRows", rejected);
        model.addAttribute("nameMapped", run.mapping().maps(TargetField.NAME));
        model.addAttribute("fields", TargetField.values());
        model.addAttribute("kinds", CustomerKind.values());
        return "console/import-preview";
    }

    /** Stored values as the console shows them: the kind by its name in the reader's language. */
    private Map<String, Object> shown(Map<String, Object> values, Locale locale) {
        Map<String, Object> shown = new LinkedHashMap<>(values);
        if (values.get(TargetField.KIND.fieldName()) instanceof CustomerKind kind) {
            shown.put(TargetField.KIND.fieldName(), messages.getMessage("console.kind." + kind, null, locale));
        }
        return shown;
    }

    private String refused(LocalizedException refused, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("uploadError", imports.message(new RowProblem(refused.field(), refused.messageCode(),
                arguments(refused)), LocaleContextHolder.getLocale()));
        return page(model);
    }

    private String reason(RowProblem problem, Locale locale) {
        String label = imports.fieldLabel(problem.field(), locale);
        String message = imports.message(problem, locale);
        return label.isEmpty() ? message : label + ": " + message;
    }

    private static List<String> arguments(LocalizedException refused) {
        return java.util.Arrays.stream(refused.arguments()).map(String::valueOf).toList();
    }

    /** The previewed file; without one (session ended, or already imported) there is nothing to confirm: 400. */
    private static StagedUpload staged(HttpSession session) {
        if (!(session.getAttribute(STAGED) instanceof StagedUpload staged) || !Files.exists(staged.file())) {
            throw new it.semaforo.platform.errors.InvalidInputException("file", "imports.file.notStaged");
        }
        return staged;
    }

    private static Viewer requireImporter() {
        Viewer viewer = Viewer.current();
        if (!Imports.mayImport(viewer)) {
            throw new ConsoleErrors.Forbidden();
        }
        return viewer;
    }
}
