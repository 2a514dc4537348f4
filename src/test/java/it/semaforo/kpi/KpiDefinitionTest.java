package it.semaforo.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.semaforo.platform.Viewer;

/** The light rule (value at or above red: RED, at or above yellow: YELLOW, else GREEN) and who sees a KPI. */
class KpiDefinitionTest {

    @ParameterizedTest(name = "yellow {0}, red {1}: {2} is {3}")
    @CsvSource({
            // below yellow
            "3, 6, 0, GREEN",
            "3, 6, 2.99, GREEN",
            // exactly on yellow: the worse colour
            "3, 6, 3, YELLOW",
            "3, 6, 3.00, YELLOW",
            // between
            "3, 6, 4.5, YELLOW",
            "3, 6, 5.99, YELLOW",
            // exactly on red: the worse colour
            "3, 6, 6, RED",
            "3, 6, 6.000, RED",
            // above
            "3, 6, 7, RED",
            "3, 6, 1000000, RED",
            // yellow == red: no yellow band at all
            "5, 5, 4.99, GREEN",
            "5, 5, 5, RED",
            "5, 5, 6, RED",
            // zero thresholds: everything is red
            "0, 0, 0, RED",
            // amounts with cents
            "5000.00, 15000.00, 4999.99, GREEN",
            "5000.00, 15000.00, 5000, YELLOW",
            "5000.00, 15000.00, 14999.99, YELLOW",
            "5000.00, 15000.00, 15000.00, RED",
    })
    void lightForFollowsTheThresholds(String yellow, String red, String value, Light expected) {
        KpiDefinition definition = definition(yellow, red, List.of("group:managers"));

        assertThat(definition.lightFor(new BigDecimal(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "visibleTo {0}: {1} in {2} sees it: {3}")
    @CsvSource(delimiter = '|', value = {
            "group:managers                      | demo  | managers,camunda-admin | true",
            "group:managers                      | sara  | sales                  | false",
            "group:managers,group:administration | anna  | administration         | true",
            "group:managers,group:administration | carlo | callcenter             | false",
            "user:sara                           | sara  | sales                  | true",
            "user:sara                           | demo  | managers               | false",
            "user:sara                           | sarah | sales                  | false",
            "group:sales                         | sara  | sales                  | true",
            "group:sale                          | sara  | sales                  | false",
            "user:anna,group:sales               | anna  | administration         | true",
            "user:anna,group:sales               | carlo | ''                     | false",
            "group:managers                      | managers | ''                  | false",
            "user:managers                       | demo  | managers               | false",
    })
    void visibilityFollowsGroupAndUserEntries(String visibleTo, String userId, String groups, boolean visible) {
        KpiDefinition definition = definition("1", "2", List.of(visibleTo.split(",")));
        Set<String> memberOf = groups.isBlank() ? Set.of() : Set.of(groups.split(","));

        assertThat(definition.isVisibleTo(new Viewer(userId, memberOf))).isEqualTo(visible);
    }

    @ParameterizedTest(name = "alertRecipients {0}: {1} in {2} gets the digest: {3}")
    @CsvSource(delimiter = '|', value = {
            "group:managers            | demo  | managers,camunda-admin | true",
            "group:managers            | anna  | administration         | false",
            "group:managers,user:anna  | anna  | administration         | true",
            "user:anna                 | annab | administration         | false",
    })
    void alertRecipientsFollowGroupAndUserEntriesLikeVisibility(String recipients, String userId, String groups,
                                                                boolean recipient) {
        KpiDefinition definition = new KpiDefinition();
        definition.change(new KpiDefinitionChange(null, BigDecimal.ONE, BigDecimal.TEN, List.of("user:nobody"),
                List.of(recipients.split(",")), "managers", true));

        assertThat(definition.isAlertRecipient(new Viewer(userId, Set.of(groups.split(","))))).isEqualTo(recipient);
        assertThat(definition.isVisibleTo(new Viewer(userId, Set.of(groups.split(","))))).as("visibility is separate")
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({"3, 3", "0, 7", "2.50, 2.51"})
    void aChangeReplacesThresholdsRecipientsAndSwitch(String yellow, String red) {
        KpiDefinition definition = definition("1", "2", List.of("group:managers"));

        definition.change(new KpiDefinitionChange(15, new BigDecimal(yellow), new BigDecimal(red),
                List.of("user:anna"), List.of("group:administration", "user:demo"), "administration", false));

        assertThat(definition.getYellowThreshold()).isEqualByComparingTo(yellow);
        assertThat(definition.getRedThreshold()).isEqualByComparingTo(red);
        assertThat(definition.getLeadTimeDays()).isEqualTo(15);
        assertThat(definition.getVisibleTo()).containsExactly("user:anna");
        assertThat(definition.getAlertRecipients()).containsExactly("group:administration", "user:demo");
        assertThat(definition.getOwnerGroup()).isEqualTo("administration");
        assertThat(definition.isAlertsEnabled()).isFalse();
        assertThat(definition.isVisibleTo(new Viewer("anna", Set.of()))).isTrue();
        assertThat(definition.isVisibleTo(new Viewer("demo", Set.of("managers")))).isFalse();
    }

    private static KpiDefinition definition(String yellow, String red, List<String> visibleTo) {
        KpiDefinition definition = new KpiDefinition();
        definition.change(new KpiDefinitionChange(30, new BigDecimal(yellow), new BigDecimal(red), visibleTo,
                List.of("group:managers"), "managers", true));
        return definition;
    }
}
