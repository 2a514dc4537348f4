package it.semaforo.customers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to record a customer. Partita IVA and codice fiscale are optional, but at least one is needed,
 * and each must carry a valid check digit.
 */
public record NewCustomer(
        @NotNull CustomerKind kind,
        @NotBlank @Size(max = 200) String name,
        @PartitaIva String vatNumber,
        @CodiceFiscale String taxCode,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "it|en", message = "{semaforo.language}") String language,
        @Size(max = 64) String ownerUserId) {
}
