package it.semaforo.deadlines.web;

import static it.semaforo.Api.assertBadRequest;
import static it.semaforo.Api.body;
import static it.semaforo.Api.randomPartitaIva;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import it.semaforo.Api;
import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;

@IntegrationTest
class ReportExportTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://x\")";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    TestRestTemplate rest;

    Api api;
    long customer;
    String vatNumber;
    long active;
    long cancelled;
    LocalDate start;
    LocalDate expiry;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        vatNumber = randomPartitaIva();
        customer = api.post("/api/customers", body("kind", "CUSTOMER", "name", HYPERLINK, "vatNumber", vatNumber))
                .expect(201).id();
        long product = api.createProduct(1, "YEARS", "99.00");
        LocalDate today = EngineTime.today();
        start = today.minusDays(3);
        expiry = today.plusDays(45);
        active = api.createDeadline(body("customerId", customer, "productId", product, "startDate", start,
                "expiryDate", expiry, "amount", new BigDecimal("1234.5"), "quantity", 2,
                "description", "Perché sì", "notes", "+1+2")).expect(201).id();
        cancelled = api.createDeadline(customer, product, today, today.plusDays(10), "7.00").get("id").asLong();
        api.cancel(cancelled).expect(200);
    }

    private ResponseEntity<byte[]> download(String path, String... headers) {
        ResponseEntity<byte[]> answer = api.getBytes(path, headers);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return answer;
    }

    private static List<CSVRecord> parseCsv(byte[] bytes, char delimiter) throws IOException {
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").isEqualTo(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
    }

    private static CSVRecord row(List<CSVRecord> records, long id) {
        return records.stream().skip(1).filter(r -> r.get(0).equals(String.valueOf(id))).findFirst()
                .orElseThrow(() -> new AssertionError("no row for deadline " + id + " in " + records));
    }

    @Test
    void italianCsvUsesSemicolonsDecimalCommaAndItalianDates() throws IOException {
        ResponseEntity<byte[]> answer = download("/api/deadlines/export.csv?customerId=" + customer);

        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                .isTrue();
        assertThat(answer.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("attachment", "scadenze.csv");
        List<CSVRecord> records = parseCsv(answer.getBody(), ';');
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).containsExactly("N.", "Cliente", "Partita IVA", "Prodotto/servizio",
                "Descrizione", "Quantità", "Importo (EUR)", "Inizio", "Scadenza", "Giorni rimanenti", "Stato",
                "Provenienza", "Banca", "Note");

        CSVRecord row = row(records, active);
        DateTimeFormatter italian = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        assertThat(row.get(1)).as("formula neutralised").isEqualTo("'" + HYPERLINK);
        assertThat(row.get(2)).isEqualTo(vatNumber);
        assertThat(row.get(4)).isEqualTo("Perché sì");
        assertThat(row.get(5)).isEqualTo("2");
        assertThat(row.get(6)).isEqualTo("1234,50");
        assertThat(row.get(7)).isEqualTo(italian.format(start));
        assertThat(row.get(8)).isEqualTo(italian.format(expiry));
        assertThat(row.get(9)).isEqualTo("45");
        assertThat(row.get(10)).isEqualTo("ACTIVE");
        assertThat(row.get(13)).as("formula neutralised").isEqualTo("'+1+2");

        CSVRecord cancelledRow = row(records, cancelled);
        assertThat(cancelledRow.get(6)).isEqualTo("7,00");
        assertThat(cancelledRow.get(9)).as("no days remaining when cancelled").isEmpty();
        assertThat(cancelledRow.get(10)).isEqualTo("CANCELLED");
    }

    @Test
    void englishCsvUsesCommasAndDecimalPoint() throws IOException {
        byte[] csv = download("/api/deadlines/export.csv?customerId=" + customer,
                HttpHeaders.ACCEPT_LANGUAGE, "en").getBody();

        List<CSVRecord> records = parseCsv(csv, ',');
        assertThat(records.get(0).get(0)).isEqualTo("No.");
        assertThat(records.get(0).get(6)).isEqualTo("Amount (EUR)");
        CSVRecord row = row(records, active);
        assertThat(row.size()).isEqualTo(14);
        assertThat(row.get(1)).isEqualTo("'" + HYPERLINK);
        assertThat(row.get(6)).isEqualTo("1234.50");
        assertThat(row.get(7)).isEqualTo(start.toString());
        assertThat(row.get(8)).isEqualTo(expiry.toString());
        assertThat(row.get(13)).isEqualTo("'+1+2");
    }

    @Test
    void csvAppliesTheReportFiltersAndSort() throws IOException {
        List<CSVRecord> onlyCancelled = parseCsv(download("/api/deadlines/export.csv?customerId=" + customer
                + "&status=CANCELLED").getBody(), ';');
        assertThat(onlyCancelled).hasSize(2);
        assertThat(onlyCancelled.get(1).get(0)).isEqualTo(String.valueOf(cancelled));

        List<CSVRecord> byExpiry = parseCsv(download("/api/deadlines/export.csv?customerId=" + customer
                + "&expiryFrom=" + expiry + "&expiryTo=" + expiry).getBody(), ';');
        assertThat(byExpiry).hasSize(2);
        assertThat(byExpiry.get(1).get(0)).isEqualTo(String.valueOf(active));

        List<CSVRecord> byAmountDesc = parseCsv(download("/api/deadlines/export.csv?customerId=" + customer
                + "&sort=amount,desc").getBody(), ';');
        assertThat(byAmountDesc.stream().skip(1).map(r -> r.get(0)))
                .containsExactly(String.valueOf(active), String.valueOf(cancelled));
    }

    @Test
    void exportsCheckTheirParametersBeforeWriting() {
        assertBadRequest(api.get("/api/deadlines/export.csv?sort=foo"), "sort");
        assertBadRequest(api.get("/api/deadlines/export.csv?expiryFrom=2030-01-02&expiryTo=2030-01-01"),
                "expiryTo");
        assertBadRequest(api.get("/api/deadlines/export.xlsx?customerId=987654321"), "customerId");
        assertBadRequest(api.get("/api/deadlines/export.xlsx?status=FOO"), "status");
    }

    @Test
    void excelHasRealDatesAndNumbers() throws IOException {
        ResponseEntity<byte[]> answer = download("/api/deadlines/export.xlsx?customerId=" + customer);

        assertThat(answer.getHeaders().getContentType().toString())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("scadenze.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Scadenze");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("N.");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Importo (EUR)");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Scadenza");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);

            Row row = excelRow(sheet, active);
            assertThat(row.getCell(1).getStringCellValue()).as("a text cell, never a formula").isEqualTo(HYPERLINK);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(vatNumber);

            Cell amount = row.getCell(6);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234.5);

            Cell startCell = row.getCell(7);
            assertThat(startCell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(startCell)).isTrue();
            assertThat(startCell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(start);

            Cell expiryCell = row.getCell(8);
            assertThat(expiryCell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(expiryCell)).isTrue();
            assertThat(expiryCell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expiry);

            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(45);
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("ACTIVE");
            assertThat(row.getCell(13).getStringCellValue()).isEqualTo("+1+2");
            assertThat(row.getCell(13).getCellType()).isEqualTo(CellType.STRING);

            Row cancelledRow = excelRow(sheet, cancelled);
            assertThat(cancelledRow.getCell(6).getNumericCellValue()).isEqualTo(7.0);
            assertThat(cancelledRow.getCell(9)).as("no days remaining when cancelled").isNull();
        }
    }

    @Test
    void englishExcelHasEnglishHeadersAndTheSameFilters() throws IOException {
        byte[] xlsx = download("/api/deadlines/export.xlsx?customerId=" + customer + "&status=ACTIVE",
                HttpHeaders.ACCEPT_LANGUAGE, "en").getBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Deadlines");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Expiry");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(2);
            Cell expiryCell = excelRow(sheet, active).getCell(8);
            assertThat(DateUtil.isCellDateFormatted(expiryCell)).isTrue();
            assertThat(expiryCell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expiry);
        }
    }

    private static Row excelRow(Sheet sheet, long id) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == id) {
                return row;
            }
        }
        throw new AssertionError("no row for deadline " + id);
    }
}
