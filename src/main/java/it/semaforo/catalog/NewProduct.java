package it.semaforo.catalog;

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

/** A product or service to add to the catalog. Without a reminder plan it gets the default one (60, 30, 7 days). */
public record NewProduct(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{semaforo.product.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ProductKind kind,
        @NotNull @Min(1) @Max(1200) Integer durationAmount,
        @NotNull DurationUnit durationUnit,
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal listPrice,
        @Size(max = 10) List<@NotNull @Min(0) @Max(3650) Integer> reminderOffsets) {
}
