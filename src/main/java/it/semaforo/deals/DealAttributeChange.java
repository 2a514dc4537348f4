package it.semaforo.deals;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * New labels, choices (CHOICE only), required and active flags of an attribute; its code and type stay. Values
 * already recorded stay as they are, even a choice no longer offered.
 */
public record DealAttributeChange(
        @NotBlank @Size(max = 100) String labelIt,
        @NotBlank @Size(max = 100) String labelEn,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> choices,
        boolean required,
        Boolean active) {
}
