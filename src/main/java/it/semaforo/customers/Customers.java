package it.semaforo.customers;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.platform.GroupDirectory;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/** The anagrafica: records customers, prospects and suppliers and finds them again. */
@Service
@Transactional(readOnly = true)
public class Customers {

    private final CustomerRepository repository;
    private final ApplicationEventPublisher events;
    private final GroupDirectory directory;
    private final Clock clock;

    Customers(CustomerRepository repository, ApplicationEventPublisher events, GroupDirectory directory,
              Clock clock) {
        this.repository = repository;
        this.events = events;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public Customer create(NewCustomer request) {
        Identifiers ids = Identifiers.of(request);
        if (ids.vatNumber() == null && ids.taxCode() == null) {
            throw new InvalidInputException("vatNumber", "semaforo.customer.taxIdRequired");
        }
        if (ids.vatNumber() != null && repository.findByVatNumber(ids.vatNumber()).isPresent()) {
            throw new ConflictException("vatNumber", "semaforo.vatNumber.duplicate", ids.vatNumber());
        }
        return insert(request, ids);
    }

    /**
     * Records the customer, or merges it into the one already recorded with the same partita IVA, else the same
     * codice fiscale, else the same e-mail (case-insensitive; the oldest such record). A merge takes only the values
     * the request gives that differ from the stored ones (empty values never blank out stored data) and keeps kind,
     * owners and prospect state. {@link CustomerEvents.CustomerSaved} is published when a record is created or
     * changed, not when nothing changed (and then its version stays).
     * <p>
     * A customer or supplier needs a partita IVA or a codice fiscale; a prospect may be known by its e-mail alone
     * ({@link #checkMergeKey}). A stored partita IVA or codice fiscale is never replaced by a different one: such a
     * request is refused with 409, because it would merge two different subjects.
     */
    @Transactional
    public CustomerMerge merge(NewCustomer request) {
        checkMergeKey(request);
        Identifiers ids = Identifiers.of(request);
        Customer found = findForMerge(ids);
        if (found == null) {
            return new CustomerMerge(CustomerMerge.Outcome.CREATED, insert(request, ids).getId());
        }
        if (ids.vatNumber() != null && found.getVatNumber() != null
                && !ids.vatNumber().equals(found.getVatNumber())) {
            throw new ConflictException("vatNumber", "semaforo.customer.mergeConflict", found.getId());
        }
        if (ids.taxCode() != null && found.getTaxCode() != null && !ids.taxCode().equals(found.getTaxCode())) {
            throw new ConflictException("taxCode", "semaforo.customer.mergeConflict", found.getId());
        }
        Place place = Place.of(request);
        boolean changed = found.takeOver(blankToNull(request.name()), ids.vatNumber(), ids.taxCode(), ids.email(),
                blankToNull(request.language()), normalisePhone(request.phone()), blankToNull(request.city()),
                place.province(), place.region(), blankToNull(request.sector()), request.employees());
        if (!changed) {
            return new CustomerMerge(CustomerMerge.Outcome.UNCHANGED, found.getId());
        }
        events.publishEvent(new CustomerEvents.CustomerSaved(found.getId()));
        return new CustomerMerge(CustomerMerge.Outcome.UPDATED, found.getId());
    }

    /**
     * What {@link #merge} needs to find a record again: a partita IVA or codice fiscale, or for a prospect an
     * e-mail. Refused with 400 on {@code vatNumber} otherwise.
     */
    public static void checkMergeKey(NewCustomer request) {
        Identifiers ids = Identifiers.of(request);
        if (ids.vatNumber() != null || ids.taxCode() != null) {
            return;
        }
        if (request.kind() != CustomerKind.PROSPECT) {
            throw new InvalidInputException("vatNumber", "semaforo.customer.taxIdRequired");
        }
        if (ids.email() == null) {
            throw new InvalidInputException("vatNumber", "semaforo.customer.mergeKeyRequired");
        }
    }

    private Customer findForMerge(Identifiers ids) {
        if (ids.vatNumber() != null) {
            var byVatNumber = repository.findByVatNumber(ids.vatNumber());
            if (byVatNumber.isPresent()) {
                return byVatNumber.get();
            }
        }
        if (ids.taxCode() != null) {
            var byTaxCode = repository.findFirstByTaxCodeOrderByIdAsc(ids.taxCode());
            if (byTaxCode.isPresent()) {
                return byTaxCode.get();
            }
        }
        return ids.email() == null ? null : repository.findFirstByEmailOrderByIdAsc(ids.email()).orElse(null);
    }

    private Customer insert(NewCustomer request, Identifiers ids) {
        String language = request.language() == null ? "it" : request.language();
        Place place = Place.of(request);
        Customer customer = new Customer(request.kind(), request.name().strip(), ids.vatNumber(), ids.taxCode(),
                ids.email(), language, blankToNull(request.ownerUserId()), clock.instant());
        customer.describe(normalisePhone(request.phone()), blankToNull(request.city()), place.province(),
                place.region(), blankToNull(request.sector()), request.employees());
        try {
            Customer saved = repository.saveAndFlush(customer);
            events.publishEvent(new CustomerEvents.CustomerSaved(saved.getId()));
            return saved;
        } catch (DataIntegrityViolationException raced) {
            // a concurrent request recorded the same partita IVA between our check and our insert
            throw new ConflictException("vatNumber", "semaforo.vatNumber.duplicate", ids.vatNumber());
        }
    }

    /** The identifiers of a request in their stored form, with valid check digits (400 otherwise). */
    private record Identifiers(String vatNumber, String taxCode, String email) {

        static Identifiers of(NewCustomer request) {
            String vatNumber = normaliseVatNumber(request.vatNumber());
            String taxCode = normaliseTaxCode(request.taxCode());
            if (vatNumber != null && !ItalianTaxIds.isValidPartitaIva(vatNumber)) {
                throw new InvalidInputException("vatNumber", "semaforo.vatNumber.invalid");
            }
            if (taxCode != null && !ItalianTaxIds.isValidCodiceFiscale(taxCode)) {
                throw new InvalidInputException("taxCode", "semaforo.taxCode.invalid");
            }
            String email = blankToNull(request.email());
            return new Identifiers(vatNumber, taxCode, email == null ? null : email.toLowerCase(Locale.ROOT));
        }
    }

    public Customer get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    /** The customer, supplier or prospect with that partita IVA, if the anagrafica has one. */
    public Optional<Customer> findByVatNumber(String vatNumber) {
        return repository.findByVatNumber(vatNumber);
    }

    /** The customer if the viewer may see it (see {@link Customer#isVisibleTo}); otherwise it does not exist for them. */
    public Customer get(long id, Viewer viewer) {
        Customer customer = get(id);
        if (!customer.isVisibleTo(viewer)) {
            throw new NotFoundException("Customer", id);
        }
        return customer;
    }

    /**
     * The customer if the viewer may change it (see {@link Customer#isChangeableBy}): 404 when they may not even
     * see it, 403 when they only read it (the call center).
     */
    public Customer getForChange(long id, Viewer viewer) {
        Customer customer = get(id, viewer);
        if (!customer.isChangeableBy(viewer)) {
            throw new AccessDeniedException("semaforo.customer.readOnly");
        }
        return customer;
    }

    /**
     * Sets both owners by hand (null clears one). Each must be a user of the role's group: the seller in
     * {@code sales}, the administration owner in {@code administration}; otherwise 400 on that field.
     */
    @Transactional
    public Customer assignOwners(long id, String ownerUserId, String adminOwnerUserId) {
        Customer customer = get(id);
        String seller = blankToNull(ownerUserId);
        String administration = blankToNull(adminOwnerUserId);
        requireMember(seller, OwnerRole.SELLER, "ownerUserId");
        requireMember(administration, OwnerRole.ADMINISTRATION, "adminOwnerUserId");
        customer.assignOwner(OwnerRole.SELLER, seller);
        customer.assignOwner(OwnerRole.ADMINISTRATION, administration);
        return customer;
    }

    /** Archives a prospect with the reason (again: a new reason); 409 for customers and suppliers. */
    @Transactional
    public Customer archive(long id, String reason, Viewer viewer) {
        Customer prospect = prospectForChange(id, viewer);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "semaforo.prospect.reasonRequired");
        }
        prospect.archive(reason.strip());
        return prospect;
    }

    /** Puts an archived prospect back in progress, forgetting the reason; 409 for customers and suppliers. */
    @Transactional
    public Customer reopen(long id, Viewer viewer) {
        Customer prospect = prospectForChange(id, viewer);
        prospect.reopen();
        return prospect;
    }

    private Customer prospectForChange(long id, Viewer viewer) {
        Customer customer = getForChange(id, viewer);
        if (customer.getKind() != CustomerKind.PROSPECT) {
            throw new ConflictException("kind", "semaforo.prospect.only");
        }
        return customer;
    }

    /** 400 on {@code field} unless the user (when given) exists and belongs to the role's group. */
    void requireMember(String userId, OwnerRole role, String field) {
        if (userId != null && !directory.groupsOf(userId).contains(role.group())) {
            throw new InvalidInputException(field, "semaforo.owner.notInGroup", userId, role.group());
        }
    }

    /** The customers with these ids, by id (unknown ids are left out). */
    public Map<Long, Customer> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findAllById(ids).stream().collect(Collectors.toMap(Customer::getId, Function.identity()));
    }

    /**
     * The customers (kind CUSTOMER) whose e-mail is this address, in any letter case, oldest first: who may sign in
     * to the portal with it.
     */
    public List<Customer> customersWithEmail(String email) {
        return email == null || email.isBlank() ? List.of()
                : repository.findByEmailAndKindOrderByIdAsc(email.strip().toLowerCase(Locale.ROOT), CustomerKind.CUSTOMER);
    }

    /** The customers whose phone is this number in any common form (see {@link PhoneNumbers}), oldest first. */
    public List<Customer> byPhone(String number) {
        return PhoneNumbers.normalise(number).map(repository::findByPhoneOrderByIdAsc).orElse(List.of());
    }

    /** Remembers that the customer was recalled on that day (kept as the latest such day). */
    @Transactional
    public void recordRecall(long customerId, java.time.LocalDate day) {
        get(customerId).recordRecall(day);
    }

    public Page<Customer> search(CustomerKind kind, String text, Pageable pageable) {
        return search(kind, text, null, pageable);
    }

    /**
     * Searches by name, partita IVA, codice fiscale or e-mail; with an {@code ownerUserId} only that user's
     * customers (the owner condition of sellers, who see only their own customers).
     */
    public Page<Customer> search(CustomerKind kind, String text, String ownerUserId, Pageable pageable) {
        return search(kind, null, text, ownerUserId, pageable);
    }

    /** As {@link #search(CustomerKind, String, String, Pageable)}, also by prospect state when it is given. */
    public Page<Customer> search(CustomerKind kind, ProspectState prospectState, String text, String ownerUserId,
                                 Pageable pageable) {
        String pattern = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return repository.search(kind, prospectState, pattern, ownerUserId, pageable);
    }

    /**
     * Ids of the customers of those kinds in any of the provinces (sigla) and any of the sectors (ignoring case) and
     * in that prospect state, ascending; an empty list or a {@code null} places no condition.
     */
    public List<Long> idsMatching(Collection<CustomerKind> kinds, Collection<String> provinces,
                                  Collection<String> sectors, ProspectState prospectState) {
        List<String> upperProvinces = provinces.stream().map(p -> p.strip().toUpperCase(Locale.ROOT)).toList();
        List<String> lowerSectors = sectors.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        // an IN over an empty list is not portable SQL: the flag says "any" and the list gets a placeholder
        return repository.findIdsMatching(kinds, upperProvinces.isEmpty(), orPlaceholder(upperProvinces),
                lowerSectors.isEmpty(), orPlaceholder(lowerSectors), prospectState);
    }

    private static List<String> orPlaceholder(List<String> values) {
        return values.isEmpty() ? List.of("") : values;
    }

    /**
     * The owner condition for a viewer's queries: none for those who see every customer (see
     * {@link #seesEveryCustomer}), else their user id.
     */
    public static String ownerFilter(Viewer viewer) {
        return seesEveryCustomer(viewer) ? null : viewer.userId();
    }

    /**
     * Managers and administration see every customer, and so does the call center, read only: it answers and
     * makes calls about any customer. Sellers see their own.
     */
    public static boolean seesEveryCustomer(Viewer viewer) {
        return viewer.seesAllCustomers() || viewer.isMemberOf(Groups.CALLCENTER);
    }

    /** Spaces and an "IT" country prefix are accepted and removed. */
    static String normaliseVatNumber(String value) {
        String compact = blankToNull(value == null ? null : value.replaceAll("\\s", ""));
        if (compact != null && compact.toUpperCase(Locale.ROOT).startsWith("IT")) {
            compact = compact.substring(2);
        }
        return compact;
    }

    static String normaliseTaxCode(String value) {
        return upperOrNull(value == null ? null : value.replaceAll("\\s", ""));
    }

    /** Province sigla (a real one, else 400) and region, taken from the province when the request gives none. */
    private record Place(String province, String region) {

        static Place of(NewCustomer request) {
            String province = upperOrNull(request.province());
            String region = blankToNull(request.region());
            if (province == null) {
                return new Place(null, region);
            }
            String regionOfProvince = ItalianProvinces.regionOf(province)
                    .orElseThrow(() -> new InvalidInputException("province", "semaforo.province.unknown", province));
            return new Place(province, region == null ? regionOfProvince : region);
        }
    }

    /** E.164 form of a phone number; a number that is not one is refused. */
    static String normalisePhone(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return PhoneNumbers.normalise(value)
                .orElseThrow(() -> new InvalidInputException("phone", "semaforo.phone.invalid"));
    }

    private static String upperOrNull(String value) {
        String stripped = blankToNull(value);
        return stripped == null ? null : stripped.toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
