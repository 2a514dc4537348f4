package it.semaforo.credit.sandbox;

/** The provider's rating classes over the 1-100 rating (higher is better), with its wording of the risk. */
public enum RatingClass {
    A(81, "Rischio molto basso"),
    B(61, "Rischio basso"),
    C(41, "Rischio medio"),
    D(21, "Rischio elevato"),
    E(1, "Rischio molto elevato");

    private final int lowestRating;
    private final String riskDescription;

    RatingClass(int lowestRating, String riskDescription) {
        this.lowestRating = lowestRating;
        this.riskDescription = riskDescription;
    }

    public static RatingClass of(int rating) {
        if (rating < 1 || rating > 100) {
            throw new IllegalArgumentException("A rating is 1-100, not " + rating);
        }
        for (RatingClass ratingClass : values()) {
            if (rating >= ratingClass.lowestRating) {
                return ratingClass;
            }
        }
        throw new AssertionError("E starts at 1");
    }

    public String riskDescription() {
        return riskDescription;
    }
}
