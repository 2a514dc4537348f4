package it.semaforo.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "02 1234 5678      | +390212345678",
            "+39 02 12345678   | +390212345678",
            "0039 02 12345678  | +390212345678",
            "347 123 4567      | +393471234567",
            "(+39) 347-1234567 | +393471234567",
            "+41 44 668 18 00  | +41446681800"})
    void numbersWrittenInAnyCommonFormBecomeE164(String typed, String expected) {
        assertThat(PhoneNumbers.normalise(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "123", "+39 12"})
    void somethingThatIsNotANumberIsRefused(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isEmpty();
    }
}
