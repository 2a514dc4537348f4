package it.semaforo.customers;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        String vatNumber = normaliseVatNumber(request.vatNumber());
        String taxCode = normaliseTaxCode(request.taxCode());
        if (vatNumber == null && taxCode == null) {
            throw new InvalidInputException("vatNumber", "semaforo.customer.taxIdRequired");
        }
        if (vatNumber != null && !ItalianTaxIds.isValidPartitaIva(vatNumber)) {
            throw new InvalidInputException("vatNumber", "semaforo.vatNumber.invalid");
        }
        if (taxCode != null && !ItalianTaxIds.isValidCodiceFiscale(taxCode)) {
            throw new InvalidInputException("taxCode", "semaforo.taxCode.invalid");
        }
        if (vatNumber != null && repository.findByVatNumber(vatNumber).isPresent()) {
            throw new ConflictException("vatNumber", "semaforo.vatNumber.duplicate", vatNumber);
        }
        String phone = normalisePhone(request.phone());
        String province = upperOrNull(request.province());
        String region = blankToNull(request.region());
        if (province != null) {
            String regionOfProvince = ItalianProvinces.regionOf(province)
                    .orElseThrow(() -> new InvalidInputException("province", "semaforo.province.unknown", province));
            region = region == null ? regionOfProvince : region;
        }
        String language = request.language() == null ? "it" : request.language();
        String email = blankToNull(request.email());
        Customer customer = new Customer(request.kind(), request.name().strip(), vatNumber, taxCode,
                email == null ? null : email.toLowerCase(Locale.ROOT), language,
                blankToNull(request.ownerUserId()), clock.instant());
        customer.describe(phone, blankToNull(request.city()), province, region, blankToNull(request.sector()),
                request.employees());
        try {
            Customer saved = repository.saveAndFlush(customer);
            events.publishEvent(new CustomerEvents.CustomerSaved(saved.getId()));
            return saved;
        } catch (DataIntegrityViolationException raced) {
            // a concurrent request recorded the same partita IVA between our check and our insert
            throw new ConflictException("vatNumber", "semaforo.vatNumber.duplicate", vatNumber);
        }
    }

    public Customer get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Customer", id));
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
