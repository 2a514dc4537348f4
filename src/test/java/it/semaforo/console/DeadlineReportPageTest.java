package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.IntegrationTest;
import it.semaforo.catalog.Product;
import it.semaforo.customers.Customer;
import it.semaforo.deadlines.Deadline;
import it.semaforo.deadlines.Deadlines;

/** The deadlines report page: filters, paging, sort, and the CSV and Excel files under the console's session. */
@IntegrationTest
class DeadlineReportPageTest {

    @LocalServerPort
    int port;

    @Autowired
    ConsoleFixtures fixtures;

    @Autowired
    Deadlines deadlines;

    ConsoleClient browser;
    String seller;
    Customer customer;
    Customer other;
    Product product;
    LocalDate today;
    Deadline in10;
    Deadline in40;
    Deadline cancelledIn20;
    Deadline othersIn10;

    @BeforeEach
    void setUp() {
        seller = fixtures.seller();
        browser = new ConsoleClient(port).signIn(seller, seller);
        today = fixtures.today();
        customer = fixtures.customer(ConsoleFixtures.token() + " Report Srl", seller);
        other = fixtures.customer(ConsoleFixtures.token() + " Altro Srl", "someoneelse");
        product = fixtures.product("100.00");
        in10 = fixtures.deadline(customer, product, today.plusDays(10), "300.00");
        in40 = fixtures.deadline(customer, product, today.plusDays(40), "100.00");
        cancelledIn20 = fixtures.deadline(customer, product, today.plusDays(20), "200.00");
        deadlines.cancel(cancelledIn20.getId());
        othersIn10 = fixtures.deadline(other, product, today.plusDays(10), "50.00");
    }

    private static List<String> ids(ConsoleClient.Page page) {
        return page.select("[data-testid=report-row]").stream().map(r -> r.attr("data-deadline-id")).toList();
    }

    private static String id(Deadline d) {
        return String.valueOf(d.getId());
    }

    @Test
    void aSellersReportHasTheirCustomersDeadlinesOnly() {
        ConsoleClient.Page page = browser.get("/deadlines").expect(200);
        assertThat(ids(page)).containsExactly(id(in10), id(cancelledIn20), id(in40)); // by expiry
        assertThat(page.select("[data-testid=filter-customer] option")).extracting(o -> o.attr("value"))
                .containsExactly("", String.valueOf(customer.getId()));
        Element row = page.selectFirst("[data-testid=report-row][data-deadline-id=" + in10.getId() + "]");
        assertThat(row.selectFirst("[data-testid=deadline-link]").attr("href"))
                .isEqualTo("/customers/" + customer.getId() + "?tab=deadlines#deadline-" + in10.getId());
        assertThat(row.selectFirst("[data-testid=customer-link]").attr("href"))
                .isEqualTo("/customers/" + customer.getId());
    }

    @Test
    void filtersByStatusExpiryStartAndCustomer() {
        assertThat(ids(browser.get("/deadlines?status=ACTIVE"))).containsExactly(id(in10), id(in40));
        assertThat(ids(browser.get("/deadlines?status=CANCELLED"))).containsExactly(id(cancelledIn20));
        assertThat(ids(browser.get("/deadlines?expiryFrom=" + today.plusDays(11) + "&expiryTo=" + today.plusDays(40))))
                .containsExactly(id(cancelledIn20), id(in40));
        assertThat(ids(browser.get("/deadlines?startFrom=" + today.plusDays(40).minusYears(1).plusDays(1))))
                .containsExactly(id(in40));
        assertThat(ids(browser.get("/deadlines?customerId=" + customer.getId() + "&status=ACTIVE")))
                .containsExactly(id(in10), id(in40));

        ConsoleClient.Page demo = new ConsoleClient(port).signIn("demo", "demo")
                .get("/deadlines?customerId=" + other.getId()).expect(200);
        assertThat(ids(demo)).containsExactly(id(othersIn10));
    }

