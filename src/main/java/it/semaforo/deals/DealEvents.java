package it.semaforo.deals;

/** What happened to a deal, published for the process side (which starts and moves {@code deal} instances). */
public final class DealEvents {

    private DealEvents() {
    }

    /** A new deal exists: its process starts in the same transaction. */
    public record DealOpened(long dealId) {
    }
}
