package it.semaforo.customers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A codice fiscale (personal, omocodia allowed, or a company's 11 digits) with its check character; null is valid. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CodiceFiscale.Validator.class)
public @interface CodiceFiscale {

    String message() default "{semaforo.taxCode.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CodiceFiscale, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String normalised = Customers.normaliseTaxCode(value);
            return normalised == null || ItalianTaxIds.isValidCodiceFiscale(normalised);
        }
    }
}
