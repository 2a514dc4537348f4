package it.semaforo.credit;

import java.util.List;
import java.util.function.Predicate;

/** The counts of a Go Check run's items: progress while it runs, the shares by category at the end. */
public record MassCheckSummary(int total, int done, int found, int notFound, int protests, int procedures,
                               int foreclosures, int poorRating, int flagged) {

    static MassCheckSummary of(List<MassCheckItem> items) {
        List<MassCheckItem> found = items.stream().filter(i -> i.getStatus() == MassCheckItem.Status.DONE).toList();
        return new MassCheckSummary(items.size(), (int) items.stream().filter(i -> !i.isPending()).count(),
                found.size(), (int) items.stream().filter(i -> i.getStatus() == MassCheckItem.Status.NOT_FOUND).count(),
                count(found, MassCheckItem::isProtests), count(found, MassCheckItem::isProcedures),
                count(found, MassCheckItem::isForeclosures), count(found, MassCheckItem::isPoorRating),
                count(found, MassCheckItem::isFlagged));
    }

    private static int count(List<MassCheckItem> items, Predicate<MassCheckItem> test) {
        return (int) items.stream().filter(test).count();
    }
}
