package it.semaforo.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.semaforo.IntegrationTest;

/** Each rule of the deployed {@code credit-risk} table, and that the first matching rule wins. */
@IntegrationTest
class CreditRiskTableTest {

    @Autowired CreditRiskRules rules;

    @Test
    void anUnknownSubjectIsYellowWhateverElse() {
        assertThat(rules.lightFor(CreditFigures.unknown())).isEqualTo(CreditLight.YELLOW);
    }

    @Test
    void anInsolvencyProcedureIsRedEvenWithTheBestRating() {
        assertThat(rules.lightFor(figures(0, "0", 1, 0, 0, "A"))).isEqualTo(CreditLight.RED);
    }

    @Test
    void aForeclosureIsRed() {
        assertThat(rules.lightFor(figures(0, "0", 0, 0, 1, "B"))).isEqualTo(CreditLight.RED);
    }

    @Test
    void protestsOfFiveHundredEurosOrMoreAreRedSmallerOnesYellow() {
        assertThat(rules.lightFor(figures(1, "500.00", 0, 0, 0, "A"))).isEqualTo(CreditLight.RED);
        assertThat(rules.lightFor(figures(2, "499.99", 0, 0, 0, "A"))).isEqualTo(CreditLight.YELLOW);
    }

    @Test
    void ratingClassEIsRedAndDYellow() {
        assertThat(rules.lightFor(figures(0, "0", 0, 0, 0, "E"))).isEqualTo(CreditLight.RED);
        assertThat(rules.lightFor(figures(0, "0", 0, 0, 0, "D"))).isEqualTo(CreditLight.YELLOW);
    }

    @Test
    void aVoluntaryProcedureIsYellowButAForeclosureBesideItMakesItRed() {
        assertThat(rules.lightFor(figures(0, "0", 0, 1, 0, "B"))).isEqualTo(CreditLight.YELLOW);
        assertThat(rules.lightFor(figures(0, "0", 0, 1, 1, "B"))).isEqualTo(CreditLight.RED);
    }

    @Test
    void nothingNegativeWithRatingAToCOrNoneIsGreen() {
        for (String ratingClass : new String[] {"A", "B", "C", null}) {
            assertThat(rules.lightFor(figures(0, "0", 0, 0, 0, ratingClass))).as("class %s", ratingClass)
                    .isEqualTo(CreditLight.GREEN);
        }
    }

    private static CreditFigures figures(int protests, String protestAmount, int insolvencies, int voluntary,
                                         int foreclosures, String ratingClass) {
        return new CreditFigures(false, protests, new BigDecimal(protestAmount), insolvencies, voluntary,
                foreclosures, ratingClass);
    }
}
