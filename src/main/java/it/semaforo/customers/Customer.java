package it.semaforo.customers;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import it.semaforo.platform.Viewer;

/** A customer, prospect or supplier (anagrafica). */
@Entity
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CustomerKind kind;

    private String name;

    private String vatNumber;

    private String taxCode;

    private String email;

    /** ISO language of the e-mails the customer receives: it or en. */
    private String language;

    /** The seller (Camunda user id) who owns the customer for the sales role. */
    @Column(name = "owner_user_id")
    private String ownerUserId;

    /** E.164 form (see {@link PhoneNumbers}). */
    private String phone;

    private String city;

    /** Sigla of the Italian province, such as MI. */
    private String province;

    private String region;

    private String sector;

    /** Number of employees: the size used by assignment rules. */
    private Integer employees;

    /** The administration user (Camunda user id) who owns the customer for that role. */
    @Column(name = "admin_owner_user_id")
    private String adminOwnerUserId;

    /** Prospects only. */
    @Enumerated(EnumType.STRING)
    private ProspectState prospectState;

    private String archiveReason;

    private LocalDate lastRecallDate;

    private Instant createdAt;

    @Version
    private long version;

    protected Customer() {
    }

    Customer(CustomerKind kind, String name, String vatNumber, String taxCode, String email, String language,
             String ownerUserId, Instant createdAt) {
        this.kind = kind;
        this.name = name;
        this.vatNumber = vatNumber;
        this.taxCode = taxCode;
        this.email = email;
        this.language = language;
        this.ownerUserId = ownerUserId;
        this.createdAt = createdAt;
        this.prospectState = kind == CustomerKind.PROSPECT ? ProspectState.IN_PROGRESS : null;
    }

    /** Where and what the customer is: the fields assignment rules and campaign filters look at. */
    void describe(String phone, String city, String province, String region, String sector, Integer employees) {
        this.phone = phone;
        this.city = city;
        this.province = province;
        this.region = region;
        this.sector = sector;
        this.employees = employees;
    }

    /**
     * Takes the values an import brings where they differ from the stored ones; a missing (null) value never blanks
     * out stored data. Kind, owners and prospect state are not an import's business and stay as they are. Answers
     * whether anything changed.
     */
    boolean takeOver(String name, String vatNumber, String taxCode, String email, String language, String phone,
                     String city, String province, String region, String sector, Integer employees) {
        boolean changed = false;
        if (differs(name, this.name)) {
            this.name = name;
            changed = true;
        }
        if (differs(vatNumber, this.vatNumber)) {
            this.vatNumber = vatNumber;
            changed = true;
        }
        if (differs(taxCode, this.taxCode)) {
            this.taxCode = taxCode;
            changed = true;
        }
        if (differs(email, this.email)) {
            this.email = email;
            changed = true;
        }
        if (differs(language, this.language)) {
            this.language = language;
            changed = true;
        }
        if (differs(phone, this.phone)) {
            this.phone = phone;
            changed = true;
        }
        if (differs(city, this.city)) {
            this.city = city;
            changed = true;
        }
        if (differs(province, this.province)) {
            this.province = province;
            changed = true;
        }
        if (differs(region, this.region)) {
            this.region = region;
            changed = true;
        }
        if (differs(sector, this.sector)) {
            this.sector = sector;
            changed = true;
        }
        if (differs(employees, this.employees)) {
            this.employees = employees;
            changed = true;
        }
        return changed;
    }

    private static boolean differs(Object given, Object stored) {
        return given != null && !given.equals(stored);
    }

    public Long getId() {
        return id;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public String getOwnerUserId() {
        return ownerUserId;
    }

    public String getPhone() {
        return phone;
    }

    public String getCity() {
        return city;
    }

    public String getProvince() {
        return province;
    }

    public String getRegion() {
        return region;
    }

    public String getSector() {
        return sector;
    }

    public Integer getEmployees() {
        return employees;
    }

    public String getAdminOwnerUserId() {
        return adminOwnerUserId;
    }

    public ProspectState getProspectState() {
        return prospectState;
    }

    public String getArchiveReason() {
        return archiveReason;
    }

    /** Day of the latest completed recall action (azione di richiamo), if any. */
    public LocalDate getLastRecallDate() {
        return lastRecallDate;
    }

    void recordRecall(LocalDate day) {
        if (lastRecallDate == null || day.isAfter(lastRecallDate)) {
            lastRecallDate = day;
        }
    }

    /**
     * Managers and administration see every customer, the call center too (it needs every card for its calls, read
     * only); a seller only those they own.
     */
    public boolean isVisibleTo(Viewer viewer) {
        return Customers.seesEveryCustomer(viewer) || viewer.userId().equals(ownerUserId);
    }

    /**
     * Who may change the customer (archive, reopen, its deadlines): managers and administration, and its owners;
     * the call center reads only.
     */
    public boolean isChangeableBy(Viewer viewer) {
        return viewer.seesAllCustomers() || viewer.userId().equals(ownerUserId)
                || viewer.userId().equals(adminOwnerUserId);
    }

    /** The owner for a role, or null. */
    public String ownerFor(OwnerRole role) {
        return role == OwnerRole.SELLER ? ownerUserId : adminOwnerUserId;
    }

    void assignOwner(OwnerRole role, String userId) {
        if (role == OwnerRole.SELLER) {
            ownerUserId = userId;
        } else {
            adminOwnerUserId = userId;
        }
    }

    void archive(String reason) {
        prospectState = ProspectState.ARCHIVED;
        archiveReason = reason;
    }

    void reopen() {
        prospectState = ProspectState.IN_PROGRESS;
        archiveReason = null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
