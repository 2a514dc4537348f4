package it.semaforo.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CostRateTest {

    @Test
    void anHourlyRateIsChargedPerMinuteRoundedToTheCent() {
        CostRate rate = new CostRate("callcenter", ActivityType.CALL);
        rate.price(new BigDecimal("24.00"), null);

        assertThat(rate.costOf(60)).isEqualByComparingTo("24.00");
        assertThat(rate.costOf(7)).isEqualTo(new BigDecimal("2.80"));
        assertThat(rate.costOf(1)).isEqualTo(new BigDecimal("0.40"));
        assertThat(rate.costOf(0)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aFixedAmountIgnoresTheDuration() {
        CostRate rate = new CostRate("sales", ActivityType.OFFER);
        rate.price(null, new BigDecimal("15"));

        assertThat(rate.costOf(0)).isEqualTo(new BigDecimal("15.00"));
        assertThat(rate.costOf(90)).isEqualTo(new BigDecimal("15.00"));
    }

    @Test
    void halfCentsRoundUp() {
        CostRate rate = new CostRate("sales", ActivityType.MEETING);
        rate.price(new BigDecimal("0.30"), null);

        // 0.30 €/h for 5 minutes = 0.025 €
        assertThat(rate.costOf(5)).isEqualTo(new BigDecimal("0.03"));
    }
}
