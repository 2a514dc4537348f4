package it.semaforo.credit.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import it.semaforo.customers.ItalianTaxIds;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * The sandbox provider's companies, held in memory: the reports of {@code credit/sandbox-companies.json} (read once
 * at start-up), plus the events added since, which both change the reports and make the change feed. Every read and
 * write takes the same lock; the simulated latency is waited outside it, so concurrent lookups wait concurrently.
 */
@Component
@ConditionalOnCreditSandbox
public class SandboxCompanies {

    static final String DATA_FILE = "credit/sandbox-companies.json";

    private final Clock clock;
    private final Map<String, CompanyReport> fromFile;
    private final Map<String, CompanyReport> reports;
    private final List<Change> changes = new ArrayList<>();
    /** Change ids keep counting across resets, so an id never names two different changes. */
    private long changesRecorded;
    private volatile Duration latency;

    SandboxCompanies(Clock clock, @Value("${semaforo.credit.sandbox.latency:0s}") Duration latency) {
        this.clock = clock;
        this.latency = latency;
        this.fromFile = readDataFile();
        this.reports = new HashMap<>(fromFile);
    }

    /** The data file's companies by partita IVA; the file is part of the application, so a broken one stops it. */
    static Map<String, CompanyReport> readDataFile() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        try (InputStream in = new ClassPathResource(DATA_FILE).getInputStream()) {
            return json.readValue(in, DataFile.class).companies().stream()
                    .collect(Collectors.toUnmodifiableMap(CompanyReport::vatNumber, Function.identity()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + DATA_FILE, unreadable);
        }
    }

    private record DataFile(List<CompanyReport> companies) {
    }

    /** The wait every company and bulk lookup takes, as a slow real provider would (benchmarks). */
    public Duration latency() {
        return latency;
    }

    public void setLatency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("A latency cannot be negative: " + latency);
        }
        this.latency = latency;
    }

    /** Waits the configured latency; called once per lookup request. */
    void simulateLatency() {
        Duration wait = latency;
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The current report of a company, empty when the provider does not know it. */
    public synchronized Optional<CompanyReport> report(String vatNumber) {
        return Optional.ofNullable(reports.get(vatNumber));
    }

    /** Reports of the given companies in the order asked (each once), and apart those the provider does not know. */
    public synchronized BulkReports reports(Collection<String> vatNumbers) {
        List<CompanyReport> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String vatNumber : new LinkedHashSet<>(vatNumbers)) {
            CompanyReport report = reports.get(vatNumber);
            if (report == null) {
                notFound.add(vatNumber);
            } else {
                found.add(report);
            }
        }
        return new BulkReports(found, notFound);
    }

    public record BulkReports(List<CompanyReport> results, List<String> notFound) {
    }

    /**
     * Records an event: the company's report includes it from now on and the change feed lists it. Its
     * {@code recordedAt} is the clock's now, but always after the previous change's, so that a poller resuming
     * from the last {@code recordedAt} it saw never misses a change recorded in the same millisecond.
     */
    public synchronized Change record(NewChange event) {
        String vatNumber = event.vatNumber().strip();
        requireValidVatNumber("vatNumber", vatNumber);
        CompanyReport report = reports.get(vatNumber);
        if (report == null) {
            throw NotFoundException.byField("vatNumber", "semaforo.sandbox.company.unknown", vatNumber);
        }
        boolean ratingChange = event.type() == ChangeType.RATING_CHANGE;
        if (ratingChange && event.rating() == null) {
            throw new InvalidInputException("rating", "semaforo.sandbox.rating.required");
        }
        if (!ratingChange && event.rating() != null) {
            throw new InvalidInputException("rating", "semaforo.sandbox.rating.onlyForRatingChange");
        }
        if (!event.type().carriesAmount() && event.amount() != null) {
            throw new InvalidInputException("amount", "semaforo.sandbox.amount.notCarried", event.type());
        }
        LocalDate today = LocalDate.now(clock);
        if (event.date() != null && event.date().isAfter(today)) {
            throw new InvalidInputException("date", "semaforo.sandbox.date.future");
        }
        Change change = new Change("chg-" + (++changesRecorded), vatNumber, event.type(),
                event.date() == null ? today : event.date(), event.amount(), event.description(), event.rating(),
                nextRecordedAt());
        reports.put(vatNumber, report.with(change));
        changes.add(change);
        return change;
    }

    private Instant nextRecordedAt() {
        Instant now = clock.instant();
        if (changes.isEmpty()) {
            return now;
        }
        Instant previous = changes.get(changes.size() - 1).recordedAt();
        return now.isAfter(previous) ? now : previous.plusMillis(1);
    }

    /** Changes recorded after {@code since}, oldest first. */
    public synchronized List<Change> changesSince(Instant since) {
        return changes.stream().filter(change -> change.recordedAt().isAfter(since)).toList();
    }

    /** Back to the data file: the added events and their changes are gone. */
    public synchronized void reset() {
        reports.clear();
        reports.putAll(fromFile);
        changes.clear();
    }

    /** A partita IVA with its check digit, or a 400 naming {@code field}: a provider never looks up garbage. */
    static void requireValidVatNumber(String field, String vatNumber) {
        if (!ItalianTaxIds.isValidPartitaIva(vatNumber)) {
            throw new InvalidInputException(field, "semaforo.sandbox.vatNumber.invalid", vatNumber);
        }
    }
}
