package it.semaforo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationTest {

    @ParameterizedTest(name = "{0} + {3} x {1} {2} = {4}")
    @CsvSource(textBlock = """
            # anchor,   amount, unit,   periods, expected
            2030-03-10, 1,  DAYS,   1, 2030-03-11
            2030-03-10, 10, DAYS,   3, 2030-04-09
            2030-12-31, 1,  DAYS,   1, 2031-01-01
            2028-02-28, 1,  DAYS,   1, 2028-02-29
            2030-03-10, 1,  WEEKS,  1, 2030-03-17
            2030-03-10, 2,  WEEKS,  3, 2030-04-21
            2030-03-10, 1,  MONTHS, 1, 2030-04-10
            2030-03-10, 1,  YEARS,  1, 2031-03-10
            2030-03-10, 2,  YEARS,  3, 2036-03-10
            2030-03-10, 1,  MONTHS, 0, 2030-03-10
            # month ends are clamped, and the anchor keeps the day of month
            2030-01-31, 1,  MONTHS, 1, 2030-02-28
            2028-01-31, 1,  MONTHS, 1, 2028-02-29
            2030-01-31, 1,  MONTHS, 2, 2030-03-31
            2030-01-31, 1,  MONTHS, 3, 2030-04-30
            2030-01-31, 1,  MONTHS, 4, 2030-05-31
            2030-01-31, 1,  MONTHS, 12, 2031-01-31
            2030-03-31, 1,  MONTHS, 1, 2030-04-30
            2030-12-31, 1,  MONTHS, 2, 2031-02-28
            2031-12-31, 1,  MONTHS, 2, 2032-02-29
            2030-12-31, 2,  MONTHS, 1, 2031-02-28
            # leap days
            2028-02-29, 1,  YEARS,  1, 2029-02-28
            2028-02-29, 1,  YEARS,  4, 2032-02-29
            2028-02-29, 4,  YEARS,  1, 2032-02-29
            2028-02-29, 12, MONTHS, 1, 2029-02-28
            # six-month periods
            2030-08-31, 6,  MONTHS, 1, 2031-02-28
            2030-08-31, 6,  MONTHS, 2, 2031-08-31
            2030-08-31, 6,  MONTHS, 3, 2032-02-29
            2030-03-15, 6,  MONTHS, 4, 2032-03-15
            """)
    void addTo(LocalDate anchor, int amount, DurationUnit unit, int periods, LocalDate expected) {
        assertThat(new Duration(amount, unit).addTo(anchor, periods)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,  MONTHS
            -1, DAYS
            -12, YEARS
            """)
    void nonPositiveAmountsAreRejected(int amount, DurationUnit unit) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Duration(amount, unit))
                .withMessageContaining("positive");
    }

    @ParameterizedTest
    @CsvSource({"1", "6"})
    void aUnitIsRequired(int amount) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Duration(amount, null))
                .withMessageContaining("unit");
    }
}
