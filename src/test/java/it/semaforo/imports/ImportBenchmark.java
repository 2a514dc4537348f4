package it.semaforo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.semaforo.Api;
import it.semaforo.bench.BenchContext;
import it.semaforo.bench.BenchResults;
import it.semaforo.customers.ItalianTaxIds;

/**
 * Benchmark, not a test: run it with {@code ./mvnw -Pbench test} (the {@code bench} profile runs {@code *Benchmark}
 * classes only; a plain build never does). It writes a CSV of 100,000 valid, varied rows ({@code -Dbench.rows=} to
 * change), imports it through {@link Imports#start} as the API does, waits for the job and prints rows per second,
 * total time and the peak heap, and records them for the run's report ({@link BenchContext}: on PostgreSQL under the
 * {@code bench} profile).
 */
@BenchContext
class ImportBenchmark {

    private static final List<String[]> PLACES = List.of(new String[] {"Milano", "MI", "Lombardia"},
            new String[] {"Roma", "RM", "Lazio"}, new String[] {"Napoli", "NA", "Campania"},
            new String[] {"Torino", "TO", "Piemonte"}, new String[] {"Bologna", "BO", "Emilia-Romagna"},
            new String[] {"Forlì", "FC", "Emilia-Romagna"}, new String[] {"Bari", "BA", "Puglia"});
    private static final List<String> SECTORS = List.of("Edilizia", "Commercio", "Manifattura", "Servizi",
            "Agricoltura", "Turismo; ristorazione");

    @Autowired
    Imports imports;

    @Test
    void importsOneHundredThousandRows() throws IOException, InterruptedException {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Path file = Files.createTempFile("semaforo-bench-", ".csv");
        write(file, rows);
        long bytes = Files.size(file);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }

        long started = System.nanoTime();
        ImportJob job = imports.start(file, "bench.csv", "Benchmark " + UUID.randomUUID(), "bench");
        while (!job.getState().finished()) {
            Thread.sleep(200);
            job = imports.job(job.getId());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        double perSecond = rows / (elapsed.toMillis() / 1000.0);
        System.out.printf("%n=== ImportBenchmark: %,d rows (%,d KB CSV) in %.1f s: %,.0f rows/s; peak heap %,d MB;"
                        + " %s; %d processors, max heap %,d MB, Java %s ===%n%n", rows, bytes / 1024,
                elapsed.toMillis() / 1000.0, perSecond, peakHeap / (1024 * 1024), job.getCounters(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"));
        BenchResults.report("6. Import", "customer rows imported per second", perSecond, "/s",
                String.format("%,d rows (%,d KB CSV) in %.1f s, chunks of 500, one worker", rows, bytes / 1024,
                        elapsed.toMillis() / 1000.0));
        BenchResults.report("6. Import", "peak heap during the import", peakHeap / (1024.0 * 1024), "MB",
                "max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        assertThat(job.getState()).isEqualTo(ImportState.DONE);
        assertThat(job.getCounters().created()).as("every generated row is new and valid").isEqualTo(rows);
    }

    /** Valid rows: partita IVA (3 in 5), codice fiscale (1 in 5) or e-mail alone; mixed phones, places, quotes. */
    private static void write(Path file, int rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Ragione sociale;Partita IVA;Codice fiscale;E-mail;Telefono;Città;Provincia;Regione;Settore;"
                    + "Dipendenti;Tipo\n");
            for (int i = 0; i < rows; i++) {
                String[] place = PLACES.get(i % PLACES.size());
                String name = i % 7 == 0 ? "\"Rossi, Bianchi & C. " + i + " Snc\"" : "Azienda " + i + " Srl";
                String vat = i % 5 >= 2 ? partitaIva(i) : "";
                String taxCode = i % 5 == 0 ? codiceFiscale(i) : "";
                String phone = i % 2 == 0 ? String.format("02 %08d", i) : String.format("+39 33%d %07d", i % 10, i);
                out.write(String.join(";", name, vat, taxCode, "info" + i + "@azienda" + i + ".example", phone,
                        place[0], place[1], place[2], "\"" + SECTORS.get(i % SECTORS.size()) + "\"",
                        String.valueOf(i % 250), i % 10 == 0 ? "Cliente" : ""));
                out.write('\n');
            }
        }
    }

    private static String partitaIva(int i) {
        String tenDigits = String.valueOf(1_000_000_000L + i);
        return tenDigits + Api.partitaIvaCheckDigit(tenDigits);
    }

    /** A distinct personal codice fiscale per row: the row number in the six letters, the check character found. */
    private static String codiceFiscale(int i) {
        char[] letters = new char[6];
        for (int k = 5, n = i; k >= 0; k--, n /= 26) {
            letters[k] = (char) ('A' + n % 26);
        }
        String start = new String(letters) + "80A01H501";
        for (char check = 'A'; check <= 'Z'; check++) {
            if (ItalianTaxIds.isValidCodiceFiscale(start + check)) {
                return start + check;
            }
        }
        throw new IllegalStateException(start);
    }
}
