package it.semaforo.deals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.platform.Groups;
import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;

/**
 * The rates that price every activity; an activity without a rate costs nothing. An activity keeps the cost it got
 * when it was recorded: changing a rate prices the activities recorded afterwards only.
 */
@Service
@Transactional(readOnly = true)
public class CostRates {

    /** The roles whose work has a price: the groups that do activities. */
    public static final List<String> ROLES = List.of(Groups.SALES, Groups.CALLCENTER, Groups.ADMINISTRATION,
            Groups.MANAGERS);

    private final CostRateRepository repository;
    private final Clock clock;

    CostRates(CostRateRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<CostRate> all() {
        return repository.findAll(Sort.by("role", "activityType"));
    }

    public BigDecimal costOf(String role, ActivityType type, int durationMinutes) {
        return repository.findByRoleAndActivityType(role, type)
                .map(rate -> rate.costOf(durationMinutes))
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    /** Sets the rate of the request's role and activity type, creating it when there was none. */
    @Transactional
    public CostRate change(NewCostRate request, String changedBy) {
        if (!ROLES.contains(request.role())) {
            throw new InvalidInputException("role", "semaforo.costRate.role", String.join(", ", ROLES));
        }
        if (request.hourlyRate() == null && request.fixedAmount() == null) {
            throw new InvalidInputException("hourlyRate", "semaforo.costRate.oneOfTwo");
        }
        if (request.hourlyRate() != null && request.fixedAmount() != null) {
            throw new InvalidInputException("fixedAmount", "semaforo.costRate.oneOfTwo");
        }
        CostRate rate = repository.findByRoleAndActivityType(request.role(), request.activityType())
                .orElseGet(() -> new CostRate(request.role(), request.activityType()));
        rate.price(euros(request.hourlyRate()), euros(request.fixedAmount()));
        rate.changedBy(changedBy, clock.instant());
        try {
            return repository.saveAndFlush(rate);
        } catch (DataIntegrityViolationException raced) {
            // another request created the same role and type between our read and our insert
            throw new ConflictException("activityType", "semaforo.costRate.concurrent");
        }
    }

    private static BigDecimal euros(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
