package it.semaforo.console;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import it.semaforo.platform.errors.LocalizedException;

/**
 * Puts the domain's own validation next to the form fields: the constraints of the request record a service takes
 * (checked with the application's validator, messages in the reader's language) and the refusals the service
 * throws. Fields already wrong in the form (a date that is not a date) keep their first error.
 */
@Component
class FormErrors {

    private final Validator validator;

    FormErrors(Validator validator) {
        this.validator = validator;
    }

    /** Validates the domain request; its property {@code a.b[0]} is reported on the form field {@code a}. */
    <T> void validate(T request, BindingResult binding) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        for (ConstraintViolation<T> violation : violations) {
            String field = field(violation.getPropertyPath().toString());
            if (!isFormField(binding, field)) {
                binding.reject("console.form.invalid", null, violation.getMessage());
                continue;
            }
            if (binding.hasFieldErrors(field)) {
                continue;
            }
            Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
            boolean required = constraint == NotNull.class || constraint == NotBlank.class;
            binding.addError(new FieldError(binding.getObjectName(), field, binding.getRawFieldValue(field), false,
                    required ? new String[] {"console.field.required"} : null, null, violation.getMessage()));
        }
    }

    /** A domain refusal on its field, or on the whole form when the field is not one of it. */
    void reject(LocalizedException refusal, BindingResult binding) {
        if (refusal.field() != null && isFormField(binding, refusal.field())) {
            binding.rejectValue(refusal.field(), refusal.messageCode(), refusal.arguments(), null);
        } else {
            binding.reject(refusal.messageCode(), refusal.arguments(), null);
        }
    }

    private static String field(String path) {
        int end = path.length();
        for (char separator : new char[] {'.', '['}) {
            int at = path.indexOf(separator);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return path.substring(0, end);
    }

    private static boolean isFormField(BindingResult binding, String field) {
        Object target = binding.getTarget();
        if (target == null) {
            return false;
        }
        try {
            binding.getFieldType(field);
            return org.springframework.beans.BeanUtils.getPropertyDescriptor(target.getClass(), field) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }
}
