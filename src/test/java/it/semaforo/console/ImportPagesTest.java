package it.semaforo.console;

import static it.semaforo.Api.randomPartitaIva;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import it.semaforo.IntegrationTest;
import it.semaforo.imports.ImportSource;
import it.semaforo.imports.Imports;

/** The "Importa" pages: upload, proposed mapping and dry run, confirmation, the job's progress bar and report. */
@IntegrationTest
class ImportPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Imports imports;

    @Autowired
    JdbcTemplate jdbc;

    private static String source() {
        return "Console " + UUID.randomUUID().toString().substring(0, 8);
    }

    private ConsoleClient manager() {
        return new ConsoleClient(port).signIn("demo", "demo");
    }

    private static ConsoleClient.Page preview(ConsoleClient client, String source, String csv) {
        client.get("/imports").expect(200);
        return client.multipart("/imports/preview", Map.of("newSource", source), "file", "prospect.csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyManagersSeeTheImportPages() {
        ConsoleClient manager = manager();
        assertThat(manager.get("/").testIds("nav-imports")).hasSize(1);
        assertThat(manager.get("/imports").expect(200).testIds("upload-form")).hasSize(1);

        ConsoleClient seller = new ConsoleClient(port).signIn("sara", "sara");
        assertThat(seller.get("/").testIds("nav-imports")).isEmpty();
        seller.get("/imports").expect(403);
    }

    @Test
    void uploadPreviewConfirmAndFollowTheJob() {
        String vat = randomPartitaIva();
        String csv = "Ragione sociale;P.IVA;Prov.\nConsole Srl;" + vat + ";BS\nSenza partita Iva;;BS\n";
        ConsoleClient manager = manager();

        ConsoleClient.Page preview = preview(manager, source(), csv).expect(200);

        assertThat(preview.selectFirst("select[data-header=Ragione sociale] option[selected]").attr("value"))
                .isEqualTo("name");
        assertThat(preview.selectFirst("select[data-header=P.IVA] option[selected]").attr("value"))
                .isEqualTo("vatNumber");
        assertThat(preview.testId("count-created").text()).isEqualTo("1");
        assertThat(preview.testId("count-rejected").text()).isEqualTo("1");
        assertThat(preview.select("[data-testid=preview-row]")).extracting(row -> row.attr("data-line"),
                row -> row.attr("data-status")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2", "CREATED"), org.assertj.core.groups.Tuple.tuple("3", "REJECTED"));
        assertThat(preview.selectFirst("[data-testid=preview-rejection][data-line=3]").text())
                .contains("Partita IVA: Indicare la partita IVA, il codice fiscale o l'e-mail.");
        assertThat(preview.select("[data-testid=preview-row][data-line=2] td").eachText()).contains("Console Srl", vat,
                "BS", "Potenziale cliente");

        ConsoleClient.Page confirmed = manager.post("/imports/confirm", Map.of(), true).expect(302);
        String jobPath = confirmed.location().replaceFirst("^https?://[^/]+", "");
        assertThat(jobPath).matches("/imports/\\d+");

        ConsoleClient.Page job = manager.get(jobPath).expect(200);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!job.testId("import-job").attr("data-state").equals("DONE")) {
            assertThat(Instant.now()).as("job page %s still not done", jobPath).isBefore(deadline);
            job = manager.get(jobPath, "HX-Request", "true").expect(200);
        }
        Element progress = job.testId("job-progress");
        assertThat(progress.tagName()).isEqualTo("progress");
        assertThat(progress.attr("value")).isEqualTo("100");
        assertThat(progress.attr("max")).isEqualTo("100");
        assertThat(job.testId("import-job").hasAttr("hx-trigger")).as("a finished job is not polled").isFalse();
        assertThat(job.testId("job-created").text()).isEqualTo("1");
        assertThat(job.testId("job-rejected").text()).isEqualTo("1");
        assertThat(job.select("[data-testid=job-rejection]")).extracting(row -> row.attr("data-line"),
                row -> row.child(1).text(), row -> row.child(2).text()).containsExactly(org.assertj.core.groups.Tuple
                .tuple("3", "Partita IVA", "Indicare la partita IVA, il codice fiscale o l'e-mail."));
        String report = new String(manager.bytes(job.testId("rejections-csv").attr("href")), StandardCharsets.UTF_8);
        assertThat(report).contains("3;Partita IVA;Indicare la partita IVA");

        manager.post("/imports/confirm", Map.of(), true).expect(400);
    }

    @Test
    void aRunningJobIsPolledEverySecondWithItsProgressBar() {
        ImportSource source = imports.saveSource(source(), Map.of("Ragione sociale", "name"), null);
        jdbc.update("""
                insert into import_job (source_id, source_name, file_name, format, mapping_json, default_kind, state,
                    total_rows, rows_read, accepted_count, rejected_count, created_count, updated_count,
                    unchanged_count, created_by, created_at, started_at)
                values (?, ?, 'grande.csv', 'CSV', '{}', 'PROSPECT', 'RUNNING', 200, 50, 48, 2, 40, 5, 3, 'demo',
                    current_timestamp, current_timestamp)""", source.getId(), source.getName());
        long jobId = jdbc.queryForObject("select max(id) from import_job where file_name = 'grande.csv'", Long.class);
        try {
            ConsoleClient.Page page = manager().get("/imports/" + jobId + "?lang=en").expect(200);

            Element job = page.testId("import-job");
            assertThat(job.attr("data-state")).isEqualTo("RUNNING");
            assertThat(job.attr("hx-get")).isEqualTo("/imports/" + jobId);
            assertThat(job.attr("hx-trigger")).isEqualTo("every 1s");
            assertThat(job.attr("hx-select")).isEqualTo("#import-job");
            Element progress = page.testId("job-progress");
            assertThat(progress.attr("value")).isEqualTo("25");
            assertThat(progress.attr("max")).isEqualTo("100");
            assertThat(page.testId("job-percentage").text()).isEqualTo("25%");
            assertThat(page.testId("job-read").text()).isEqualTo("50 / 200");
            assertThat(page.testId("job-state").text()).isEqualTo("Running");
            assertThat(page.testIds("job-rejections")).as("the report comes when the job is done").isEmpty();
        } finally {
            jdbc.update("update import_job set state = 'FAILED', error_code = 'imports.job.interrupted', "
                    + "error_args = '[]' where id = ?", jobId);
        }
    }

    @Test
    void theMappingIsChangedOnThePreview() {
        String vat = randomPartitaIva();
        String source = source();
        ConsoleClient manager = manager();
        ConsoleClient.Page proposed = preview(manager, source, "Cliente;Codice\nMappata Srl;" + vat + "\n").expect(200);
        assertThat(proposed.testIds("mapping-field")).hasSize(2);
        assertThat(proposed.select("select[data-header=Codice] option[selected]")).isEmpty();

        ConsoleClient.Page refused = manager.post("/imports/mapping", Map.of("header", "Codice", "field", "vatNumber",
                "defaultKind", "PROSPECT"), true).expect(400);
        assertThat(refused.testId("mapping-error").text()).contains("name");

        ConsoleClient.Page saved = manager.post("/imports/mapping?header=Cliente&field=name",
                Map.of("header", "Codice", "field", "vatNumber", "defaultKind", "SUPPLIER"), true).expect(200);
        assertThat(saved.select("select[data-header=Codice] option[selected]").attr("value")).isEqualTo("vatNumber");
        assertThat(saved.testId("count-created").text()).isEqualTo("1");
        ImportSource stored = imports.source(source).orElseThrow();
        assertThat(stored.getMapping().byFieldName()).containsEntry("Codice", "vatNumber");
        assertThat(stored.getDefaultKind().name()).isEqualTo("SUPPLIER");
    }

    @Test
    void aBadFileIsRefusedOnTheUploadPage() {
        ConsoleClient.Page page = preview(manager(), source(), "\n\n").expect(400);
        assertThat(page.testId("upload-error").text())
                .isEqualTo("La prima riga del file deve contenere le intestazioni delle colonne.");
    }
}
