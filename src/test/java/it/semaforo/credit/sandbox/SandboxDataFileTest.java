package it.semaforo.credit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import it.semaforo.customers.ItalianTaxIds;

/**
 * The sandbox's data file: enough fictitious companies, each with a valid partita IVA, covering every kind of event,
 * and the demo customers among them with a realistic mix, so that a demo user's first check shows something.
 */
class SandboxDataFileTest {

    /** The partite IVA of console/DemoData's customers, prospect and supplier. */
    static final List<String> DEMO_CUSTOMERS = List.of("04829170150", "07315620588", "02193840374", "09472050484",
            "03581290214", "08124630636", "06750340017", "05901270271", "01648750980", "04295630729");

    private final Map<String, CompanyReport> companies = SandboxCompanies.readDataFile();

    @Test
    void everyCompanyHasAValidPartitaIvaAndAppearsOnce() throws IOException {
        List<String> listed = new ArrayList<>();
        try (InputStream in = new ClassPathResource(SandboxCompanies.DATA_FILE).getInputStream()) {
            new ObjectMapper().readTree(in).get("companies").forEach(company ->
                    listed.add(company.get("vatNumber").asText()));
        }

        assertThat(listed).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        assertThat(listed).allSatisfy(vatNumber ->
                assertThat(ItalianTaxIds.isValidPartitaIva(vatNumber)).as(vatNumber).isTrue());
        assertThat(companies.keySet()).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void everyKindOfEventIsRepresented() {
        Collection<CompanyReport> all = companies.values();

        assertThat(all).filteredOn(this::clean).extracting(CompanyReport::ratingClass)
                .contains(RatingClass.A, RatingClass.B, RatingClass.C);
        assertThat(all).filteredOn(report -> report.protests().size() >= 2).isNotEmpty();
        assertThat(all).filteredOn(report -> hasProcedure(report, ProcedureType.INSOLVENCY)).hasSizeGreaterThan(1);
        assertThat(all).filteredOn(report -> hasProcedure(report, ProcedureType.VOLUNTARY)).hasSizeGreaterThan(1);
        assertThat(all).filteredOn(report -> !report.foreclosures().isEmpty()).hasSizeGreaterThan(1);
        assertThat(all).filteredOn(this::clean).extracting(CompanyReport::ratingClass)
                .as("poor ratings without events").contains(RatingClass.D, RatingClass.E);
        assertThat(all).filteredOn(report -> categories(report) >= 3).as("combinations").isNotEmpty();
        assertThat(all).flatExtracting(CompanyReport::protests).extracting(AmountEvent::amount)
                .allSatisfy(amount -> assertThat(amount.scale()).isEqualTo(2));
        assertThat(all).flatExtracting(CompanyReport::protests).allSatisfy(protest -> {
            assertThat(protest.date()).isNotNull();
            assertThat(protest.description()).isNotBlank();
        });
    }

    @Test
    void theDemoCustomersAreThereMostlyCleanWithOneProtestedOneInAProcedureAndOnePoorlyRated() {
        assertThat(companies).containsKeys(DEMO_CUSTOMERS.toArray(String[]::new));
        List<CompanyReport> demo = DEMO_CUSTOMERS.stream().map(companies::get).toList();

        assertThat(demo).filteredOn(this::clean)
                .filteredOn(report -> report.ratingClass().compareTo(RatingClass.C) < 0)
                .as("clean A/B companies").hasSizeGreaterThanOrEqualTo(6);
        assertThat(companies.get("07315620588").protests()).as("Bianchi Logistica").isNotEmpty();
        assertThat(companies.get("08124630636").procedures()).as("Romano Costruzioni").isNotEmpty();
        assertThat(companies.get("09472050484").ratingClass()).as("Ferrari Arredamenti").isEqualTo(RatingClass.D);
    }

    private boolean clean(CompanyReport report) {
        return categories(report) == 0;
    }

    private static boolean hasProcedure(CompanyReport report, ProcedureType type) {
        return report.procedures().stream().anyMatch(procedure -> procedure.type() == type);
    }

    private static int categories(CompanyReport report) {
        return (report.protests().isEmpty() ? 0 : 1) + (report.procedures().isEmpty() ? 0 : 1)
                + (report.foreclosures().isEmpty() ? 0 : 1);
    }
}
