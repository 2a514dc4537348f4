package it.semaforo.deals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.customers.Customer;
import it.semaforo.customers.Customers;
import it.semaforo.platform.errors.InvalidInputException;

/**
 * Costs and profitability over a period. Every activity counts with the cost it was recorded with, in the period its
 * {@code occurredAt} falls in; a deal counts as won in the period its {@code closedAt} falls in. Each activity and
 * each won deal falls under exactly one key of a breakdown (see {@link ProfitabilityDimension}), so rows add up to
 * the total and the total cost is the cost of the activities of the period. Optionally one campaign only.
 */
@Service
@Transactional(readOnly = true)
public class DealAnalytics {

    /** The key of activities and deals without a value for the dimension (no sector, no campaign, …). */
    public static final String NONE = "—";

    private final ActivityRepository activities;
    private final DealRepository deals;
    private final CampaignRepository campaigns;
    private final Customers customers;
    private final Clock clock;

    DealAnalytics(ActivityRepository activities, DealRepository deals, CampaignRepository campaigns,
                  Customers customers, Clock clock) {
        this.activities = activities;
        this.deals = deals;
        this.campaigns = campaigns;
        this.customers = customers;
        this.clock = clock;
    }

    /** The period asked for, this month by default; a start after the end is refused (400 on {@code from}). */
    public AnalyticsPeriod period(LocalDate from, LocalDate to) {
        return AnalyticsPeriod.of(from, to, LocalDate.now(clock));
    }

    public CostReport costs(AnalyticsPeriod period, Long campaignId, List<CostDimension> groupBy) {
        checkCampaign(campaignId);
        ZoneId zone = clock.getZone();
        Map<List<String>, CostReport.Totals> groups = new TreeMap<>(Comparator.<List<String>, String>comparing(
                keys -> String.join("\u0000", keys)));
        CostReport.Totals total = CostReport.Totals.NONE;
        for (Activity activity : activitiesOf(period, campaignId)) {
            List<String> keys = groupBy.stream().map(dimension -> costKey(dimension, activity, zone)).toList();
            groups.merge(keys, CostReport.Totals.NONE.plus(activity), CostReport.Totals::plus);
            total = total.plus(activity);
        }
        List<CostReport.Row> rows = groups.entrySet().stream().map(group -> {
            Map<String, String> keys = new LinkedHashMap<>();
            for (int i = 0; i < groupBy.size(); i++) {
                keys.put(groupBy.get(i).key(), group.getKey().get(i));
            }
            return new CostReport.Row(keys, group.getValue());
        }).toList();
        return new CostReport(period, campaignId, groupBy, rows, total);
    }

    public ProfitabilityReport profitability(AnalyticsPeriod period, ProfitabilityDimension by, Long campaignId) {
        Facts facts = facts(period, campaignId, by);
        Map<String, ProfitabilityReport.Figures> byKey = new TreeMap<>();
        for (Deal deal : facts.won) {
            byKey.merge(facts.key(deal), ProfitabilityReport.Figures.NONE.won(wonValue(deal)),
                    ProfitabilityReport.Figures::plus);
        }
        for (Activity activity : facts.activities) {
            byKey.merge(facts.key(activity), ProfitabilityReport.Figures.NONE.spent(activity.getCost()),
                    ProfitabilityReport.Figures::plus);
        }
        List<ProfitabilityReport.Row> rows = byKey.entrySet().stream()
                .map(entry -> new ProfitabilityReport.Row(entry.getKey(), facts.label(entry.getKey()),
                        entry.getValue()))
                .toList();
        ProfitabilityReport.Figures total = rows.stream().map(ProfitabilityReport.Row::figures)
                .reduce(ProfitabilityReport.Figures.NONE, ProfitabilityReport.Figures::plus);
        return new ProfitabilityReport(period, by, campaignId, rows, total);
    }

