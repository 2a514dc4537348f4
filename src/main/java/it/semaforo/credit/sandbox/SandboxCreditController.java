package it.semaforo.credit.sandbox;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox credit-information provider, served by the application itself: the provider contract of
 * {@code docs/credit-provider.md} over fictitious companies, for demos, tests and benchmarks. Callers authenticate
 * with the API key ({@link SandboxSecurity}).
 */
@RestController
@RequestMapping("/sandbox/credit")
@ConditionalOnCreditSandbox
class SandboxCreditController {

    static final int MAX_BULK = 100;

    private final SandboxCompanies companies;
    private final MessageSource messages;

    SandboxCreditController(SandboxCompanies companies, MessageSource messages) {
        this.companies = companies;
        this.messages = messages;
    }

    @GetMapping("/companies/{vatNumber}")
    ResponseEntity<?> company(@PathVariable String vatNumber) {
        SandboxCompanies.requireValidVatNumber("vatNumber", vatNumber);
        companies.simulateLatency();
        return companies.report(vatNumber).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound(vatNumber));
    }

    /** 404 with the contract's {@code "error":"not_found"} inside an ordinary problem+json. */
    private ResponseEntity<ProblemDetail> notFound(String vatNumber) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.getMessage(
                "semaforo.sandbox.company.unknown", new Object[] {vatNumber}, LocaleContextHolder.getLocale()));
        problem.setProperty("error", "not_found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    record BulkLookup(@NotEmpty @Size(max = MAX_BULK) List<String> vatNumbers) {
    }

    @PostMapping("/companies/bulk")
    SandboxCompanies.BulkReports bulk(@Valid @RequestBody BulkLookup lookup) {
        lookup.vatNumbers().forEach(vatNumber -> SandboxCompanies.requireValidVatNumber("vatNumbers", vatNumber));
        companies.simulateLatency();
        return companies.reports(lookup.vatNumbers());
    }

    /** The feed page: {@code until} is where the next poll resumes (the last change's time, else {@code since}). */
    record ChangeFeed(List<Change> changes, Instant until) {
    }

    @GetMapping("/changes")
    ChangeFeed changes(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since) {
        List<Change> changes = companies.changesSince(since);
        return new ChangeFeed(changes, changes.isEmpty() ? since : changes.get(changes.size() - 1).recordedAt());
    }

    @PostMapping("/events")
    @ResponseStatus(HttpStatus.CREATED)
    Change addEvent(@Valid @RequestBody NewChange event) {
        return companies.record(event);
    }

    @PostMapping("/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset() {
        companies.reset();
    }
}
