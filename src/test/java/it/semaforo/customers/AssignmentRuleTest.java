package it.semaforo.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which customers a rule matches: every criterion it gives must hold; none given matches all. */
class AssignmentRuleTest {

    private static Customer customer(String province, String region, String sector, Integer employees) {
        Customer customer = new Customer(CustomerKind.CUSTOMER, "Rossi", null, null, null, "it", null, Instant.EPOCH);
        customer.describe(null, null, province, region, sector, employees);
        return customer;
    }

    private static AssignmentRule rule(List<String> provinces, List<String> regions, List<String> sectors,
                                       Integer min, Integer max) {
        AssignmentRule rule = new AssignmentRule(Instant.EPOCH);
        rule.define("rule", OwnerRole.SELLER, provinces, regions, sectors, min, max, "sales", List.of(),
                AssignmentStrategy.ROUND_ROBIN, 1, true);
        return rule;
    }

    @Test
    void withoutCriteriaEveryCustomerMatches() {
        AssignmentRule everyone = rule(List.of(), List.of(), List.of(), null, null);
        assertThat(everyone.matches(customer(null, null, null, null))).isTrue();
        assertThat(everyone.matches(customer("MI", "Lombardia", "Edilizia", 12))).isTrue();
    }

    @Test
    void byProvince() {
        AssignmentRule north = rule(List.of("MI", "TO"), List.of(), List.of(), null, null);
        assertThat(north.matches(customer("MI", null, null, null))).isTrue();
        assertThat(north.matches(customer("RM", null, null, null))).isFalse();
        assertThat(north.matches(customer(null, null, null, null))).isFalse();
    }

    @Test
    void byRegionAlsoDerivedFromTheProvince() {
        AssignmentRule lombardy = rule(List.of(), List.of("Lombardia"), List.of(), null, null);
        assertThat(lombardy.matches(customer(null, "lombardia", null, null))).isTrue();
        assertThat(lombardy.matches(customer("BG", null, null, null))).isTrue();
        assertThat(lombardy.matches(customer("RM", null, null, null))).isFalse();
        assertThat(lombardy.matches(customer(null, null, null, null))).isFalse();
    }

    @Test
    void bySectorWithoutRegardToCase() {
        AssignmentRule building = rule(List.of(), List.of(), List.of("Edilizia", "Impianti"), null, null);
        assertThat(building.matches(customer(null, null, "EDILIZIA", null))).isTrue();
        assertThat(building.matches(customer(null, null, " impianti ", null))).isTrue();
        assertThat(building.matches(customer(null, null, "Commercio", null))).isFalse();
        assertThat(building.matches(customer(null, null, null, null))).isFalse();
    }

    @Test
    void bySizeWithBothEndsIncluded() {
        AssignmentRule small = rule(List.of(), List.of(), List.of(), 10, 49);
        assertThat(small.matches(customer(null, null, null, 10))).isTrue();
        assertThat(small.matches(customer(null, null, null, 49))).isTrue();
        assertThat(small.matches(customer(null, null, null, 9))).isFalse();
        assertThat(small.matches(customer(null, null, null, 50))).isFalse();
        assertThat(small.matches(customer(null, null, null, null))).isFalse();
        assertThat(rule(List.of(), List.of(), List.of(), 250, null).matches(customer(null, null, null, 1000)))
                .isTrue();
    }

    @Test
    void everyCriterionMustHold() {
        AssignmentRule rule = rule(List.of("MI"), List.of("Lombardia"), List.of("Edilizia"), 1, null);
        assertThat(rule.matches(customer("MI", null, "edilizia", 5))).isTrue();
        assertThat(rule.matches(customer("MI", null, "edilizia", 0))).isFalse();
        assertThat(rule.matches(customer("MI", null, "commercio", 5))).isFalse();
    }
}
