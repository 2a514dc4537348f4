package it.semaforo.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;

import it.semaforo.platform.errors.InvalidInputException;

/**
 * Report filters; every one is optional and date ranges include both ends. {@code ownerUserId} keeps only the
 * deadlines of that user's customers (the owner condition of sellers).
 */
public record DeadlineFilter(LocalDate startFrom, LocalDate startTo, LocalDate expiryFrom, LocalDate expiryTo,
                             DeadlineStatus status, Long customerId, String ownerUserId) {

    /** A range whose end is before its start is bad input on the end field. */
    public DeadlineFilter {
        if (startFrom != null && startTo != null && startTo.isBefore(startFrom)) {
            throw new InvalidInputException("startTo", "semaforo.range.inverted");
        }
        if (expiryFrom != null && expiryTo != null && expiryTo.isBefore(expiryFrom)) {
            throw new InvalidInputException("expiryTo", "semaforo.range.inverted");
        }
    }

    public DeadlineFilter(LocalDate startFrom, LocalDate startTo, LocalDate expiryFrom, LocalDate expiryTo,
                          DeadlineStatus status, Long customerId) {
        this(startFrom, startTo, expiryFrom, expiryTo, status, customerId, null);
    }

    Specification<Deadline> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (startFrom != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("startDate"), startFrom));
            }
            if (startTo != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("startDate"), startTo));
            }
            if (expiryFrom != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("expiryDate"), expiryFrom));
            }
            if (expiryTo != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("expiryDate"), expiryTo));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (customerId != null) {
                predicates.add(cb.equal(root.get("customer").get("id"), customerId));
            }
            if (ownerUserId != null) {
                predicates.add(cb.equal(root.get("customer").get("ownerUserId"), ownerUserId));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
