package it.semaforo.deadlines;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A recall action to plan; without a type it is a phone call. */
public record NewRecallAction(
        @NotNull Long customerId,
        Long deadlineId,
        @NotNull LocalDate dueDate,
        RecallType type,
        @Size(max = 2000) String note) {
}
