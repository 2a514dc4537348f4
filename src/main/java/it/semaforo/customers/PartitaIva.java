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

/** A partita IVA with a correct check digit; spaces and an "IT" prefix are tolerated, null is valid. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartitaIva.Validator.class)
public @interface PartitaIva {

    String message() default "{semaforo.vatNumber.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PartitaIva, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String normalised = Customers.normaliseVatNumber(value);
            return normalised == null || ItalianTaxIds.isValidPartitaIva(normalised);
        }
    }
}
