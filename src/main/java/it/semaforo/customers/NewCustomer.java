package it.semaforo.customers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What it takes to record a customer. Partita IVA and codice fiscale are optional, but at least one is needed,
 * and each must carry a valid check digit. A phone number is stored in E.164 form; one without a country prefix is
 * Italian.
 */
public record NewCustomer(
        @NotNull CustomerKind kind,
        @NotBlank @Size(max = 200) String name,
        @PartitaIva String vatNumber,
        @CodiceFiscale String taxCode,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "it|en", message = "{semaforo.language}") String language,
        @Size(max = 64) String ownerUserId,
        @Size(max = 30) String phone,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Za-z]{2}", message = "{semaforo.province}") String province,
        @Size(max = 40) String region,
        @Size(max = 80) String sector,
        @PositiveOrZero Integer employees) {

    /** A customer known by name, tax ids and e-mail only. */
    public NewCustomer(CustomerKind kind, String name, String vatNumber, String taxCode, String email,
                       String language, String ownerUserId) {
        this(kind, name, vatNumber, taxCode, email, language, ownerUserId, null, null, null, null, null, null);
    }

    /** The same request with another seller owner. */
    public NewCustomer withOwner(String owner) {
        return new NewCustomer(kind, name, vatNumber, taxCode, email, language, owner, phone, city, province, region,
                sector, employees);
    }
}
