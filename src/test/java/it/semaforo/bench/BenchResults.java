package it.semaforo.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmarks of one run measured: figures, each with its target and the baseline it is compared with, and
 * the environment they ran in. {@link BenchReport} writes them out when the run ends.
 */
public final class BenchResults {

    /**
     * One measured figure.
     *
     * @param scenario  e.g. "1. Bulk creation"
     * @param metric    e.g. "deadlines per second"
     * @param target    what the issue asks, e.g. "≥ 500" (null: reported only)
     * @param met       whether the target is met (null without a target)
     * @param baseline  the metric of the baseline to compare with (null: none)
     */
    public record Figure(String scenario, String metric, double value, String unit, String target, Boolean met,
                         String baseline, String note) {
    }

    private static final List<Figure> FIGURES = new ArrayList<>();
    private static final Map<String, String> ENVIRONMENT = new LinkedHashMap<>();

    private BenchResults() {
    }

    public static synchronized void add(Figure figure) {
        FIGURES.add(figure);
        System.out.printf("BENCH %-28s %-44s %,14.2f %s%s%n", figure.scenario(), figure.metric(), figure.value(),
                figure.unit(), figure.target() == null ? "" : "  (target " + figure.target() + ": "
                        + (Boolean.TRUE.equals(figure.met()) ? "met" : "NOT met") + ")");
    }

    /** A figure reported without a target. */
    public static void report(String scenario, String metric, double value, String unit, String note) {
        add(new Figure(scenario, metric, value, unit, null, null, null, note));
    }

    /** A figure that must be at least {@code minimum}. */
    public static void atLeast(String scenario, String metric, double value, String unit, double minimum,
                               String baseline, String note) {
        add(new Figure(scenario, metric, value, unit, "≥ " + format(minimum), value >= minimum, baseline, note));
    }

    /** A figure that must stay below {@code limit}. */
    public static void below(String scenario, String metric, double value, String unit, double limit, String note) {
        add(new Figure(scenario, metric, value, unit, "< " + format(limit), value < limit, null, note));
    }

    public static synchronized void environment(String name, String value) {
        ENVIRONMENT.put(name, value);
    }

    static synchronized List<Figure> figures() {
        return List.copyOf(FIGURES);
    }

    static synchronized Map<String, String> environment() {
        return Map.copyOf(ENVIRONMENT);
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format("%,d", (long) value)
                : String.format("%,.2f", value);
    }
}
