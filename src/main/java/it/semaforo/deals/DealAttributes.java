package it.semaforo.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.platform.errors.ConflictException;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * Attributes managers define for deals, and their values on each deal, checked by type. Errors name the field
 * {@code attributes.<code>}.
 */
@Service
@Transactional(readOnly = true)
public class DealAttributes {

    static final int TEXT_LENGTH = 500;
    private static final int CHOICES_LENGTH = 2000;
    private static final int NUMBER_DIGITS = 30;

    private final DealAttributeRepository attributes;
    private final DealAttributeValueRepository values;
    private final Deals deals;

    DealAttributes(DealAttributeRepository attributes, DealAttributeValueRepository values, Deals deals) {
        this.attributes = attributes;
        this.values = values;
        this.deals = deals;
    }

    /** Every attribute, active or not, by code. */
    public List<DealAttribute> all() {
        return attributes.findAllByOrderByCode();
    }

    public DealAttribute get(String code) {
        return attributes.findByCode(code).orElseThrow(() -> new NotFoundException("DealAttribute", code));
    }

    @Transactional
    public DealAttribute define(NewDealAttribute request) {
        if (attributes.findByCode(request.code()).isPresent()) {
            throw new ConflictException("code", "semaforo.attribute.duplicate", request.code());
        }
        DealAttribute attribute = new DealAttribute(request.code(), request.type());
        attribute.describe(request.labelIt().strip(), request.labelEn().strip(),
                checkedChoices(request.type(), request.choices()), request.required(),
                !Boolean.FALSE.equals(request.active()));
        return attributes.save(attribute);
    }

    @Transactional
    public DealAttribute change(String code, DealAttributeChange change) {
        DealAttribute attribute = get(code);
        attribute.describe(change.labelIt().strip(), change.labelEn().strip(),
                checkedChoices(attribute.getType(), change.choices()), change.required(),
                !Boolean.FALSE.equals(change.active()));
        return attribute;
    }

    /** The deal's values, by attribute code. */
    public List<AttributeValue> valuesOf(long dealId) {
        Map<String, DealAttribute> byCode = all().stream()
                .collect(Collectors.toMap(DealAttribute::getCode, Function.identity()));
        return values.findByDealIdOrderByCode(dealId).stream()
                .map(value -> new AttributeValue(byCode.get(value.getCode()), value.getValue()))
                .toList();
    }

    /**
     * Replaces the deal's values of the active attributes with these (code → value; a missing, null or blank value
     * removes it). Values of inactive attributes stay. All are checked before any is written.
     */
    @Transactional
    public List<AttributeValue> replaceValues(long dealId, Map<String, String> newValues) {
        deals.get(dealId);
        Map<String, DealAttribute> active = all().stream().filter(DealAttribute::isActive)
                .collect(Collectors.toMap(DealAttribute::getCode, Function.identity()));
        Map<String, String> canonical = new LinkedHashMap<>();
        newValues.forEach((code, value) -> {
            DealAttribute attribute = active.get(code);
            if (attribute == null) {
                throw new InvalidInputException(field(code), "semaforo.attribute.unknown");
            }
            if (value != null && !value.isBlank()) {
                canonical.put(code, canonical(attribute, value.strip()));
            }
        });
        active.values().stream().filter(DealAttribute::isRequired).map(DealAttribute::getCode)
                .filter(code -> !canonical.containsKey(code)).sorted().findFirst()
                .ifPresent(code -> {
                    throw new InvalidInputException(field(code), "semaforo.attribute.required");
                });

        var kept = new HashSet<String>();
        for (DealAttributeValue stored : values.findByDealIdOrderByCode(dealId)) {
            if (!active.containsKey(stored.getCode())) {
                continue;
            }
            String value = canonical.get(stored.getCode());
            if (value == null) {
                values.delete(stored);
            } else {
                stored.change(value);
                kept.add(stored.getCode());
            }
        }
        canonical.forEach((code, value) -> {
            if (!kept.contains(code)) {
                values.save(new DealAttributeValue(dealId, code, value));
            }
        });
        values.flush();
        return valuesOf(dealId);
    }

    /** The value in its type's canonical form, or a 400 naming {@code attributes.<code>}. */
    private static String canonical(DealAttribute attribute, String value) {
        String field = field(attribute.getCode());
        return switch (attribute.getType()) {
            case NUMBER -> number(value, field, "semaforo.attribute.number").stripTrailingZeros().toPlainString();
            case MONEY -> {
                BigDecimal amount = number(value, field, "semaforo.attribute.money");
                if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                    throw new InvalidInputException(field, "semaforo.attribute.money");
                }
                yield amount.setScale(2).toPlainString();
            }
            case TEXT -> {
                if (value.length() > TEXT_LENGTH) {
                    throw new InvalidInputException(field, "semaforo.attribute.text", TEXT_LENGTH);
                }
                yield value;
            }
            case CHOICE -> {
                if (!attribute.getChoices().contains(value)) {
                    throw new InvalidInputException(field, "semaforo.attribute.choice",
                            String.join(", ", attribute.getChoices()));
                }
                yield value;
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(value).toString();
                } catch (DateTimeParseException notADay) {
                    throw new InvalidInputException(field, "semaforo.attribute.date");
                }
            }
        };
    }

    /** A decimal number of reasonable size (no 1e999999999, whose plain form would be a billion digits). */
    private static BigDecimal number(String value, String field, String messageCode) {
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.precision() > NUMBER_DIGITS || Math.abs(number.scale()) > NUMBER_DIGITS) {
                throw new InvalidInputException(field, messageCode);
            }
            return number;
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(field, messageCode);
        }
    }

    /** Choices of a CHOICE attribute: at least one, distinct, without the separator; none for other types. */
    private static List<String> checkedChoices(DealAttributeType type, List<String> choices) {
        List<String> stripped = choices == null ? List.of() : choices.stream().map(String::strip).toList();
        if (type != DealAttributeType.CHOICE) {
            if (!stripped.isEmpty()) {
                throw new InvalidInputException("choices", "semaforo.attribute.choicesOnlyForChoice");
            }
            return stripped;
        }
        if (stripped.isEmpty() || stripped.stream().distinct().count() != stripped.size()
                || stripped.stream().anyMatch(choice -> choice.contains(DealAttribute.CHOICE_SEPARATOR))
                || String.join(DealAttribute.CHOICE_SEPARATOR, stripped).length() > CHOICES_LENGTH) {
            throw new InvalidInputException("choices", "semaforo.attribute.choices");
        }
        return stripped;
    }

    private static String field(String code) {
        return "attributes." + code;
    }
}
