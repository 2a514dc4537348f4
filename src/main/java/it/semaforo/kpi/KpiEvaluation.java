package it.semaforo.kpi;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One recorded evaluation of a KPI: the points of its trend, and the memory of its last light. */
@Entity
public class KpiEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kpiCode;

    private Instant evaluatedAt;

    @Column(name = "kpi_value")
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    private Light light;

    protected KpiEvaluation() {
    }

    KpiEvaluation(String kpiCode, Instant evaluatedAt, BigDecimal value, Light light) {
        this.kpiCode = kpiCode;
        this.evaluatedAt = evaluatedAt;
        this.value = value;
        this.light = light;
    }

    public String getKpiCode() {
        return kpiCode;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Light getLight() {
        return light;
    }
}
