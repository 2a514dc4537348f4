package it.semaforo.deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;

import it.semaforo.platform.errors.InvalidInputException;

/**
 * Parses {@code sort=expiryDate,desc&sort=customerName} into a {@link Sort} over the columns a report may be sorted
 * by; anything else is a 400 on {@code sort}, never a 500.
 */
public final class ReportSort {

    private static final Map<String, String> COLUMNS = Map.of(
            "id", "id",
            "startDate", "startDate",
            "expiryDate", "expiryDate",
            "amount", "amount",
            "status", "status",
            "customerName", "customer.name",
            "productName", "product.name");

    private static final Sort DEFAULT = Sort.by("expiryDate", "id");

    private ReportSort() {
    }

    public static Sort parse(List<String> sort) {
        if (sort == null || sort.isEmpty()) {
            return DEFAULT;
        }
        // "sort=a,desc" arrives as ["a", "desc"] when it is the only sort parameter
        List<String> clauses = sort.size() == 2 && isDirection(sort.get(1))
                ? List.of(sort.get(0) + "," + sort.get(1)) : sort;
        List<Sort.Order> orders = new ArrayList<>();
        for (String clause : clauses) {
            String[] parts = clause.split(",");
            String column = COLUMNS.get(parts[0].strip());
            if (column == null || parts.length > 2 || (parts.length == 2 && !isDirection(parts[1]))) {
                throw new InvalidInputException("sort", "semaforo.sort.invalid", String.join(", ", COLUMNS.keySet()));
            }
            boolean descending = parts.length == 2 && parts[1].strip().equalsIgnoreCase("desc");
            orders.add(descending ? Sort.Order.desc(column) : Sort.Order.asc(column));
        }
        return Sort.by(orders).and(Sort.by("id"));
    }

    private static boolean isDirection(String value) {
        return value.strip().equalsIgnoreCase("asc") || value.strip().equalsIgnoreCase("desc");
    }
}
