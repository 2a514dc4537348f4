package it.semaforo.kpi;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a manager may change of a KPI: lead time, thresholds, visibility and alerts. */
public record KpiDefinitionChange(
        @Min(1) @Max(366) Integer leadTimeDays,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal yellowThreshold,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal redThreshold,
        @NotNull @Size(max = 20) List<@Pattern(regexp = "(group|user):[A-Za-z0-9._-]+",
                message = "{semaforo.kpi.principal}") String> visibleTo,
        @NotNull @Size(max = 20) List<@Pattern(regexp = "(group|user):[A-Za-z0-9._-]+",
                message = "{semaforo.kpi.principal}") String> alertRecipients,
        @NotBlank @Size(max = 64) String ownerGroup,
        boolean alertsEnabled) {
}
