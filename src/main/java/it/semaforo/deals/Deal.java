package it.semaforo.deals;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;

/** A trattativa with one customer or prospect, driven through its phases by a {@code deal} process. */
@Entity
public class Deal {

    /** The phase of a deal whose process has not reached its first task yet. */
    static final String NEW_PHASE = "NEW";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long customerId;

    private Long campaignId;

    private String title;

    @Enumerated(EnumType.STRING)
    private DealStatus status;

    /** Id of the process's current user task, so a phase renamed or added in Modeler needs no code change. */
    private String phase;

    private String sellerUserId;

    private String adminUserId;

    private BigDecimal offerAmount;

    private BigDecimal discountPercent;

    private String productType;

    private BigDecimal wonValue;

    private String lostReason;

    private String processInstanceId;

    private Instant createdAt;

    private Instant closedAt;

    @Version
    private long version;

    protected Deal() {
    }

    Deal(long customerId, Long campaignId, String title, String sellerUserId, String adminUserId, Instant createdAt) {
        this.customerId = customerId;
        this.campaignId = campaignId;
        this.title = title;
        this.sellerUserId = sellerUserId;
        this.adminUserId = adminUserId;
        this.createdAt = createdAt;
        this.status = DealStatus.OPEN;
        this.phase = NEW_PHASE;
    }

    /**
     * Managers and administration see every deal, the call center works every deal it qualifies, and a seller sees
     * the deals they own.
     */
    public boolean isVisibleTo(Viewer viewer) {
        return seesEveryDeal(viewer) || viewer.userId().equals(sellerUserId);
    }

    /** Who may change the deal's data (its attributes): its seller and the managers. */
    public boolean isWorkableBy(Viewer viewer) {
        return viewer.isMemberOf(Groups.MANAGERS) || viewer.userId().equals(sellerUserId);
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void enterPhase(String phase) {
        this.phase = phase;
    }

    void assignSeller(String sellerUserId) {
        this.sellerUserId = sellerUserId;
    }

    void recordOffer(BigDecimal amount, BigDecimal discountPercent, String productType) {
        this.offerAmount = amount;
        this.discountPercent = discountPercent;
        this.productType = productType;
    }

    /** A closed deal's phase is its status, so lists by phase show where every deal ended. */
    void win(BigDecimal value, Instant at) {
        this.status = DealStatus.WON;
        this.phase = DealStatus.WON.name();
        this.wonValue = value;
        this.closedAt = at;
    }

    void lose(String reason, Instant at) {
        this.status = DealStatus.LOST;
        this.phase = DealStatus.LOST.name();
        this.lostReason = reason;
        this.closedAt = at;
    }

    /** Those who see every deal: everyone but sellers, who see only their own (see {@link #isVisibleTo}). */
    static boolean seesEveryDeal(Viewer viewer) {
        return viewer.seesAllCustomers() || viewer.isMemberOf(Groups.CALLCENTER);
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getTitle() {
        return title;
    }

    public DealStatus getStatus() {
        return status;
    }

    public String getPhase() {
        return phase;
    }

    public String getSellerUserId() {
        return sellerUserId;
    }

    public String getAdminUserId() {
        return adminUserId;
    }

    public BigDecimal getOfferAmount() {
        return offerAmount;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public String getProductType() {
        return productType;
    }

    public BigDecimal getWonValue() {
        return wonValue;
    }

    public String getLostReason() {
        return lostReason;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
