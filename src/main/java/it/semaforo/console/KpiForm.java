package it.semaforo.console;

import java.math.BigDecimal;

import it.semaforo.kpi.KpiDefinition;
import it.semaforo.kpi.KpiDefinitionChange;

/** The KPI edit form as typed: lists are comma- or space-separated {@code group:<id>} / {@code user:<id>} entries. */
public class KpiForm {

    private Integer leadTimeDays;
    private BigDecimal yellowThreshold;
    private BigDecimal redThreshold;
    private String visibleTo;
    private String alertRecipients;
    private String ownerGroup;
    private boolean alertsEnabled;

    static KpiForm of(KpiDefinition definition) {
        KpiForm form = new KpiForm();
        form.leadTimeDays = definition.getLeadTimeDays();
        form.yellowThreshold = definition.getYellowThreshold();
        form.redThreshold = definition.getRedThreshold();
        form.visibleTo = FormLists.join(definition.getVisibleTo());
        form.alertRecipients = FormLists.join(definition.getAlertRecipients());
        form.ownerGroup = definition.getOwnerGroup();
        form.alertsEnabled = definition.isAlertsEnabled();
        return form;
    }

    KpiDefinitionChange toChange() {
        return new KpiDefinitionChange(leadTimeDays, yellowThreshold, redThreshold, FormLists.words(visibleTo),
                FormLists.words(alertRecipients), ownerGroup == null ? null : ownerGroup.strip(), alertsEnabled);
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(Integer leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    public BigDecimal getYellowThreshold() {
        return yellowThreshold;
    }

    public void setYellowThreshold(BigDecimal yellowThreshold) {
        this.yellowThreshold = yellowThreshold;
    }

    public BigDecimal getRedThreshold() {
        return redThreshold;
    }

    public void setRedThreshold(BigDecimal redThreshold) {
        this.redThreshold = redThreshold;
    }

    public String getVisibleTo() {
        return visibleTo;
    }

    public void setVisibleTo(String visibleTo) {
        this.visibleTo = visibleTo;
    }

    public String getAlertRecipients() {
        return alertRecipients;
    }

    public void setAlertRecipients(String alertRecipients) {
        this.alertRecipients = alertRecipients;
    }

    public String getOwnerGroup() {
        return ownerGroup;
    }

    public void setOwnerGroup(String ownerGroup) {
        this.ownerGroup = ownerGroup;
    }

    public boolean isAlertsEnabled() {
        return alertsEnabled;
    }

    public void setAlertsEnabled(boolean alertsEnabled) {
        this.alertsEnabled = alertsEnabled;
    }
}
