package it.semaforo.customers;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An assignment rule as managers write it. Criteria are optional (none: every customer matches); the candidates
 * are either the members of {@code targetGroup} or the {@code targetUsers}, who must belong to the role's group.
 * Provinces are siglas (MI), regions their Italian names (Lombardia); sectors are compared without regard to case.
 * Priority: smaller first (default 100); active by default.
 */
public record AssignmentRuleRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull OwnerRole role,
        @Size(max = 120) List<@NotBlank String> provinces,
        @Size(max = 20) List<@NotBlank String> regions,
        @Size(max = 40) List<@NotBlank @Size(max = 80) @Pattern(regexp = "[^;]*", message = "{semaforo.assignment.semicolon}") String> sectors,
        @PositiveOrZero Integer employeesMin,
        @PositiveOrZero Integer employeesMax,
        @Size(max = 64) String targetGroup,
        @Size(max = 50) List<@NotBlank @Size(max = 64) @Pattern(regexp = "[^;]*", message = "{semaforo.assignment.semicolon}") String> targetUsers,
        @NotNull AssignmentStrategy strategy,
        @PositiveOrZero @Max(1_000_000) Integer priority,
        Boolean active) {
}
