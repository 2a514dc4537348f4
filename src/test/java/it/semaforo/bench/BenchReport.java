package it.semaforo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import it.semaforo.bench.BenchResults.Figure;

/**
 * Writes what a benchmark run measured when the run ends (every benchmark class registers this extension; it acts
 * once, after the last one): a table on standard output, {@code target/bench/results.json}, and the "Latest run"
 * section of {@code docs/benchmarks.md} with the figures, the machine and the date ({@code -Dbench.docs=false} leaves
 * the document alone).
 */
public final class BenchReport implements BeforeAllCallback {

    private static final Path RESULTS = Path.of("target", "bench", "results.json");
    private static final Path DOCS = Path.of("docs", "benchmarks.md");
    private static final String START = "<!-- bench:latest -->";
    private static final String END = "<!-- /bench:latest -->";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(BenchReport.class, key -> (ExtensionContext.Store.CloseableResource) this::write);
    }

    private void write() throws IOException {
        if (BenchResults.figures().isEmpty()) {
            return;
        }
        BenchResults.report("Memory", "peak RSS of the JVM (app, tests, SMTP sink)", peakRssMegabytes(), "MB",
                "-Xmx" + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(arg -> arg.startsWith("-Xmx")).findFirst().orElse("-Xmx?").substring(4));
        List<Figure> figures = BenchResults.figures();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("date", LocalDate.now(ZoneId.of("Europe/Rome")).toString());
        results.put("machine", machine());
        results.put("environment", BenchResults.environment());
        results.put("figures", figures.stream().map(f -> row(f, figures)).toList());
        Files.createDirectories(RESULTS.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(RESULTS.toFile(), results);
        String table = table(figures);
        System.out.println();
        System.out.println(table);
        System.out.println("Results: " + RESULTS.toAbsolutePath());
        if (!"false".equals(System.getProperty("bench.docs")) && Files.exists(DOCS)) {
            updateDocs(results, table);
        }
    }

    private static Map<String, Object> row(Figure figure, List<Figure> all) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("scenario", figure.scenario());
        row.put("metric", figure.metric());
        row.put("value", figure.value());
        row.put("unit", figure.unit());
        row.put("target", figure.target());
        row.put("met", figure.met());
        ratio(figure, all).ifPresent(ratio -> {
            row.put("baseline", figure.baseline());
            row.put("ratioToBaseline", ratio);
        });
        row.put("note", figure.note());
        return row;
    }

    private static Optional<Double> ratio(Figure figure, List<Figure> all) {
        return Optional.ofNullable(figure.baseline()).flatMap(name -> all.stream()
                .filter(other -> other.metric().equals(name) && other.value() != 0).findFirst())
                .map(baseline -> figure.value() / baseline.value());
    }

    private static String table(List<Figure> figures) {
        StringBuilder table = new StringBuilder("| scenario | metric | value | target | vs baseline | note |\n"
                + "|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            table.append("| ").append(f.scenario()).append(" | ").append(f.metric()).append(" | ")
                    .append(BenchResults.format(f.value())).append(' ').append(f.unit()).append(" | ")
                    .append(f.target() == null ? "" : f.target() + (Boolean.TRUE.equals(f.met()) ? " ✔" : " ✘"))
                    .append(" | ")
                    .append(ratio(f, figures).map(r -> String.format("%.2f × %s", r, f.baseline())).orElse(""))
                    .append(" | ").append(f.note() == null ? "" : f.note()).append(" |\n");
        }
        return table.toString();
    }

    private static void updateDocs(Map<String, Object> results, String table) throws IOException {
        String docs = Files.readString(DOCS);
        int start = docs.indexOf(START);
        int end = docs.indexOf(END);
        if (start < 0 || end < start) {
            return;
        }
        String section = START + "\n" + "Run on " + results.get("date") + ", " + results.get("machine") + "; "
                + BenchResults.environment().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .reduce((a, b) -> a + "; " + b).orElse("") + ".\n\n"
                + "Command: `./mvnw -Pbench test" + Optional.ofNullable(System.getProperty("bench.command"))
                        .map(args -> " " + args).orElse("") + "`\n\n" + table;
        Files.writeString(DOCS, docs.substring(0, start) + section + docs.substring(end));
    }

    private static String machine() {
        String cpu = read("/proc/cpuinfo").flatMap(text -> text.lines().filter(l -> l.startsWith("model name"))
                .findFirst()).map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        String memory = read("/proc/meminfo").flatMap(text -> text.lines().filter(l -> l.startsWith("MemTotal"))
                .findFirst()).map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB")
                .orElse("? GiB");
        return Runtime.getRuntime().availableProcessors() + " cores " + cpu + ", " + memory + ", Java "
                + System.getProperty("java.version") + ", load average "
                + String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** VmHWM of this process: the most resident memory it ever had. */
    private static double peakRssMegabytes() {
        return read("/proc/self/status").flatMap(text -> text.lines().filter(l -> l.startsWith("VmHWM")).findFirst())
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0).orElse(Double.NaN);
    }

    private static Optional<String> read(String file) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return Optional.of(String.join("\n", lines.toList()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
