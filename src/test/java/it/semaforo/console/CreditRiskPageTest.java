package it.semaforo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.semaforo.EngineTime;
import it.semaforo.IntegrationTest;
import it.semaforo.credit.ExposureFixtures;
import it.semaforo.customers.Customer;

/** The "Rischio di credito" page: exposure by rating class and light, revenue at risk, advance payments, Excel. */
@IntegrationTest
class CreditRiskPageTest {

    @LocalServerPort int port;
    @Autowired ExposureFixtures exposure;
    @Autowired ConsoleFixtures fixtures;

    /** A red customer without a decision, exposed for 1,250.50 EUR. */
    private Customer redCustomer() {
        Customer customer = exposure.customer();
        exposure.deadline(customer, "1000.00", EngineTime.today().plusMonths(2));
        exposure.openDeal(customer, "250.50");
        exposure.creditStatus(customer, "RED", "D", false, null);
        return customer;
    }

    @Test
    void aManagerSeesTheClassesTheRevenueAtRiskAndWhomToAskForAnAdvance() {
        Customer red = redCustomer();
        ConsoleClient browser = new ConsoleClient(port).signIn("demo", "demo");

        ConsoleClient.Page page = browser.get("/credit").expect(200);

        assertThat(page.testId("nav-credit").hasClass("active")).isTrue();
        assertThat(page.testIds("class-row")).extracting(row -> row.attr("data-class"))
                .containsExactly("A", "B", "C", "D", "E", "NOT_FOUND", "NOT_RATED");
        Element classD = page.selectFirst("[data-testid=class-row][data-class=D]");
        assertThat(classD.selectFirst("td[data-light=RED]").text()).isNotEqualTo("0,00 €");
        assertThat(page.selectFirst("[data-testid=class-row][data-class=NOT_RATED] td").text())
                .isEqualTo("Senza rating");
        assertThat(page.testId("at-risk-red").text()).endsWith("€");
        Element line = page.selectFirst("[data-testid=advance-row][data-customer-id=" + red.getId() + "]");
        assertThat(line.text()).contains(red.getName()).contains("Rosso").contains("D").contains("1.250,50 €")
                .contains("in attesa della decisione");
        assertThat(line.selectFirst("a").attr("href")).isEqualTo("/customers/" + red.getId());
    }

    @Test
    void theExcelLinkDownloadsTheWorkbookInTheReadersLanguage() throws IOException {
        Customer red = redCustomer();
        ConsoleClient browser = new ConsoleClient(port).signIn("anna", "anna");
        ConsoleClient.Page page = browser.get("/credit?lang=en").expect(200);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Credit risk");
        assertThat(page.testId("nav-credit").text()).isEqualTo("Credit risk");
        String link = page.testId("export-xlsx").attr("href");
        assertThat(link).isEqualTo("/credit/exposure.xlsx?asOf=" + EngineTime.today());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(browser.bytes(link)))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rating class");
            Row found = null;
            for (Row row : workbook.getSheetAt(1)) {
                if (row.getCell(0).getStringCellValue().equals(red.getName())) {
                    found = row;
                }
            }
            assertThat(found).as("the red customer's line").isNotNull();
            assertThat(found.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(found.getCell(4).getNumericCellValue()).isEqualTo(1250.5);
        }
    }

    @Test
    void sellersAndTheCallCenterHaveNoCreditRiskPage() {
        String seller = fixtures.seller();
        ConsoleClient browser = new ConsoleClient(port).signIn(seller, seller);
        assertThat(browser.get("/").testIds("nav-credit")).isEmpty();
        assertThat(browser.get("/credit").status()).isEqualTo(403);
        assertThat(browser.get("/credit/exposure.xlsx").status()).isEqualTo(403);
        String operator = fixtures.user("callcenter");
        assertThat(new ConsoleClient(port).signIn(operator, operator).get("/credit").status()).isEqualTo(403);
    }
}
