package it.semaforo.customers;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Italian provinces by sigla, with their region, read once from {@code customers/provinces.csv}: the 107
 * provinces and metropolitan cities, plus the Sardinian siglas OT, OG, VS and CI (provinces until 2016, brought back
 * by the 2025 Sardinian reform) so that both old and new addresses resolve. The region lets rules by region match
 * customers that were given only a province.
 */
public final class ItalianProvinces {

    /** A province: sigla (MI), name (Milano), region (Lombardia). */
    public record Province(String sigla, String name, String region) {
    }

    private static final Map<String, Province> BY_SIGLA = load();
    /** Region names by their lower-case form, for case-insensitive lookups. */
    private static final Map<String, String> REGIONS = new TreeMap<>();

    static {
        BY_SIGLA.values().forEach(p -> REGIONS.put(p.region().toLowerCase(Locale.ROOT), p.region()));
    }

    private ItalianProvinces() {
    }

    /** The province of a sigla, in any case. */
    public static Optional<Province> bySigla(String sigla) {
        return sigla == null ? Optional.empty() : Optional.ofNullable(BY_SIGLA.get(sigla.strip().toUpperCase(Locale.ROOT)));
    }

    /** The region of a sigla (MI → Lombardia). */
    public static Optional<String> regionOf(String sigla) {
        return bySigla(sigla).map(Province::region);
    }

    /** The region's name as written in the data (lombardia → Lombardia), or empty when there is no such region. */
    public static Optional<String> region(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(REGIONS.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    public static int count() {
        return BY_SIGLA.size();
    }

    private static Map<String, Province> load() {
        var resource = ItalianProvinces.class.getResourceAsStream("/customers/provinces.csv");
        if (resource == null) {
            throw new IllegalStateException("customers/provinces.csv is missing from the classpath");
        }
        Map<String, Province> provinces = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(resource, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                Province province = new Province(row.get("sigla"), row.get("name"), row.get("region"));
                provinces.put(province.sigla(), province);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(provinces);
    }
}