    /**
     * The deals behind the profitability rows, of one key or (key {@code null}) of all, by key and deal id; the
     * activities without a deal close each key.
     */
    public DealProfitability deals(AnalyticsPeriod period, ProfitabilityDimension by, Long campaignId, String key) {
        Facts facts = facts(period, campaignId, by);
        Map<LineId, LineBuilder> lines = new TreeMap<>();
        for (Deal deal : facts.won) {
            String dealKey = facts.key(deal);
            if (key == null || key.equals(dealKey)) {
                lines.computeIfAbsent(new LineId(dealKey, deal.getId()), id -> new LineBuilder()).won(wonValue(deal));
            }
        }
        for (Activity activity : facts.activities) {
            String activityKey = facts.key(activity);
            if (key == null || key.equals(activityKey)) {
                lines.computeIfAbsent(new LineId(activityKey, activity.getDealId()), id -> new LineBuilder())
                        .spent(activity.getCost());
            }
        }
        ZoneId zone = clock.getZone();
        List<DealProfitability.Line> result = lines.entrySet().stream()
                .map(line -> line.getValue().build(line.getKey(), facts, zone))
                .toList();
        ProfitabilityReport.Figures total = ProfitabilityReport.Figures.NONE;
        for (LineBuilder line : lines.values()) {
            total = total.plus(ProfitabilityReport.Figures.of(line.won ? 1 : 0, line.wonValue, line.cost));
        }
        return new DealProfitability(period, by, campaignId, result, total);
    }

    /** What one deal's activities cost, newest first (all of them, whatever the period). */
    public List<Activity> costsOfDeal(long dealId) {
        return activities.findByDealIdOrderByOccurredAtDescIdDesc(dealId);
    }

    private List<Activity> activitiesOf(AnalyticsPeriod period, Long campaignId) {
        Instant from = period.start(clock.getZone());
        Instant to = period.end(clock.getZone());
        return campaignId == null ? activities.findByOccurredAtGreaterThanEqualAndOccurredAtLessThan(from, to)
                : activities.findByCampaignIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThan(campaignId, from, to);
    }

    private List<Deal> wonIn(AnalyticsPeriod period, Long campaignId) {
        Instant from = period.start(clock.getZone());
        Instant to = period.end(clock.getZone());
        return campaignId == null
                ? deals.findByStatusAndClosedAtGreaterThanEqualAndClosedAtLessThan(DealStatus.WON, from, to)
                : deals.findByCampaignIdAndStatusAndClosedAtGreaterThanEqualAndClosedAtLessThan(campaignId,
                        DealStatus.WON, from, to);
    }

    private static String costKey(CostDimension dimension, Activity activity, ZoneId zone) {
        return switch (dimension) {
            case ROLE -> activity.getRole();
            case ACTIVITY_TYPE -> activity.getType().name();
            case CAMPAIGN -> activity.getCampaignId() == null ? NONE : activity.getCampaignId().toString();
            case DAY, WEEK, MONTH -> dimension.bucketOf(activity.getOccurredAt().atZone(zone).toLocalDate())
                    .toString();
        };
    }

    private static BigDecimal wonValue(Deal deal) {
        return deal.getWonValue() == null ? BigDecimal.ZERO.setScale(2) : deal.getWonValue();
    }

    private void checkCampaign(Long campaignId) {
        if (campaignId != null && !campaigns.existsById(campaignId)) {
            throw new InvalidInputException("campaignId", "semaforo.reference.missing");
        }
    }

    private Facts facts(AnalyticsPeriod period, Long campaignId, ProfitabilityDimension by) {
        checkCampaign(campaignId);
        List<Activity> done = activitiesOf(period, campaignId);
        List<Deal> won = wonIn(period, campaignId);
        Set<Long> dealIds = new HashSet<>();
        won.forEach(deal -> dealIds.add(deal.getId()));
        done.stream().map(Activity::getDealId).filter(Objects::nonNull).forEach(dealIds::add);
        Map<Long, Deal> dealsById = byId(deals.findAllById(dealIds), Deal::getId);
        Set<Long> customerIds = new HashSet<>();
        done.forEach(activity -> customerIds.add(activity.getCustomerId()));
        dealsById.values().forEach(deal -> customerIds.add(deal.getCustomerId()));
        Set<Long> campaignIds = dealsById.values().stream().map(Deal::getCampaignId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Facts(by, done, won, dealsById, customers.byIds(customerIds),
                byId(campaigns.findAllById(campaignIds), Campaign::getId),
                by == ProfitabilityDimension.ACTIVITY_TYPE ? lastTouches(won) : Map.of());
    }

    /** The type of each won deal's last activity up to its closing (the latest recorded among equal times). */
    private Map<Long, ActivityType> lastTouches(List<Deal> won) {
        if (won.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> closedAt = won.stream().collect(Collectors.toMap(Deal::getId, Deal::getClosedAt));
        Map<Long, Activity> last = new LinkedHashMap<>();
        for (Activity activity : activities.findByDealIdIn(closedAt.keySet())) {
            if (activity.getOccurredAt().isAfter(closedAt.get(activity.getDealId()))) {
                continue;
            }
            last.merge(activity.getDealId(), activity, (a, b) -> Comparator
                    .comparing(Activity::getOccurredAt).thenComparing(Activity::getId).compare(a, b) >= 0 ? a : b);
        }
        return last.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getType()));
    }

