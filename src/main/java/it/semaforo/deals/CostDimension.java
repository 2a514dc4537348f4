package it.semaforo.deals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import it.semaforo.platform.errors.InvalidInputException;

/**
 * What activity costs are grouped by: who did them, what they were, the campaign, and at most one period bucket.
 * A bucket is named by its first day (ISO date): the day, the Monday of the week, the first day of the month.
 */
public enum CostDimension {
    ROLE("role"), ACTIVITY_TYPE("activityType"), CAMPAIGN("campaign"), DAY("day"), WEEK("week"), MONTH("month");

    private final String key;

    CostDimension(String key) {
        this.key = key;
    }

    /** The name used in requests and in each row's keys. */
    public String key() {
        return key;
    }

    public boolean isBucket() {
        return this == DAY || this == WEEK || this == MONTH;
    }

    /** The first day of the bucket the day falls in. */
    public LocalDate bucketOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            default -> throw new IllegalStateException(this + " is not a period bucket");
        };
    }

    /** {@code role,activityType,month} as dimensions; none means by role. Unknown names or two buckets: 400. */
    public static List<CostDimension> parse(List<String> names) {
        List<CostDimension> dimensions = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name.isBlank()) {
                continue;
            }
            CostDimension dimension = Arrays.stream(values()).filter(d -> d.key.equals(name.strip())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("groupBy", "semaforo.analytics.groupBy.unknown",
                            Arrays.stream(values()).map(CostDimension::key).collect(Collectors.joining(", "))));
            if (!dimensions.contains(dimension)) {
                dimensions.add(dimension);
            }
        }
        if (dimensions.stream().filter(CostDimension::isBucket).count() > 1) {
            throw new InvalidInputException("groupBy", "semaforo.analytics.groupBy.oneBucket");
        }
        return dimensions.isEmpty() ? List.of(ROLE) : List.copyOf(dimensions);
    }
}
