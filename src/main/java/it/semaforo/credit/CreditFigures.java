package it.semaforo.credit;

import java.math.BigDecimal;

/**
 * The inputs of the {@code credit-risk} DMN table, read from a check's report (the process keeps only ids, so the
 * business rule task maps these one by one, e.g. {@code ${creditChecks.figures(checkId).protests()}}).
 */
public record CreditFigures(boolean notFound, int protests, BigDecimal protestAmount, int insolvencies,
                            int voluntaryProcedures, int foreclosures, String ratingClass) {

    /** A subject the provider does not know: no figures, kept apart by the table's first rule. */
    public static CreditFigures unknown() {
        return new CreditFigures(true, 0, BigDecimal.ZERO, 0, 0, 0, null);
    }

    /** The total protested amount as the table's {@code double} input. */
    public double protestTotal() {
        return protestAmount.doubleValue();
    }

    /** The procedures of both kinds, as credit_status counts them. */
    public int procedures() {
        return insolvencies + voluntaryProcedures;
    }
}
