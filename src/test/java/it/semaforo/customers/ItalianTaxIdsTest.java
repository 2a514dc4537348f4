package it.semaforo.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class ItalianTaxIdsTest {

    @ParameterizedTest(name = "{0} valid={1} ({2})")
    @CsvSource(textBlock = """
            12345678903, true,  check digit 3
            00743110157, true,  real company (leading zeros)
            01489650778, true,  real company
            99999999990, true,  all nines with check 0
            01234567897, true,  check digit 7
            12345678901, false, wrong check digit
            12345678904, false, wrong check digit
            01234567890, false, wrong check digit
            1234567890,  false, too short (10)
            123456789033, false, too long (12)
            1234567890A, false, letter as check digit
            A2345678903, false, letter inside
            12345 78903, false, space inside
            IT12345678903, false, country prefix is not accepted here
            00000000000, false, all zero
            00000001230, false, company number all zero (valid Luhn)
            """)
    void partitaIva(String value, boolean valid, String why) {
        assertThat(ItalianTaxIds.isValidPartitaIva(value)).as(why).isEqualTo(valid);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void partitaIvaNullOrEmpty(String value) {
        assertThat(ItalianTaxIds.isValidPartitaIva(value)).isFalse();
    }

    @ParameterizedTest(name = "{0} valid={1} ({2})")
    @CsvSource(textBlock = """
            RSSMRA85T10A562S, true,  Mario Rossi
            BNCGNN90A41F205C, true,  woman (day + 40)
            RSSMRA85T10A56NH, true,  omocodia on the last digit with recomputed check
            RSSMRAURTMLARSNL, true,  omocodia on every digit with recomputed check
            RSSMRA85T10A56NS, false, omocodia without recomputing the check character
            RSSMRA85T10A562A, false, wrong check character
            RSSMRA85T10A562T, false, wrong check character
            RSSMRA85Z10A562S, false, Z is not a month letter
            RSSMRA85F10A562S, false, F is not a month letter
            RSSMRA85T10A5625, false, check character is a digit
            RSSMRA85T10A562,  false, 15 characters
            RSSMRA85T10A562SX, false, 17 characters
            rssmra85t10a562s, false, lower case must be normalised first
            RSSMRA85T10A56WS, false, W is not an omocodia letter
            R1SMRA85T10A562S, false, digit in the surname
            80123456784,     true,  11-digit company codice fiscale
            02580410153,     true,  11-digit company codice fiscale with leading zero
            80123456785,     false, 11-digit company codice fiscale with wrong check digit
            00000000000,     false, 11-digit all zero
            """)
    void codiceFiscale(String value, boolean valid, String why) {
        assertThat(ItalianTaxIds.isValidCodiceFiscale(value)).as(why).isEqualTo(valid);
    }

    @Test
    void codiceFiscaleNull() {
        assertThat(ItalianTaxIds.isValidCodiceFiscale(null)).isFalse();
        assertThat(ItalianTaxIds.isValidCodiceFiscale("")).isFalse();
    }

    @Test
    void everyWrongCheckCharacterIsRejected() {
        String base = "RSSMRA85T10A562";
        for (char c = 'A'; c <= 'Z'; c++) {
            assertThat(ItalianTaxIds.isValidCodiceFiscale(base + c)).as("check %s", c).isEqualTo(c == 'S');
        }
    }

    @Test
    void everyWrongCheckDigitIsRejected() {
        String base = "1234567890";
        for (char c = '0'; c <= '9'; c++) {
            assertThat(ItalianTaxIds.isValidPartitaIva(base + c)).as("check %s", c).isEqualTo(c == '3');
        }
    }
}
