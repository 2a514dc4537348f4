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

    /**
     * Validates the domain request; a property path is reported on the first of its nodes that is a form field, so
     * {@code a[0]} lands on {@code a} and a form may flatten a nested record ({@code filter.provinces[0]} on
     * {@code provinces}); a path naming no form field is an error of the whole form.
     */
    <T> void validate(T request, BindingResult binding) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        for (ConstraintViolation<T> violation : violations) {
            String field = formField(binding, violation.getPropertyPath().toString());
            if (field == null) {
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

    /** A domain refusal on its field (found as in {@link #validate}), or on the whole form when none is of it. */
    void reject(LocalizedException refusal, BindingResult binding) {
        String field = refusal.field() == null ? null : formField(binding, refusal.field());
        if (field != null) {
            binding.rejectValue(field, refusal.messageCode(), refusal.arguments(), null);
        } else {
            binding.reject(refusal.messageCode(), refusal.arguments(), null);
        }
    }

    /** The first node of the property path that is a form field ({@code filter.provinces[0]} → provinces), or null. */
    private static String formField(BindingResult binding, String path) {
        for (String node : path.split("\\.")) {
            int index = node.indexOf('[');
            String name = index >= 0 ? node.substring(0, index) : node;
            if (isFormField(binding, name)) {
                return name;
            }
        }
        return null;
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
