package it.semaforo.customers;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * Phone numbers in one form (E.164, such as {@code +390212345678}) so that a number typed by an operator, read from
 * an import or sent by the phone system matches the same customer. Numbers without a country prefix are Italian.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "IT";

    private PhoneNumbers() {
    }

    /** The number in E.164 form, or empty when it is not a valid number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(raw.strip(), DEFAULT_REGION);
            return UTIL.isValidNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }
}
