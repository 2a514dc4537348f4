package it.semaforo.deals;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rates that price every activity; an activity without a rate costs nothing. */
@Service
@Transactional(readOnly = true)
public class CostRates {

    private final CostRateRepository repository;

    CostRates(CostRateRepository repository) {
        this.repository = repository;
    }

    public List<CostRate> all() {
        return repository.findAll(Sort.by("role", "activityType"));
    }

    public BigDecimal costOf(String role, ActivityType type, int durationMinutes) {
        return repository.findByRoleAndActivityType(role, type)
                .map(rate -> rate.costOf(durationMinutes))
                .orElse(BigDecimal.ZERO.setScale(2));
    }
}