    private static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** The period's activities and won deals, with what their keys are read from. */
    private record Facts(ProfitabilityDimension by, List<Activity> activities, List<Deal> won, Map<Long, Deal> deals,
                         Map<Long, Customer> customers, Map<Long, Campaign> campaigns,
                         Map<Long, ActivityType> lastTouch) {

        String key(Activity activity) {
            return switch (by) {
                case SEGMENT -> orNone(customers.get(activity.getCustomerId()).getSector());
                case PRODUCT_TYPE -> activity.getDealId() == null ? NONE
                        : orNone(deals.get(activity.getDealId()).getProductType());
                case ACTIVITY_TYPE -> activity.getType().name();
                case CAMPAIGN -> activity.getCampaignId() == null ? NONE : activity.getCampaignId().toString();
            };
        }

        String key(Deal deal) {
            return switch (by) {
                case SEGMENT -> orNone(customers.get(deal.getCustomerId()).getSector());
                case PRODUCT_TYPE -> orNone(deal.getProductType());
                case ACTIVITY_TYPE -> lastTouch.containsKey(deal.getId()) ? lastTouch.get(deal.getId()).name() : NONE;
                case CAMPAIGN -> deal.getCampaignId() == null ? NONE : deal.getCampaignId().toString();
            };
        }

        /** What people read for a key: a campaign's name, otherwise the key itself. */
        String label(String key) {
            if (by != ProfitabilityDimension.CAMPAIGN || NONE.equals(key)) {
                return key;
            }
            Campaign campaign = campaigns.get(Long.valueOf(key));
            return campaign == null ? key : campaign.getName();
        }

        private static String orNone(String value) {
            return value == null || value.isBlank() ? NONE : value;
        }
    }

    /** A drill-down line: a key and a deal (null: the key's activities without a deal), ordered by both. */
    private record LineId(String key, Long dealId) implements Comparable<LineId> {

        @Override
        public int compareTo(LineId other) {
            return Comparator.comparing(LineId::key)
                    .thenComparing(LineId::dealId, Comparator.nullsLast(Comparator.naturalOrder()))
                    .compare(this, other);
        }
    }

    private static final class LineBuilder {
        private boolean won;
        private BigDecimal wonValue = BigDecimal.ZERO.setScale(2);
        private BigDecimal cost = BigDecimal.ZERO.setScale(2);
        private int activities;

        void won(BigDecimal value) {
            won = true;
            wonValue = wonValue.add(value);
        }

        void spent(BigDecimal amount) {
            activities++;
            cost = cost.add(amount);
        }

        DealProfitability.Line build(LineId id, Facts facts, ZoneId zone) {
            Deal deal = id.dealId() == null ? null : facts.deals().get(id.dealId());
            if (deal == null) {
                return new DealProfitability.Line(id.key(), facts.label(id.key()), null, null, null, null, null,
                        null, null, null, activities, wonValue, cost, wonValue.subtract(cost));
            }
            Customer customer = facts.customers().get(deal.getCustomerId());
            Campaign campaign = deal.getCampaignId() == null ? null : facts.campaigns().get(deal.getCampaignId());
            return new DealProfitability.Line(id.key(), facts.label(id.key()), deal.getId(), deal.getTitle(),
                    deal.getCustomerId(), customer.getName(), deal.getCampaignId(),
                    campaign == null ? null : campaign.getName(), deal.getStatus(),
                    deal.getClosedAt() == null ? null : deal.getClosedAt().atZone(zone).toLocalDate(), activities,
                    wonValue, cost, wonValue.subtract(cost));
        }
    }
}
