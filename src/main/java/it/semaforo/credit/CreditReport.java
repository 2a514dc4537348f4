package it.semaforo.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A provider's report on one subject, in the shape of the provider contract (docs/credit-provider.md): what every
 * {@link ProviderMapping} produces and what is stored as a check's result. Rating 1-100 (higher is better), rating
 * class A (best) to E.
 */
public record CreditReport(String vatNumber, String name, Integer rating, String ratingClass, String riskDescription,
                           List<Event> protests, List<Procedure> procedures, List<Event> foreclosures) {

    public CreditReport {
        protests = protests == null ? List.of() : List.copyOf(protests);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        foreclosures = foreclosures == null ? List.of() : List.copyOf(foreclosures);
    }

    /** A protest or a foreclosure: when, how much (when the provider says), what. */
    public record Event(LocalDate date, BigDecimal amount, String description) {
    }

    public record Procedure(ProcedureType type, LocalDate date, String description) {
    }

    /** Insolvency procedures (fallimento, liquidazione giudiziale) and voluntary ones (concordato, liquidazione). */
    public enum ProcedureType {
        INSOLVENCY, VOLUNTARY
    }

    /** The figures the {@code credit-risk} table decides on. */
    public CreditFigures figures() {
        BigDecimal protestAmount = protests.stream().map(Event::amount).filter(amount -> amount != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CreditFigures(false, protests.size(), protestAmount, count(ProcedureType.INSOLVENCY),
                count(ProcedureType.VOLUNTARY), foreclosures.size(), ratingClass);
    }

    private int count(ProcedureType type) {
        return (int) procedures.stream().filter(procedure -> procedure.type() == type).count();
    }
}
