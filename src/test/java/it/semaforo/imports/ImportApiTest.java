package it.semaforo.imports;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.assertProblem;
import static it.semaforo.Api.randomPartitaIva;
import static it.semaforo.imports.ImportApi.email;
import static it.semaforo.imports.ImportApi.randomCodiceFiscale;
import static it.semaforo.imports.ImportApi.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import it.semaforo.Api;
import it.semaforo.IntegrationTest;
import it.semaforo.customers.Customer;
import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.Customers;
import it.semaforo.customers.ProspectState;

/** {@code /api/imports}: files of any source in, customers and prospects merged, an exact report of what was not. */
@IntegrationTest
class ImportApiTest {

    private static final String HEADER = "Ragione sociale;Partita IVA;Codice fiscale;E-mail;Telefono;Città;Provincia;Dipendenti\n";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Customers customers;

    @Autowired
    JdbcTemplate jdbc;

    ImportApi api;

    @BeforeEach
    void setUp() {
        api = new ImportApi(rest);
    }

    private Customer byVatNumber(String vat) {
        List<Customer> found = customers.search(null, vat, PageRequest.of(0, 5)).getContent();
        assertThat(found).as("customers with partita IVA %s", vat).hasSize(1);
        return found.get(0);
    }

    private boolean exists(String vat) {
        return !customers.search(null, vat, PageRequest.of(0, 5)).isEmpty();
    }

    private long version(long customerId) {
        return jdbc.queryForObject("select version from customer where id = ?", Long.class, customerId);
    }

    private List<JsonNode> rejections(long jobId, String... headers) {
        JsonNode page = api.get("demo", "/api/imports/" + jobId + "/rejections?size=500", headers).expect(200).json();
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    /** Done when: "A CSV of prospects with some bad rows imports with an exact rejection report." */
    @Test
    void aCsvOfProspectsWithBadRowsImportsWithAnExactRejectionReport() {
        String alfa = randomPartitaIva();
        String bad = alfa.substring(0, 10) + (char) ('0' + (alfa.charAt(10) - '0' + 1) % 10);
        String gamma = randomPartitaIva();
        String taxCode = randomCodiceFiscale();
        String zetaEmail = email();
        String csv = HEADER
                + "Alfa Srl;" + alfa + ";;" + email() + ";02 1234 5678;Milano;mi;12\n"
                + "Beta Srl;" + bad + ";;;;;;\n"
                + ";" + randomPartitaIva() + ";;;;;;\n"
                + "Gamma Srl;" + gamma + ";;non-una-email;123;Roma;XX;-3\n"
                + "Delta Srl;;;;;;;\n"
                + "Epsilon Snc;;" + taxCode + ";;;;;\n"
                + "Zeta;;;" + zetaEmail + ";+39 333 123 4567;;;0\n";

        JsonNode job = api.importAndWait(csv, source());

        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("rowsRead").asInt()).isEqualTo(7);
        assertThat(job.get("accepted").asInt()).isEqualTo(3);
        assertThat(job.get("rejected").asInt()).isEqualTo(4);
        assertThat(job.get("created").asInt()).isEqualTo(3);
        assertThat(job.get("percentage").asInt()).isEqualTo(100);
        assertThat(rejections(job.get("id").asLong())).extracting(r -> r.get("line").asInt(),
                r -> r.get("field").asText(), r -> r.get("reason").asText()).containsExactly(
                tuple(3, "vatNumber", "Partita IVA non valida: servono 11 cifre con la cifra di controllo corretta."),
                tuple(4, "name", "Campo obbligatorio."),
                tuple(5, "email", "Indirizzo e-mail non valido."),
                tuple(5, "phone", "Numero di telefono non valido."),
                tuple(5, "province", "Sigla di provincia sconosciuta: XX."),
                tuple(5, "employees", "Il numero di dipendenti deve essere un numero intero maggiore o uguale a zero."),
                tuple(6, "vatNumber", "Indicare la partita IVA, il codice fiscale o l'e-mail."));
        assertThat(rejections(job.get("id").asLong(), "Accept-Language", "en")).extracting(r -> r.get("reason").asText())
                .startsWith("Invalid partita IVA: 11 digits with a correct check digit are needed.", "Required.");

        Customer stored = byVatNumber(alfa);
        assertThat(stored.getKind()).isEqualTo(CustomerKind.PROSPECT);
        assertThat(stored.getProspectState()).isEqualTo(ProspectState.IN_PROGRESS);
        assertThat(stored.getPhone()).isEqualTo("+390212345678");
        assertThat(stored.getCity()).isEqualTo("Milano");
        assertThat(stored.getProvince()).isEqualTo("MI");
        assertThat(stored.getEmployees()).isEqualTo(12);
        assertThat(exists(gamma)).as("a rejected row writes nothing").isFalse();
        assertThat(customers.search(null, taxCode, PageRequest.of(0, 1)).getContent()).singleElement()
                .extracting(Customer::getName).isEqualTo("Epsilon Snc");
        assertThat(customers.search(null, zetaEmail, PageRequest.of(0, 1)).getContent()).singleElement()
                .extracting(Customer::getPhone, Customer::getEmployees).containsExactly("+393331234567", 0);
    }

