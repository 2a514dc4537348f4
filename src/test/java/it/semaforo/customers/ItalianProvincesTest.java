package it.semaforo.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItalianProvincesTest {

    @Test
    void siglasGiveTheirRegion() {
        assertThat(ItalianProvinces.regionOf("MI")).contains("Lombardia");
        assertThat(ItalianProvinces.regionOf("RM")).contains("Lazio");
        assertThat(ItalianProvinces.regionOf("SU")).contains("Sardegna");
        assertThat(ItalianProvinces.regionOf("AO")).contains("Valle d'Aosta");
        assertThat(ItalianProvinces.regionOf("bt")).contains("Puglia");
        assertThat(ItalianProvinces.bySigla("FC").orElseThrow().name()).isEqualTo("Forlì-Cesena");
    }

    @Test
    void everyCurrentProvinceIsKnownAndNothingElse() {
        // 107 provinces and metropolitan cities, plus the Sardinian OT, OG, VS, CI
        assertThat(ItalianProvinces.count()).isEqualTo(111);
        assertThat(ItalianProvinces.regionOf("OT")).contains("Sardegna");
        assertThat(ItalianProvinces.regionOf("XX")).isEmpty();
        assertThat(ItalianProvinces.regionOf(null)).isEmpty();
    }

    @Test
    void regionNamesAreFoundWithoutRegardToCase() {
        assertThat(ItalianProvinces.region("emilia-romagna")).contains("Emilia-Romagna");
        assertThat(ItalianProvinces.region(" LAZIO ")).contains("Lazio");
        assertThat(ItalianProvinces.region("Padania")).isEmpty();
    }
}
