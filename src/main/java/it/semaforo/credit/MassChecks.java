package it.semaforo.credit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.ItalianTaxIds;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * Go Check: a whole part of the anagrafica checked at once by the {@code credit-mass-check} process, in chunks looked
 * up with the provider's bulk call. Every subject is an item; a chunk only asks the provider for its items still
 * PENDING and without a fresh cached report, so a chunk run again after a crash pays for nothing twice.
 */
@Service
public class MassChecks {

    private final MassCheckRepository runs;
    private final MassCheckItemRepository items;
    private final CreditChecks checks;
    private final Customers customers;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    MassChecks(MassCheckRepository runs, MassCheckItemRepository items, CreditChecks checks, Customers customers,
               ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.runs = runs;
        this.items = items;
        this.checks = checks;
        this.customers = customers;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Records the run with one PENDING item per subject in scope and starts its process (RUNNING). */
    @Transactional
    public MassCheck start(MassCheckRequest request, Viewer viewer) {
        List<Customer> subjects = customers.byIds(customers.idsMatching(
                        request.kind() == null ? List.of(CustomerKind.values()) : List.of(request.kind()), List.of(),
                        request.sectorsOrNone(), null)).values().stream()
                .filter(customer -> customer.getVatNumber() != null
                        && ItalianTaxIds.isValidPartitaIva(customer.getVatNumber()))
                .toList();
        if (subjects.isEmpty()) {
            throw new InvalidInputException("sectors", "semaforo.credit.massCheck.noSubjects");
        }
        MassCheck run = runs.save(new MassCheck(write(request), subjects.size(), viewer.userId(), clock.instant()));
        subjects.forEach(customer -> items.save(new MassCheckItem(run.getId(), customer.getId(),
                customer.getVatNumber(), 0)));
        events.publishEvent(new CreditEvents.MassCheckRequested(run.getId()));
        return run;
    }

    /** Splits the run's items into chunks of at most {@code chunkSize}, in customer order; answers the chunk numbers. */
    @Transactional
    public List<Integer> splitIntoChunks(long massCheckId, int chunkSize) {
        List<MassCheckItem> all = items.findByMassCheckIdOrderByCustomerId(massCheckId);
        IntStream.range(0, all.size()).forEach(i -> all.get(i).assignChunk(i / chunkSize));
        return IntStream.range(0, (all.size() + chunkSize - 1) / chunkSize).boxed().toList();
    }

    /**
     * Answers the chunk's PENDING items whose report is fresh in the cache; returns the partite IVA still to ask the
     * provider for (empty: nothing to pay for).
     */
    @Transactional
    public List<String> answerFromCache(long massCheckId, int chunk) {
        MassCheck run = get(massCheckId);
        List<String> toLookUp = new ArrayList<>();
        for (MassCheckItem item : pending(massCheckId, chunk)) {
            checks.answerFromCache(item.getVatNumber(), item.getCustomerId(), reason(run), run.getCreatedBy())
                    .ifPresentOrElse(check -> item.answered(check, checks.figures(check.getId())),
                            () -> toLookUp.add(item.getVatNumber()));
        }
        return toLookUp;
    }

    /** The partite IVA of the chunk still PENDING: the body of its bulk lookup. */
    public List<String> pendingVatNumbers(long massCheckId, int chunk) {
        return pending(massCheckId, chunk).stream().map(MassCheckItem::getVatNumber).toList();
    }

    /**
     * Stores the provider's bulk answer for the chunk ({@code results}: one report per found subject in the provider's
     * single-lookup format; {@code notFound}: the partite IVA it does not know); each is a recorded lookup.
     */
    @Transactional
    public void recordBulkAnswer(long massCheckId, int chunk, String bulkJson) {
        MassCheck run = get(massCheckId);
        JsonNode answer = read(bulkJson);
        Map<String, JsonNode> reports = new HashMap<>();
        answer.path("results").forEach(report -> reports.put(report.path("vatNumber").asText(), report));
        Set<String> notFound = new HashSet<>();
        answer.path("notFound").forEach(vat -> notFound.add(vat.asText()));
        for (MassCheckItem item : pending(massCheckId, chunk)) {
            JsonNode report = reports.get(item.getVatNumber());
            if (report == null && !notFound.contains(item.getVatNumber())) {
                continue; // not in this answer: stays PENDING
            }
            CreditCheck check = checks.recordLookup(item.getVatNumber(), item.getCustomerId(), reason(run),
                    run.getCreatedBy(), report == null ? null : report.toString());
            item.answered(check, checks.figures(check.getId()));
        }
    }

    /** Writes the summary and ends the run (DONE). */
    @Transactional
    public void finish(long massCheckId) {
        get(massCheckId).finish(MassCheckSummary.of(items.findByMassCheckIdOrderByCustomerId(massCheckId)),
                clock.instant());
    }

    /** The run, its counts and items, for managers and administration (else 404). */
    public MassCheckResult result(long massCheckId, Viewer viewer) {
        if (!viewer.seesAllCustomers()) {
            throw new NotFoundException("MassCheck", massCheckId);
        }
        List<MassCheckItem> all = items.findByMassCheckIdOrderByCustomerId(massCheckId);
        return new MassCheckResult(get(massCheckId), MassCheckSummary.of(all), all);
    }

    public MassCheck get(long massCheckId) {
        return runs.findById(massCheckId).orElseThrow(() -> new NotFoundException("MassCheck", massCheckId));
    }

    private List<MassCheckItem> pending(long massCheckId, int chunk) {
        return items.findByMassCheckIdAndChunkOrderByCustomerId(massCheckId, chunk).stream()
                .filter(MassCheckItem::isPending).toList();
    }

    private static String reason(MassCheck run) {
        return "Go Check " + run.getId();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The provider's bulk answer is not JSON", e);
        }
    }
}