    @Test
    void badFiltersAreShownAndNeverAServerError() {
        ConsoleClient.Page inverted = browser.get("/deadlines?expiryFrom=" + today.plusDays(5) + "&expiryTo="
                + today).expect(400);
        assertThat(inverted.testId("filter-error").attr("data-field")).isEqualTo("expiryTo");
        assertThat(inverted.testId("filter-error").text()).isEqualTo("La fine dell'intervallo precede l'inizio.");
        assertThat(inverted.testIds("report-row")).isEmpty();

        ConsoleClient.Page othersCustomer = browser.get("/deadlines?customerId=" + other.getId()).expect(400);
        assertThat(othersCustomer.testId("filter-error").attr("data-field")).isEqualTo("customerId");
        assertThat(browser.get("/deadlines?sort=nonsense").status()).isEqualTo(400);
        assertThat(browser.get("/deadlines?status=LOST").status()).isEqualTo(400);
        assertThat(browser.get("/deadlines?expiryFrom=yesterday").status()).isEqualTo(400);
    }

    @Test
    void sortsByAColumnBothWays() {
        ConsoleClient.Page byAmount = browser.get("/deadlines?sort=amount,desc").expect(200);
        assertThat(ids(byAmount)).containsExactly(id(in10), id(cancelledIn20), id(in40));
        assertThat(byAmount.testId("sort-amount").hasClass("desc")).isTrue();
        assertThat(byAmount.testId("sort-amount").attr("href")).contains("sort=amount,asc");
        assertThat(ids(browser.get(byAmount.testId("sort-amount").attr("href"))))
                .containsExactly(id(in40), id(cancelledIn20), id(in10));
        assertThat(byAmount.testId("export-csv").attr("href")).isEqualTo("/deadlines/export.csv?sort=amount,desc");
    }

    @Test
    void pagesOfTwentyFive() {
        List<String> expected = new ArrayList<>(List.of(id(in10), id(cancelledIn20), id(in40)));
        for (int i = 0; i < 24; i++) {
            expected.add(id(fixtures.deadline(customer, product, today.plusDays(100 + i), null)));
        }
        ConsoleClient.Page first = browser.get("/deadlines").expect(200);
        assertThat(ids(first)).containsExactlyElementsOf(expected.subList(0, 25));
        assertThat(first.testId("pager-status").text()).contains("Pagina 1 di 2").contains("27");
        ConsoleClient.Page second = browser.get(first.testId("pager-next").attr("href")).expect(200);
        assertThat(ids(second)).containsExactlyElementsOf(expected.subList(25, 27));
    }

    @Test
    void csvAndExcelExportsFollowTheFiltersAndTheViewer() throws IOException {
        browser.get("/deadlines").expect(200);
        String csv = new String(browser.bytes("/deadlines/export.csv?status=ACTIVE"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("N.");
        assertThat(records.get(0).get(1)).isEqualTo("Cliente");
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(0)).containsExactly(id(in10), id(in40));
        assertThat(records.get(1).get(6)).isEqualTo("300,00");

        ConsoleClient.Page head = browser.head("/deadlines/export.csv");
        assertThat(head.header("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(head.header("Content-Disposition").orElseThrow()).contains("scadenze.csv");

        byte[] xlsx = browser.bytes("/deadlines/export.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.add(String.valueOf((long) row.getCell(0).getNumericCellValue()));
                }
            }
            // the seller's customers only, although the export has no customer filter
            assertThat(rows).containsExactly(id(in10), id(cancelledIn20), id(in40));
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(300.0);
        }
        assertThat(browser.head("/deadlines/export.csv?customerId=" + other.getId()).status()).isEqualTo(404);
        assertThat(browser.head("/deadlines/export.xlsx?expiryFrom=" + today + "&expiryTo=" + today.minusDays(1))
                .status()).isEqualTo(400);
    }
}