    /** The README's sample: its bad rows are the ones it says. */
    @Test
    void theSampleFileOfTheDocs() throws IOException {
        byte[] sample = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/samples/prospects.csv"));

        long jobId = api.upload("demo", sample, "prospects.csv", source(), false).expect(202).id();

        JsonNode job = api.waitFor(jobId);
        assertThat(job.get("rowsRead").asInt()).isEqualTo(8);
        assertThat(job.get("accepted").asInt()).isEqualTo(4);
        assertThat(rejections(jobId)).extracting(r -> r.get("line").asInt(), r -> r.get("field").asText())
                .containsExactly(tuple(6, "vatNumber"), tuple(7, "name"), tuple(8, "email"), tuple(8, "phone"),
                        tuple(8, "province"), tuple(8, "employees"), tuple(9, "vatNumber"));
    }

    @Test
    void theRejectionReportDownloadsAsCsv() {
        String csv = "Ragione sociale;Partita IVA\n;" + randomPartitaIva() + "\nOk Srl;" + randomPartitaIva() + "\n";
        long jobId = api.importAndWait(csv, source()).get("id").asLong();

        var italian = rest.withBasicAuth("demo", "demo").getForEntity("/api/imports/" + jobId + "/rejections.csv",
                byte[].class);
        assertThat(italian.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(new String(italian.getBody(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFRiga;Campo;Motivo\r\n2;Ragione sociale;Campo obbligatorio.\r\n");
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        String vat = randomPartitaIva();
        String taxCode = randomCodiceFiscale();
        String csv = HEADER + "Uno Srl;" + vat + ";;" + email() + ";0212345678;Torino;TO;5\n"
                + "Due;;" + taxCode + ";;;;;\n" + "Tre;nope;;;;;;\n";
        String source = source();
        JsonNode first = api.importAndWait(csv, source);
        assertThat(first.get("created").asInt()).isEqualTo(2);
        long uno = byVatNumber(vat).getId();
        long versionBefore = version(uno);

        JsonNode second = api.importAndWait(csv, source);

        assertThat(second.get("state").asText()).isEqualTo("DONE");
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(2);
        assertThat(second.get("rejected").asInt()).isEqualTo(1);
        assertThat(version(uno)).isEqualTo(versionBefore);
        assertThat(customers.search(null, taxCode, PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void aDryRunShowsEveryRowsOutcomeAndWritesNothing() {
        String fresh = randomPartitaIva();
        Customer existing = customers.create(new it.semaforo.customers.NewCustomer(CustomerKind.CUSTOMER,
                "Esistente Srl", randomPartitaIva(), null, null, "it", "sara"));
        long versionBefore = version(existing.getId());
        int jobsBefore = jdbc.queryForObject("select count(*) from import_job", Integer.class);
        String source = source();
        String csv = HEADER + "Nuova Srl;" + fresh + ";;;;Bologna;BO;\n"
                + "Nuova Srl;" + fresh + ";;;;Modena;MO;\n"
                + "Esistente Srl;" + existing.getVatNumber() + ";;;;;;\n"
                + "Esistente Srl;" + existing.getVatNumber() + ";;;0612345678;;;\n"
                + "Senza nome;;;;;;;\n";

        JsonNode run = api.upload(csv, source, true).expect(200).json();

        assertThat(run.get("dryRun").asBoolean()).isTrue();
        assertThat(run.get("mappingSaved").asBoolean()).isFalse();
        assertThat(run.get("format").asText()).isEqualTo("CSV");
        assertThat(run.get("delimiter").asText()).isEqualTo(";");
        assertThat(run.get("mapping").get("Ragione sociale").asText()).isEqualTo("name");
        assertThat(run.get("mapping").get("Città").asText()).isEqualTo("city");
        assertThat(run.get("mapping").get("Dipendenti").asText()).isEqualTo("employees");
        assertThat(run.get("rows")).extracting(r -> r.get("line").asInt(), r -> r.get("status").asText())
                .containsExactly(tuple(2, "CREATED"), tuple(3, "UPDATED"), tuple(4, "UNCHANGED"),
                        tuple(5, "UPDATED"), tuple(6, "REJECTED"));
        assertThat(run.get("rows").get(1).get("values").get("city").asText()).isEqualTo("Modena");
        assertThat(run.get("rows").get(3).get("values").get("phone").asText()).isEqualTo("+390612345678");
        assertThat(run.get("rows").get(3).get("customerId").asLong()).isEqualTo(existing.getId());
        assertThat(run.get("rows").get(4).get("errors").get(0).get("field").asText()).isEqualTo("vatNumber");
        assertThat(run.get("created").asInt()).isEqualTo(1);
        assertThat(run.get("updated").asInt()).isEqualTo(2);
        assertThat(run.get("rejected").asInt()).isEqualTo(1);

        assertThat(exists(fresh)).isFalse();
        assertThat(customers.get(existing.getId()).getPhone()).isNull();
        assertThat(version(existing.getId())).isEqualTo(versionBefore);
        assertThat(jdbc.queryForObject("select count(*) from import_job", Integer.class)).isEqualTo(jobsBefore);
        assertThat(api.get("demo", "/api/imports/sources").expect(200).json())
                .noneMatch(s -> s.get("name").asText().equals(source));
    }

    @Test
    void commaSeparatedFileWithQuotedSeparatorsAndLineBreaks() {
        String vat = randomPartitaIva();
        String csv = "name,vatNumber,city,sector\r\n"
                + "\"Rossi, Bianchi & C. Snc\"," + vat + ",\"Reggio\r\nEmilia\",\"Edilizia; impianti\"\r\n"
                + "Verdi Srl,123,Parma,\r\n";

        JsonNode job = api.importAndWait(csv, source());

        assertThat(job.get("created").asInt()).isEqualTo(1);
        Customer stored = byVatNumber(vat);
        assertThat(stored.getName()).isEqualTo("Rossi, Bianchi & C. Snc");
        assertThat(stored.getCity()).isEqualTo("Reggio\r\nEmilia");
        assertThat(stored.getSector()).isEqualTo("Edilizia; impianti");
        assertThat(rejections(job.get("id").asLong())).extracting(r -> r.get("line").asInt(),
                r -> r.get("field").asText()).containsExactly(tuple(4, "vatNumber"));
    }

    @Test
    void windows1252FileWithAccentedNames() {
        String vat = randomPartitaIva();
        byte[] latin = (HEADER + "Caffè Società Srl;" + vat + ";;;;Forlì;FC;\n").getBytes(Charset.forName("windows-1252"));

        JsonNode run = api.upload("demo", latin, "ansi.csv", source(), true).expect(200).json();
        assertThat(run.get("encoding").asText()).isEqualTo("windows-1252");
        assertThat(run.get("mapping").get("Città").asText()).isEqualTo("city");

        long jobId = api.upload("demo", latin, "ansi.csv", source(), false).expect(202).id();
        assertThat(api.waitFor(jobId).get("created").asInt()).isEqualTo(1);
        Customer stored = byVatNumber(vat);
        assertThat(stored.getName()).isEqualTo("Caffè Società Srl");
        assertThat(stored.getCity()).isEqualTo("Forlì");
    }

    @Test
    void utf8WithByteOrderMark() {
        String vat = randomPartitaIva();
        byte[] text = ("Ragione sociale;Partita IVA\nÀncora Società Srl;" + vat + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        long jobId = api.upload("demo", withBom, "bom.csv", source(), false).expect(202).id();

        JsonNode job = api.waitFor(jobId);
        assertThat(job.get("created").asInt()).as("job %s", job).isEqualTo(1);
        assertThat(byVatNumber(vat).getName()).isEqualTo("Àncora Società Srl");
    }

    @Test
    void excelWorkbookRowsAreSheetRows() throws IOException {
        String vat = randomPartitaIva();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Prospect");
            Row header = sheet.createRow(0);
            String[] titles = {"Denominazione", "P.IVA", "Tel.", "N. dipendenti", "Tipo"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("Excel Spa");
            first.createCell(1).setCellValue(vat);
            first.createCell(2).setCellValue("011 123 4567");
            first.createCell(3).setCellValue(250);
            first.createCell(4).setCellValue("Cliente");
            // row 3 of the sheet is left empty
            Row bad = sheet.createRow(3);
            bad.createCell(0).setCellValue("Senza partita Iva");
            bad.createCell(3).setCellValue(2.5);
            workbook.write(xlsx);
        }

        long jobId = api.upload("demo", xlsx.toByteArray(), "prospect.xlsx", source(), false).expect(202).id();

        JsonNode job = api.waitFor(jobId);
        assertThat(job.get("format").asText()).isEqualTo("XLSX");
        assertThat(job.get("created").asInt()).isEqualTo(1);
        Customer stored = byVatNumber(vat);
        assertThat(stored.getName()).isEqualTo("Excel Spa");
        assertThat(stored.getKind()).isEqualTo(CustomerKind.CUSTOMER);
        assertThat(stored.getPhone()).isEqualTo("+390111234567");
        assertThat(stored.getEmployees()).isEqualTo(250);
        assertThat(rejections(jobId)).extracting(r -> r.get("line").asInt(), r -> r.get("field").asText())
                .containsExactly(tuple(4, "vatNumber"), tuple(4, "employees"));
    }

    @Test
    void aBackgroundJobCountsItsWayToDone() {
        StringBuilder csv = new StringBuilder("Ragione sociale;Partita IVA;Provincia\n");
        int rows = 1_200; // three chunks of 500
        for (int i = 0; i < rows; i++) {
            csv.append("Massivo ").append(i).append(";").append(i == 700 ? "bad" : randomPartitaIva()).append(";PD\n");
        }

        Api.Response started = api.upload(csv.toString(), source(), false).expect(202);
        assertThat(started.headers().getLocation().getPath()).isEqualTo("/api/imports/" + started.id());
        assertThat(started.json().get("state").asText()).isIn("QUEUED", "RUNNING", "DONE");
        JsonNode job = api.waitFor(started.id());

        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("totalRows").asInt()).isEqualTo(rows);
        assertThat(job.get("rowsRead").asInt()).isEqualTo(rows);
        assertThat(job.get("created").asInt()).isEqualTo(rows - 1);
        assertThat(job.get("rejected").asInt()).isEqualTo(1);
        assertThat(job.get("percentage").asInt()).isEqualTo(100);
        assertThat(job.get("createdBy").asText()).isEqualTo("demo");
        assertThat(job.get("startedAt").asText()).isNotBlank();
        assertThat(job.get("finishedAt").asText()).isNotBlank();
        assertThat(rejections(started.id())).extracting(r -> r.get("line").asInt()).containsExactly(702);
        assertThat(api.get("demo", "/api/imports?size=5").expect(200).json().get("items"))
                .anyMatch(j -> j.get("id").asLong() == started.id());
    }

    @Test
    void aRowIsAppliedWholeOrNotAtAll() {
        String failing = randomPartitaIva();
        String taxCode = randomCodiceFiscale();
        Customer existing = customers.create(new it.semaforo.customers.NewCustomer(CustomerKind.CUSTOMER,
                "Originale Srl", randomPartitaIva(), taxCode, null, "it", null));
        String before = randomPartitaIva();
        String after = randomPartitaIva();
        String csv = HEADER + "Prima Srl;" + before + ";;;;;;\n"
                // written, then a module reacting to the save fails: the row is rolled back whole
                + FailingCustomerListener.FAILING_NAME + " Srl;" + failing + ";;;;Pisa;PI;\n"
                // found by codice fiscale, but another partita IVA: refused before anything changes
                + "Rinominata Srl;" + randomPartitaIva() + ";" + taxCode + ";;;;;\n"
                + "Dopo Srl;" + after + ";;;;;;\n";

        JsonNode job = api.importAndWait(csv, source());

        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("created").asInt()).isEqualTo(2);
        assertThat(job.get("rejected").asInt()).isEqualTo(2);
        assertThat(exists(before)).isTrue();
        assertThat(exists(after)).isTrue();
        assertThat(exists(failing)).isFalse();
        assertThat(customers.get(existing.getId()).getName()).isEqualTo("Originale Srl");
        List<JsonNode> reasons = rejections(job.get("id").asLong());
        assertThat(reasons).extracting(r -> r.get("line").asInt(), r -> r.path("field").asText())
                .containsExactly(tuple(3, ""), tuple(4, "vatNumber"));
        assertThat(reasons.get(0).get("reason").asText()).contains("database");
        assertThat(reasons.get(1).get("reason").asText()).contains("n. " + existing.getId());
    }

    @Test
    void onlyManagersImport() {
        String csv = "Ragione sociale;Partita IVA\nSara Srl;" + randomPartitaIva() + "\n";
        String detail = assertProblem(api.upload("sara", csv.getBytes(StandardCharsets.UTF_8), "x.csv", source(),
                false), 403, null);
        assertThat(detail).contains("managers");
        assertProblem(api.upload("sara", csv.getBytes(StandardCharsets.UTF_8), "x.csv", source(), true), 403, null);
        assertProblem(api.get("sara", "/api/imports/sources"), 403, null);
        assertProblem(api.put("sara", "/api/imports/sources/" + source(), Map.of("mapping",
                Map.of("Ragione sociale", "name"))), 403, null);
        assertProblem(api.get("sara", "/api/imports"), 403, null);
        long jobId = api.upload(csv, source(), false).expect(202).id();
        assertProblem(api.get("sara", "/api/imports/" + jobId), 403, null);
        assertProblem(api.get("sara", "/api/imports/" + jobId + "/rejections"), 403, null);
        assertProblem(api.get("anna", "/api/imports/" + jobId), 403, null);
        api.waitFor(jobId);
    }

    @Test
    void badUploadsNameTheFile() {
        assertThat(assertBadRequest(api.upload("demo", new byte[0], "empty.csv", source(), true), "file"))
                .isEqualTo("Il file è vuoto o manca.");
        assertBadRequest(api.upload("demo", null, null, source(), false), "file");
        byte[] garbage = {0x01, 0x00, 0x7F, (byte) 0x89, 0x00, 0x13, 0x37};
        assertThat(assertBadRequest(api.upload("demo", garbage, "image.png", source(), false), "file"))
                .startsWith("Formato non supportato");
        byte[] fakeZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5};
        assertBadRequest(api.upload("demo", fakeZip, "broken.xlsx", source(), true), "file");
        assertThat(assertBadRequest(api.upload("\n\n", source(), true), "file"))
                .isEqualTo("La prima riga del file deve contenere le intestazioni delle colonne.");
        assertThat(assertBadRequest(api.upload("Ragione sociale;Note\n\"Aperta;x\n", source(), true), "file"))
                .contains("riga 2");
        assertBadRequest(api.upload("Ragione sociale\nX\n", null, true), "source");
        assertThat(assertBadRequest(api.upload("Colonna;Altra\nX;Y\n", source(), false), "mapping"))
                .contains("name");
        assertThat(assertBadRequest(api.upload("demo", new byte[0], "empty.csv", source(), true,
                "Accept-Language", "en"), "file")).isEqualTo("The file is empty or missing.");
    }

    @Test
    void aSourcesMappingIsValidatedSavedAndUsed() {
        String source = source();
        String unknown = assertBadRequest(api.put("demo", "/api/imports/sources/" + source, Map.of("mapping",
                Map.of("Denominazione sociale", "name", "Colore", "colour"))), "mapping.Colore");
        assertThat(unknown).contains("\"colour\"").contains("vatNumber");
        assertThat(assertBadRequest(api.put("demo", "/api/imports/sources/" + source, Map.of("mapping",
                Map.of("P.IVA", "vatNumber"))), "mapping")).contains("name");
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("A", "name");
        twice.put("B", "name");
        assertBadRequest(api.put("demo", "/api/imports/sources/" + source, Map.of("mapping", twice)), "mapping.B");
        assertBadRequest(api.put("demo", "/api/imports/sources/" + source, "{}"), "mapping");
        assertThat(assertBadRequest(api.put("demo", "/api/imports/sources/" + source, Map.of("mapping",
                Map.of("P.IVA", "vatNumber")), "Accept-Language", "en"), "mapping"))
                .isEqualTo("A column must be mapped to the field name (company name).");

        JsonNode saved = api.put("demo", "/api/imports/sources/" + source, Map.of("mapping",
                Map.of("Denominazione sociale", "name", "Codice", "vatNumber", "Note", ""), "defaultKind", "SUPPLIER"))
                .expect(200).json();
        assertThat(saved.get("mapping").size()).isEqualTo(2);
        assertThat(saved.get("defaultKind").asText()).isEqualTo("SUPPLIER");
        assertThat(api.get("demo", "/api/imports/sources").expect(200).json())
                .anyMatch(s -> s.get("name").asText().equals(source)
                        && s.get("mapping").get("Codice").asText().equals("vatNumber"));

        String vat = randomPartitaIva();
        String csv = "DENOMINAZIONE SOCIALE;codice;Ragione sociale\nFornitore Srl;" + vat + ";ignorata\n";
        JsonNode run = api.upload(csv, source, true).expect(200).json();
        assertThat(run.get("mappingSaved").asBoolean()).isTrue();
        assertThat(run.get("rows").get(0).get("values").get("name").asText()).isEqualTo("Fornitore Srl");
        assertThat(run.get("rows").get(0).get("values").get("kind").asText()).isEqualTo("SUPPLIER");
        api.waitFor(api.upload(csv, source, false).expect(202).id());
        assertThat(byVatNumber(vat).getKind()).isEqualTo(CustomerKind.SUPPLIER);
    }
}
