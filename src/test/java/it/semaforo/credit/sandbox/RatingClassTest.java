package it.semaforo.credit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The contract's classes: A 81-100, B 61-80, C 41-60, D 21-40, E 1-20. */
class RatingClassTest {

    @Test
    void eachClassCoversItsRangeOfRatings() {
        assertThat(RatingClass.of(100)).isEqualTo(RatingClass.A);
        assertThat(RatingClass.of(81)).isEqualTo(RatingClass.A);
        assertThat(RatingClass.of(80)).isEqualTo(RatingClass.B);
        assertThat(RatingClass.of(61)).isEqualTo(RatingClass.B);
        assertThat(RatingClass.of(60)).isEqualTo(RatingClass.C);
        assertThat(RatingClass.of(41)).isEqualTo(RatingClass.C);
        assertThat(RatingClass.of(40)).isEqualTo(RatingClass.D);
        assertThat(RatingClass.of(21)).isEqualTo(RatingClass.D);
        assertThat(RatingClass.of(20)).isEqualTo(RatingClass.E);
        assertThat(RatingClass.of(1)).isEqualTo(RatingClass.E);
    }

    @Test
    void aRatingOutsideOneToHundredIsRefused() {
        assertThatThrownBy(() -> RatingClass.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingClass.of(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
