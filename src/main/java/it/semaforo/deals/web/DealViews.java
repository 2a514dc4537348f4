package it.semaforo.deals.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import it.semaforo.deals.Activity;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.AttributeValue;
import it.semaforo.deals.Deal;
import it.semaforo.deals.DealAttribute;
import it.semaforo.deals.DealAttributeType;
import it.semaforo.deals.DealStatus;

/** What the deal API answers. */
final class DealViews {

    private DealViews() {
    }

    record DealView(long id, long customerId, Long campaignId, String title, DealStatus status, String phase,
                    String sellerUserId, String adminUserId, BigDecimal offerAmount, BigDecimal discountPercent,
                    String productType, BigDecimal wonValue, String lostReason, String processInstanceId,
                    Instant createdAt, Instant closedAt) {
        static DealView of(Deal d) {
            return new DealView(d.getId(), d.getCustomerId(), d.getCampaignId(), d.getTitle(), d.getStatus(),
                    d.getPhase(), d.getSellerUserId(), d.getAdminUserId(), d.getOfferAmount(), d.getDiscountPercent(),
                    d.getProductType(), d.getWonValue(), d.getLostReason(), d.getProcessInstanceId(),
                    d.getCreatedAt(), d.getClosedAt());
        }
    }

    /** A deal with what was done on it (newest first) and its attribute values. */
    record DealDetailView(DealView deal, List<ActivityView> activities, List<AttributeValueView> attributes) {
    }

    record ActivityView(long id, ActivityType type, String role, String userId, Instant occurredAt, int durationMinutes,
                        BigDecimal cost, String description) {
        static ActivityView of(Activity a) {
            return new ActivityView(a.getId(), a.getType(), a.getRole(), a.getUserId(), a.getOccurredAt(),
                    a.getDurationMinutes(), a.getCost(), a.getDescription());
        }
    }

    record AttributeValueView(String code, String label, DealAttributeType type, String value) {
        static AttributeValueView of(AttributeValue value, Locale locale) {
            return new AttributeValueView(value.attribute().getCode(), value.attribute().label(locale),
                    value.attribute().getType(), value.value());
        }
    }

    record AttributeView(String code, String label, String labelIt, String labelEn, DealAttributeType type,
                         List<String> choices, boolean required, boolean active) {
        static AttributeView of(DealAttribute a, Locale locale) {
            return new AttributeView(a.getCode(), a.label(locale), a.getLabelIt(), a.getLabelEn(), a.getType(),
                    a.getChoices(), a.isRequired(), a.isActive());
        }
    }
}
