package it.semaforo.kpi;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import it.semaforo.platform.Money;
import it.semaforo.platform.Viewer;

/**
 * A KPI and its traffic-light rule. Higher values are worse: a value at or above {@code redThreshold} is RED, at
 * or above {@code yellowThreshold} YELLOW, below it GREEN. A value exactly on a threshold takes the worse colour.
 */
@Entity
public class KpiDefinition {

    @Id
    private String code;

    private String nameIt;

    private String nameEn;

    @Enumerated(EnumType.STRING)
    private KpiMeasure measure;

    private Integer leadTimeDays;

    private BigDecimal yellowThreshold;

    private BigDecimal redThreshold;

    /** Who may see the KPI: comma-separated {@code group:<id>} and {@code user:<id>} entries. */
    private String visibleTo;

    /** Who gets the digest when the light worsens: {@code group:<id>} and {@code user:<id>} entries. */
    private String alertRecipients;

    /** The Camunda group that gets a task when the light worsens. */
    private String ownerGroup;

    private boolean alertsEnabled;

    @Version
    private long version;

    protected KpiDefinition() {
    }

    public Light lightFor(BigDecimal value) {
        if (value.compareTo(redThreshold) >= 0) {
            return Light.RED;
        }
        if (value.compareTo(yellowThreshold) >= 0) {
            return Light.YELLOW;
        }
        return Light.GREEN;
    }

    /** A value of this KPI as the reader's language writes it: amounts in EUR, counts as numbers. */
    public String format(BigDecimal value, Locale locale) {
        if (measure == KpiMeasure.AMOUNT) {
            return Money.format(value, locale);
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        return number.format(value);
    }

    public boolean isVisibleTo(Viewer viewer) {
        return entries(visibleTo).stream().anyMatch(entry -> matches(entry, viewer));
    }

    /** Whether that user (with their groups) is among the alert recipients, by a user or a group entry. */
    public boolean isAlertRecipient(Viewer viewer) {
        return entries(alertRecipients).stream().anyMatch(entry -> matches(entry, viewer));
    }

    void change(KpiDefinitionChange change) {
        leadTimeDays = change.leadTimeDays();
        yellowThreshold = change.yellowThreshold();
        redThreshold = change.redThreshold();
        visibleTo = String.join(",", change.visibleTo());
        alertRecipients = String.join(",", change.alertRecipients());
        ownerGroup = change.ownerGroup();
        alertsEnabled = change.alertsEnabled();
    }

    static List<String> entries(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    private static boolean matches(String entry, Viewer viewer) {
        if (entry.startsWith("group:")) {
            return viewer.isMemberOf(entry.substring("group:".length()));
        }
        return entry.startsWith("user:") && entry.substring("user:".length()).equals(viewer.userId());
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameIt;
    }

    public String getNameIt() {
        return nameIt;
    }

    public String getNameEn() {
        return nameEn;
    }

    public KpiMeasure getMeasure() {
        return measure;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public BigDecimal getYellowThreshold() {
        return yellowThreshold;
    }

    public BigDecimal getRedThreshold() {
        return redThreshold;
    }

    public List<String> getVisibleTo() {
        return entries(visibleTo);
    }

    public List<String> getAlertRecipients() {
        return entries(alertRecipients);
    }

    public String getOwnerGroup() {
        return ownerGroup;
    }

    public boolean isAlertsEnabled() {
        return alertsEnabled;
    }
}
