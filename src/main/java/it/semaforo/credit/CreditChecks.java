package it.semaforo.credit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.customers.ItalianTaxIds;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * Credit checks, one subject at a time: recorded as PENDING and handed to the {@code credit-check} process, which
 * takes the report from the cache or the provider ({@link #useCache}, {@link #recordAnswer}), lets the
 * {@code credit-risk} table decide the light ({@link #figures}) and stores it ({@link #complete}). The mass check and
 * the monitoring cycle reuse the same steps per subject.
 */
@Service
public class CreditChecks {

    private final CreditCheckRepository checks;
    private final CachedReportRepository cache;
    private final CreditStatusRepository statuses;
    private final Customers customers;
    private final Map<String, ProviderMapping> mappings;
    private final CreditProperties properties;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final CreditCheckIncidents incidents;
    private final RiskEventRepository riskEvents;
    private final CreditRiskRules riskRules;

    CreditChecks(CreditCheckRepository checks, CachedReportRepository cache, CreditStatusRepository statuses,
                 Customers customers, Map<String, ProviderMapping> mappings, CreditProperties properties,
                 ApplicationEventPublisher events, ObjectMapper json, Clock clock,
                 CreditCheckIncidents incidents, RiskEventRepository riskEvents,
                 CreditRiskRules riskRules) {
        this.checks = checks;
        this.cache = cache;
        this.statuses = statuses;
        this.customers = customers;
        this.mappings = mappings;
        this.properties = properties;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.incidents = incidents;
        this.riskEvents = riskEvents;
        this.riskRules = riskRules;
        mapping(); // a misspelt semaforo.credit.provider.mapping stops the start, not the first check
    }

    /**
     * Records a PENDING check of a customer (one the viewer sees) or of a partita IVA and starts its process. An
     * invalid partita IVA is refused here, before anything is paid for.
     */
    @Transactional
    public CreditCheck request(CheckRequest request, Viewer viewer) {
        Long customerId = request.customerId();
        String vatNumber;
        if (customerId != null) {
            Customer customer = customers.get(customerId, viewer);
            vatNumber = customer.getVatNumber();
            if (vatNumber == null) {
                throw new InvalidInputException("customerId", "semaforo.credit.noVatNumber", customer.getName());
            }
        } else {
            vatNumber = request.vatNumber() == null ? null : request.vatNumber().strip();
            if (vatNumber == null || vatNumber.isEmpty()) {
                throw new InvalidInputException("vatNumber", "semaforo.credit.subjectRequired");
            }
            customerId = customers.findByVatNumber(vatNumber).map(Customer::getId).orElse(null);
        }
        if (!ItalianTaxIds.isValidPartitaIva(vatNumber)) {
            throw new InvalidInputException("vatNumber", "semaforo.credit.invalidVatNumber", vatNumber);
        }
        CreditCheck check = checks.save(new CreditCheck(vatNumber, customerId, blankToNull(request.reason()),
                viewer.userId(), clock.instant()));
        events.publishEvent(new CreditEvents.CheckRequested(check.getId()));
        return check;
    }

    /** The check if the viewer may see it: every check for managers and administration, else none (404). */
    public CreditCheck get(long checkId, Viewer viewer) {
        CreditCheck check = get(checkId);
        if (!viewer.seesAllCustomers()) {
            throw new NotFoundException("CreditCheck", checkId);
        }
        return check;
    }

    public CreditCheck get(long checkId) {
        return checks.findById(checkId).orElseThrow(() -> new NotFoundException("CreditCheck", checkId));
    }

    /**
     * Where the check stands: its stored status, except that a PENDING check whose provider call ran out of retries
     * (an incident in Cockpit) is FAILED. An operator who resolves the incident there makes it PENDING again.
     */
    public CreditCheckStatus state(CreditCheck check) {
        return check.getStatus() == CreditCheckStatus.PENDING && incidents.hasIncident(check.getProcessInstanceId())
                ? CreditCheckStatus.FAILED : check.getStatus();
    }

    /** The report a check stored, if it has one (DONE). */
    public Optional<CreditReport> report(CreditCheck check) {
        return Optional.ofNullable(check.getResultJson()).map(this::read);
    }

    /** The customer's standing and latest checks, if the viewer sees the customer (else 404). */
    public CustomerCredit forCustomer(long customerId, Viewer viewer) {
        customers.get(customerId, viewer);
        return new CustomerCredit(customerId, statuses.findById(customerId),
                checks.findTop10ByCustomerIdOrderByRequestedAtDescIdDesc(customerId));
    }

    @Transactional
    public void attachProcess(long checkId, String processInstanceId) {
        get(checkId).attachProcess(processInstanceId);
    }

    /**
     * Answers the check from the cache when the partita IVA's report is younger than {@code semaforo.credit.cache-ttl}:
     * recorded as from cache, no provider call. False when the provider must be asked.
     */
    @Transactional
    public boolean useCache(long checkId) {
        CreditCheck check = get(checkId);
        Optional<CachedReport> cached = freshReport(check.getVatNumber());
        cached.ifPresent(entry -> check.answered(entry.getReportJson(), true));
        return cached.isPresent();
    }

    /**
     * Stores the provider's answer to a check: a report (body of a 200, read by the configured mapping) goes to the
     * check and to the cache; null means the provider does not know the subject (NOT_FOUND, kept apart). Answers
     * whether a report was found.
     */
    @Transactional
    public boolean recordAnswer(long checkId, String providerJson) {
        CreditCheck check = get(checkId);
        if (providerJson == null) {
            check.notFound();
            return false;
        }
        CreditReport report = mapping().report(providerJson);
        String reportJson = write(report);
        check.answered(reportJson, false);
        Instant now = clock.instant();
        cache.findById(check.getVatNumber()).ifPresentOrElse(entry -> entry.refresh(reportJson, now),
                () -> cache.save(new CachedReport(check.getVatNumber(), reportJson, now)));
        return true;
    }

    /** The inputs of the {@code credit-risk} table for an answered check. */
    public CreditFigures figures(long checkId) {
        CreditCheck check = get(checkId);
        return report(check).map(CreditReport::figures).orElseGet(CreditFigures::unknown);
    }

    /** Stores the light of an answered check, and the customer's new standing when the subject is in the anagrafica. */
    @Transactional
    public CreditCheck complete(long checkId, CreditLight light) {
        CreditCheck check = get(checkId);
        Instant now = clock.instant();
        check.complete(light, now);
        if (check.getCustomerId() != null) {
            CreditStatus status = statuses.findById(check.getCustomerId())
                    .orElseGet(() -> new CreditStatus(check.getCustomerId()));
            status.update(check.getVatNumber(), light, report(check).orElse(null), now);
            statuses.save(status);
            if (worsenedByMonitoring(check)) {
                String changeId = riskEvents.findFirstByCustomerIdOrderByReceivedAtDescIdDesc(check.getCustomerId())
                        .orElseThrow().getProviderChangeId();
                events.publishEvent(new CreditEvents.LightWorsened(check.getCustomerId(), changeId,
                        previousLight(check).orElseThrow(), light));
            }
        }
        return check;
    }

    /**
     * Whether a completed check was started by the Check Monitor and found the customer's light worse than the
     * customer's check before it: such a check gets a review task, whatever the new light.
     */
    public boolean worsenedByMonitoring(long checkId) {
        return worsenedByMonitoring(get(checkId));
    }

    private boolean worsenedByMonitoring(CreditCheck check) {
        return CreditMonitoring.MONITOR.equals(check.getRequestedBy()) && check.getLight() != null
                && previousLight(check).filter(before -> check.getLight().compareTo(before) > 0).isPresent();
    }

    /** The light of the customer's latest completed check before this one. */
    private Optional<CreditLight> previousLight(CreditCheck check) {
        if (check.getCustomerId() == null) {
            return Optional.empty();
        }
        return checks.findTop10ByCustomerIdOrderByRequestedAtDescIdDesc(check.getCustomerId()).stream()
                .filter(earlier -> earlier.getId() < check.getId() && earlier.getLight() != null)
                .map(CreditCheck::getLight).findFirst();
    }

    /**
     * A lookup made outside a {@code credit-check} process (the mass check's bulk calls), recorded with who and why
     * like any other: the cached report when fresh, else none (empty: the provider must be asked).
     */
    @Transactional
    public Optional<CreditCheck> answerFromCache(String vatNumber, Long customerId, String reason, String userId) {
        Optional<CachedReport> cached = freshReport(vatNumber);
        if (cached.isEmpty()) {
            return Optional.empty();
        }
        CreditCheck check = checks.save(new CreditCheck(vatNumber, customerId, reason, userId, clock.instant()));
        check.answered(cached.get().getReportJson(), true);
        return Optional.of(complete(check.getId(), riskRules.lightFor(figures(check.getId()))));
    }

    /**
     * The provider's answer to a lookup made outside a {@code credit-check} process, recorded with who and why, cached
     * and turned into a light by the {@code credit-risk} table (null: the subject is unknown to the provider).
     */
    @Transactional
    public CreditCheck recordLookup(String vatNumber, Long customerId, String reason, String userId,
                                    String providerJson) {
        CreditCheck check = checks.save(new CreditCheck(vatNumber, customerId, reason, userId, clock.instant()));
        recordAnswer(check.getId(), providerJson);
        return complete(check.getId(), riskRules.lightFor(figures(check.getId())));
    }

    /** Administration's decision on a red light: on the check, and on the customer's standing. */
    @Transactional
    public void decide(long checkId, CreditDecision decision, String note, String userId) {
        CreditCheck check = get(checkId);
        Instant now = clock.instant();
        check.decide(decision, blankToNull(note), userId, now);
        if (check.getCustomerId() != null) {
            statuses.findById(check.getCustomerId()).ifPresent(status -> status.decide(decision, userId, now));
        }
    }

    /**
     * Whether administration wants the customer's new orders agreed with them (an advance payment asked, or orders
     * blocked after a red light): such orders are not taken by self-service.
     */
    public boolean ordersNeedApproval(long customerId) {
        return statuses.findById(customerId).map(CreditStatus::getDecision)
                .filter(decision -> decision != CreditDecision.ACCEPT).isPresent();
    }

    private Optional<CachedReport> freshReport(String vatNumber) {
        Instant freshSince = clock.instant().minus(properties.cacheTtl());
        return cache.findById(vatNumber).filter(entry -> entry.getFetchedAt().isAfter(freshSince));
    }

    private ProviderMapping mapping() {
        ProviderMapping mapping = mappings.get(properties.provider().mapping());
        if (mapping == null) {
            throw new IllegalStateException("No ProviderMapping bean named '" + properties.provider().mapping()
                    + "' (semaforo.credit.provider.mapping); known: " + mappings.keySet());
        }
        return mapping;
    }

    private CreditReport read(String reportJson) {
        try {
            return json.readValue(reportJson, CreditReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored credit report is unreadable", e);
        }
    }

    private String write(CreditReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
