package it.semaforo.deadlines.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.DeadlineStatus;

/** A deadline as the API shows it, with the days remaining as of today and the process driving it. */
record DeadlineView(long id, long customerId, String customerName, long productId, String productName,
                    String description, int quantity, BigDecimal amount, String notes, LocalDate startDate,
                    LocalDate expiryDate, Integer daysRemaining, DeadlineStatus status, Long sourceId,
                    String sourceName, Long bankId, String bankName, Long previousId, Long nextId,
                    String processInstanceId, Instant createdAt, Instant updatedAt) {

    static DeadlineView of(Deadline d, LocalDate today) {
        return new DeadlineView(d.getId(), d.getCustomer().getId(), d.getCustomer().getName(), d.getProduct().getId(),
                d.getProduct().getName(), d.getDescription(), d.getQuantity(), d.getAmount(), d.getNotes(),
                d.getStartDate(), d.getExpiryDate(), d.daysRemaining(today), d.getStatus(),
                d.getSource() == null ? null : d.getSource().getId(),
                d.getSource() == null ? null : d.getSource().getName(),
                d.getBank() == null ? null : d.getBank().getId(),
                d.getBank() == null ? null : d.getBank().getName(),
                d.getPrevious() == null ? null : d.getPrevious().getId(),
                d.getNext() == null ? null : d.getNext().getId(),
                d.getProcessInstanceId(), d.getCreatedAt(), d.getUpdatedAt());
    }
}
