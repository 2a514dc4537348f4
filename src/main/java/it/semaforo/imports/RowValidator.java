package it.semaforo.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.ItalianProvinces;
import it.semaforo.customers.NewCustomer;
import it.semaforo.customers.PhoneNumbers;
import it.semaforo.platform.errors.InvalidInputException;

/**
 * Turns a row into the {@link NewCustomer} it would record, or the reasons it cannot: the row's own formats (kind,
 * employees, phone number, province) first, then the customers module's rules — the Bean Validation of
 * {@code NewCustomer} (name required, partita IVA and codice fiscale check digits, e-mail, lengths) and the key a
 * merge needs ({@link Customers#checkMergeKey}). Each field reports its first problem; a row may have several.
 * No database access: rows are checked before any transaction.
 */
@Component
class RowValidator {

    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Map<String, CustomerKind> KINDS = Map.ofEntries(
            Map.entry("customer", CustomerKind.CUSTOMER), Map.entry("cliente", CustomerKind.CUSTOMER),
            Map.entry("prospect", CustomerKind.PROSPECT), Map.entry("potenziale", CustomerKind.PROSPECT),
            Map.entry("potenziale cliente", CustomerKind.PROSPECT), Map.entry("lead", CustomerKind.PROSPECT),
            Map.entry("supplier", CustomerKind.SUPPLIER), Map.entry("fornitore", CustomerKind.SUPPLIER));
    private static final Map<String, String> LANGUAGES = Map.of("it", "it", "ita", "it", "italiano", "it",
            "italian", "it", "en", "en", "eng", "en", "inglese", "en", "english", "en");

    /** A row checked: the request it would record when it has no problems. */
    record CheckedRow(int line, NewCustomer request, List<RowProblem> problems, Map<String, String> values) {

        boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final Validator validator;

    RowValidator(Validator validator) {
        this.validator = validator;
    }

    CheckedRow check(SourceRow row, Map<TargetField, Integer> positions, CustomerKind defaultKind) {
        Map<TargetField, String> raw = new LinkedHashMap<>();
        positions.forEach((field, position) -> {
            String value = row.cell(position);
            if (!value.isEmpty()) {
                raw.put(field, value);
            }
        });
        Problems problems = new Problems();
        CustomerKind kind = kind(raw.get(TargetField.KIND), defaultKind, problems);
        Integer employees = employees(raw.get(TargetField.EMPLOYEES), problems);
        String phone = phone(raw.get(TargetField.PHONE), problems);
        String province = province(raw.get(TargetField.PROVINCE), problems);
        String language = raw.get(TargetField.LANGUAGE) == null ? null
                : LANGUAGES.getOrDefault(raw.get(TargetField.LANGUAGE).toLowerCase(Locale.ROOT),
                        raw.get(TargetField.LANGUAGE).toLowerCase(Locale.ROOT));
        NewCustomer request = new NewCustomer(kind, raw.get(TargetField.NAME), raw.get(TargetField.VAT_NUMBER),
                raw.get(TargetField.TAX_CODE), raw.get(TargetField.EMAIL), language, null, phone,
                raw.get(TargetField.CITY), province, raw.get(TargetField.REGION), raw.get(TargetField.SECTOR),
                employees);
        for (ConstraintViolation<NewCustomer> violation : validator.validate(request)) {
            problems.add(reason(violation));
        }
        if (kind != null) {
            try {
                Customers.checkMergeKey(request);
            } catch (InvalidInputException missingKey) {
                problems.add(RowProblem.of(missingKey.field(), missingKey.messageCode(), missingKey.arguments()));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        raw.forEach((field, value) -> values.put(field.fieldName(), value));
        return new CheckedRow(row.line(), request, problems.list(), values);
    }

    private static CustomerKind kind(String value, CustomerKind defaultKind, Problems problems) {
        if (value == null) {
            return defaultKind;
        }
        String key = TargetField.headerKey(value);
        CustomerKind kind = KINDS.get(key);
        if (kind == null) {
            kind = Arrays.stream(CustomerKind.values())
                    .filter(candidate -> candidate.name().equalsIgnoreCase(key)).findFirst().orElse(null);
        }
        if (kind == null) {
            problems.add(RowProblem.of(TargetField.KIND.fieldName(), "imports.reason.kind", value));
        }
        return kind;
    }

    private static Integer employees(String value, Problems problems) {
        if (value == null) {
            return null;
        }
        String digits = value.replace(" ", "");
        if (!WHOLE_NUMBER.matcher(digits).matches()) {
            problems.add(RowProblem.of(TargetField.EMPLOYEES.fieldName(), "imports.reason.employees"));
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static String phone(String value, Problems problems) {
        if (value == null) {
            return null;
        }
        return PhoneNumbers.normalise(value).orElseGet(() -> {
            problems.add(RowProblem.of(TargetField.PHONE.fieldName(), "semaforo.phone.invalid"));
            return null;
        });
    }

    private static String province(String value, Problems problems) {
        if (value == null) {
            return null;
        }
        String sigla = value.toUpperCase(Locale.ROOT);
        if (TWO_LETTERS.matcher(sigla).matches() && ItalianProvinces.bySigla(sigla).isEmpty()) {
            problems.add(RowProblem.of(TargetField.PROVINCE.fieldName(), "imports.reason.province", sigla));
            return null;
        }
        return sigla; // anything but two letters is refused by NewCustomer's own rule
    }

    /** A Bean Validation violation as a message code of the bundles, so the report can be shown in any language. */
    private static RowProblem reason(ConstraintViolation<NewCustomer> violation) {
        String field = violation.getPropertyPath().toString();
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        String template = violation.getMessageTemplate();
        if (template.startsWith("{semaforo.")) {
            return RowProblem.of(field, template.substring(1, template.length() - 1));
        }
        if (constraint == NotBlank.class || constraint == NotNull.class) {
            return RowProblem.of(field, "imports.reason.required");
        }
        if (constraint == Size.class) {
            return RowProblem.of(field, "imports.reason.tooLong",
                    violation.getConstraintDescriptor().getAttributes().get("max"));
        }
        if (constraint == Email.class) {
            return RowProblem.of(field, "imports.reason.email");
        }
        if (constraint == PositiveOrZero.class) {
            return RowProblem.of(field, "imports.reason.employees");
        }
        return RowProblem.of(field, "imports.reason.invalid");
    }

    /** The problems of one row, the first one per field, in the order of the fields (the report is stable). */
    private static final class Problems {
        private static final Comparator<RowProblem> FIELD_ORDER = Comparator.comparingInt(problem ->
                TargetField.byFieldName(problem.field()).map(Enum::ordinal).orElse(Integer.MAX_VALUE));

        private final List<RowProblem> list = new ArrayList<>();

        void add(RowProblem problem) {
            if (list.stream().noneMatch(known -> Objects.equals(known.field(), problem.field()))) {
                list.add(problem);
            }
        }

        List<RowProblem> list() {
            return list.stream().sorted(FIELD_ORDER).toList();
        }
    }
}
