package it.semaforo.deadlines;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

import it.semaforo.catalog.Bank;
import it.semaforo.catalog.DeadlineSource;
import it.semaforo.catalog.Product;
import it.semaforo.customers.Customer;

/**
 * One period of something a customer bought with an expiry (scadenza). {@code expiryDate} is the last day the
 * service is active. A renewal closes this period as RENEWED and links it to the next one.
 */
@Entity
public class Deadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Product product;

    private String description;

    private int quantity;

    private BigDecimal amount;

    private String notes;

    private LocalDate startDate;

    private LocalDate expiryDate;

    @Enumerated(EnumType.STRING)
    private DeadlineStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private DeadlineSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    private Bank bank;

    @OneToOne(fetch = FetchType.LAZY)
    private Deadline previous;

    @OneToOne(fetch = FetchType.LAZY)
    private Deadline next;

    /**
     * Renewals count whole durations from this expiry, so that the day of month is kept across short months
     * (31 Jan → 28/29 Feb → 31 Mar). Reset when someone edits the expiry date.
     */
    private LocalDate anchorExpiryDate;

    private int periodsSinceAnchor;

    /** The process instance currently driving this deadline: its lifecycle, then its recovery campaign. */
    private String processInstanceId;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Deadline() {
    }

    Deadline(Customer customer, Product product, String description, int quantity, BigDecimal amount, String notes,
             LocalDate startDate, LocalDate expiryDate, DeadlineSource source, Bank bank, Instant now) {
        this.customer = customer;
        this.product = product;
        this.description = description;
        this.quantity = quantity;
        this.amount = amount;
        this.notes = notes;
        this.startDate = startDate;
        this.expiryDate = expiryDate;
        this.source = source;
        this.bank = bank;
        this.status = DeadlineStatus.ACTIVE;
        this.anchorExpiryDate = expiryDate;
        this.periodsSinceAnchor = 0;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Days left until the last active day: 0 on the expiry date itself, negative once expired. Only meaningful for
     * a period that is still open (ACTIVE or EXPIRED), otherwise {@code null}.
     */
    public Integer daysRemaining(LocalDate today) {
        if (status == DeadlineStatus.RENEWED || status == DeadlineStatus.CANCELLED) {
            return null;
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(today, expiryDate));
    }

    /** The next period, {@code periods} whole durations after the anchor, continuing this one. */
    Deadline nextPeriod(int periodsAfterThis, BigDecimal nextAmount, String nextNotes, Instant now) {
        int periods = periodsSinceAnchor + periodsAfterThis;
        LocalDate nextExpiry = product.getDuration().addTo(anchorExpiryDate, periods);
        LocalDate nextStart = product.getDuration().addTo(anchorExpiryDate, periods - 1).plusDays(1);
        Deadline following = new Deadline(customer, product, description, quantity, nextAmount, nextNotes, nextStart,
                nextExpiry, source, bank, now);
        following.anchorExpiryDate = anchorExpiryDate;
        following.periodsSinceAnchor = periods;
        following.previous = this;
        return following;
    }

    void renewedAs(Deadline following, Instant now) {
        this.status = DeadlineStatus.RENEWED;
        this.next = following;
        this.updatedAt = now;
    }

    void expire(Instant now) {
        this.status = DeadlineStatus.EXPIRED;
        this.updatedAt = now;
    }

    void cancel(Instant now) {
        this.status = DeadlineStatus.CANCELLED;
        this.updatedAt = now;
    }

    void edit(DeadlineChanges changes, DeadlineSource newSource, Bank newBank, Instant now) {
        if (changes.description() != null) {
            description = blankToNull(changes.description());
        }
        if (changes.quantity() != null) {
            quantity = changes.quantity();
        }
        if (changes.amount() != null) {
            amount = changes.amount();
        }
        if (changes.notes() != null) {
            notes = blankToNull(changes.notes());
        }
        if (changes.startDate() != null) {
            startDate = changes.startDate();
        }
        if (changes.expiryDate() != null && !changes.expiryDate().equals(expiryDate)) {
            expiryDate = changes.expiryDate();
            anchorExpiryDate = expiryDate;
            periodsSinceAnchor = 0;
        }
        if (newSource != null) {
            source = newSource;
        }
        if (newBank != null) {
            bank = newBank;
        }
        updatedAt = now;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Product getProduct() {
        return product;
    }

    public String getDescription() {
        return description;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public DeadlineStatus getStatus() {
        return status;
    }

    public DeadlineSource getSource() {
        return source;
    }

    public Bank getBank() {
        return bank;
    }

    public Deadline getPrevious() {
        return previous;
    }

    public Deadline getNext() {
        return next;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
