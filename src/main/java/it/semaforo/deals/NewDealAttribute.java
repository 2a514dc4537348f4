package it.semaforo.deals;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new deal attribute: a code (lower case, digits, underscore), its labels, its type and, for CHOICE, the choices. */
public record NewDealAttribute(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,39}", message = "{semaforo.attribute.code}") String code,
        @NotBlank @Size(max = 100) String labelIt,
        @NotBlank @Size(max = 100) String labelEn,
        @NotNull DealAttributeType type,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> choices,
        boolean required,
        Boolean active) {
}
