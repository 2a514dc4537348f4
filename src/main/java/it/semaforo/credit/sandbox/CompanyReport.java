package it.semaforo.credit.sandbox;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A company's credit report as the provider answers it. The rating class and the risk wording follow from the
 * rating, so a rating change cannot leave them behind. Reports are immutable: a change makes a new one.
 */
@JsonPropertyOrder({"vatNumber", "name", "rating", "ratingClass", "riskDescription", "protests", "procedures",
    "foreclosures"})
public record CompanyReport(String vatNumber, String name, int rating, List<AmountEvent> protests,
                            List<Procedure> procedures, List<AmountEvent> foreclosures) {

    public CompanyReport {
        RatingClass.of(rating);
        protests = protests == null ? List.of() : List.copyOf(protests);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        foreclosures = foreclosures == null ? List.of() : List.copyOf(foreclosures);
    }

    @JsonProperty
    public RatingClass ratingClass() {
        return RatingClass.of(rating);
    }

    @JsonProperty
    public String riskDescription() {
        return ratingClass().riskDescription();
    }

    /** This report with the change applied: one more protest, procedure or foreclosure, or the new rating. */
    CompanyReport with(Change change) {
        AmountEvent amountEvent = new AmountEvent(change.date(), change.amount(), change.description());
        return switch (change.type()) {
            case PROTEST -> new CompanyReport(vatNumber, name, rating, plus(protests, amountEvent), procedures,
                    foreclosures);
            case FORECLOSURE -> new CompanyReport(vatNumber, name, rating, protests, procedures,
                    plus(foreclosures, amountEvent));
            case INSOLVENCY -> withProcedure(ProcedureType.INSOLVENCY, change);
            case VOLUNTARY_PROCEDURE -> withProcedure(ProcedureType.VOLUNTARY, change);
            case RATING_CHANGE -> new CompanyReport(vatNumber, name, change.rating(), protests, procedures,
                    foreclosures);
        };
    }

    private CompanyReport withProcedure(ProcedureType type, Change change) {
        return new CompanyReport(vatNumber, name, rating, protests,
                plus(procedures, new Procedure(type, change.date(), change.description())), foreclosures);
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list);
        longer.add(element);
        return longer;
    }
}
