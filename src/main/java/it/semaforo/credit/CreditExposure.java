package it.semaforo.credit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.credit.ExposureReport.AdvancePayment;
import it.semaforo.credit.ExposureReport.AdvisedReason;
import it.semaforo.credit.ExposureReport.AtRisk;
import it.semaforo.credit.ExposureReport.ClassRow;
import it.semaforo.credit.ExposureReport.Decision;
import it.semaforo.credit.ExposureReport.Figures;
import it.semaforo.credit.ExposureReport.Light;
import it.semaforo.credit.ExposureReport.RatingClass;

/**
 * Revenue by rating ({@link ExposureReport}). A customer's exposure is the amount of its ACTIVE deadlines whose
 * expiry is on or after the report's day plus the offer amounts of its OPEN deals; its class and light are those of
 * its {@code credit_status} row (none: not rated, unchecked).
 * <p>
 * One read-only SQL query over the tables of {@code customers}, {@code deadlines}, {@code deals} and the credit status,
 * summing per customer in the database: their modules offer no per-customer totals, and this module must not depend
 * on them only to read three sums.
 */
@Service
public class CreditExposure {

    private static final String EXPOSURE_PER_CUSTOMER = """
            select c.id, c.name, c.vat_number, s.light, s.rating_class, s.not_found, s.decision,
                   coalesce(d.amount, 0) as deadlines, coalesce(o.amount, 0) as deals
            from customer c
            left join (select customer_id, sum(amount) as amount from deadline
                       where status = 'ACTIVE' and expiry_date >= :asOf group by customer_id) d
                   on d.customer_id = c.id
            left join (select customer_id, sum(offer_amount) as amount from deal
                       where status = 'OPEN' and offer_amount is not null group by customer_id) o
                   on o.customer_id = c.id
            left join credit_status s on s.customer_id = c.id
            where d.customer_id is not null or o.customer_id is not null or s.customer_id is not null
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CreditExposure(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One customer's standing and exposure. */
    private record Exposed(long customerId, String name, String vatNumber, Light light, RatingClass ratingClass,
                           Decision decision, BigDecimal deadlines, BigDecimal deals) {

        BigDecimal total() {
            return deadlines.add(deals);
        }

        /**
         * Advance payment advisable: red and not yet decided, or administration decided so, or yellow with a poor
         * rating class (D, E). A red light that administration accepted or whose orders it blocked needs no advance.
         */
        AdvisedReason advisedReason() {
            if (decision == Decision.ADVANCE_PAYMENT) {
                return AdvisedReason.ADVANCE_PAYMENT_DECIDED;
            }
            if (light == Light.RED && decision == null) {
                return AdvisedReason.RED_UNDECIDED;
            }
            if (light == Light.YELLOW && ratingClass.isPoor()) {
                return AdvisedReason.YELLOW_POOR_RATING;
            }
            return null;
        }
    }

    /** The report on {@code asOf} (today when null). */
    @Transactional(readOnly = true)
    public ExposureReport report(LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<Exposed> customers = jdbc.query(EXPOSURE_PER_CUSTOMER, Map.of("asOf", day), CreditExposure::exposed);

        Map<RatingClass, Map<Light, Figures>> cells = new EnumMap<>(RatingClass.class);
        for (RatingClass ratingClass : RatingClass.values()) {
            cells.put(ratingClass, figuresPerLight());
        }
        List<AdvancePayment> advised = new ArrayList<>();
        for (Exposed customer : customers) {
            if (customer.total().signum() > 0) {
                cells.get(customer.ratingClass()).merge(customer.light(),
                        Figures.ofCustomer(customer.deadlines(), customer.deals()), Figures::plus);
            }
            AdvisedReason reason = customer.advisedReason();
            if (reason != null) {
                advised.add(new AdvancePayment(customer.customerId(), customer.name(), customer.vatNumber(),
                        customer.light(), customer.ratingClass(), customer.total(), customer.decision(), reason));
            }
        }
        advised.sort(Comparator.comparing(AdvancePayment::exposure).reversed()
                .thenComparing(AdvancePayment::name).thenComparing(AdvancePayment::customerId));

        List<ClassRow> classes = new ArrayList<>();
        Map<Light, Figures> lights = figuresPerLight();
        for (Map.Entry<RatingClass, Map<Light, Figures>> row : cells.entrySet()) {
            row.getValue().forEach((light, figures) -> lights.merge(light, figures, Figures::plus));
            classes.add(new ClassRow(row.getKey(), Collections.unmodifiableMap(row.getValue()),
                    sum(row.getValue().values())));
        }
        Figures total = sum(lights.values());
        BigDecimal red = lights.get(Light.RED).total();
        return new ExposureReport(day, List.copyOf(classes), Collections.unmodifiableMap(lights), total,
                new AtRisk(red, red.add(lights.get(Light.YELLOW).total())), List.copyOf(advised));
    }

    private static Map<Light, Figures> figuresPerLight() {
        Map<Light, Figures> figures = new EnumMap<>(Light.class);
        for (Light light : Light.values()) {
            figures.put(light, Figures.NONE);
        }
        return figures;
    }

    private static Figures sum(Iterable<Figures> figures) {
        Figures sum = Figures.NONE;
        for (Figures f : figures) {
            sum = sum.plus(f);
        }
        return sum;
    }

    private static Exposed exposed(ResultSet rs, int row) throws SQLException {
        String light = rs.getString("light");
        String decision = rs.getString("decision");
        return new Exposed(rs.getLong("id"), rs.getString("name"), rs.getString("vat_number"),
                light == null ? Light.UNCHECKED : Light.valueOf(light),
                ratingClass(light != null, rs.getBoolean("not_found"), rs.getString("rating_class")),
                decision == null ? null : Decision.valueOf(decision),
                rs.getBigDecimal("deadlines").setScale(2), rs.getBigDecimal("deals").setScale(2));
    }

    /** A class outside A–E (a provider mapping that does not normalise) counts as not rated. */
    private static RatingClass ratingClass(boolean checked, boolean notFound, String ratingClass) {
        if (checked && notFound) {
            return RatingClass.NOT_FOUND;
        }
        if (ratingClass == null || !ratingClass.matches("[A-E]")) {
            return RatingClass.NOT_RATED;
        }
        return RatingClass.valueOf(ratingClass);
    }
}
