package it.semaforo.deadlines;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import it.semaforo.platform.Spreadsheets;

/**
 * Writes the deadlines report to CSV or Excel, page by page so that a large report never sits in memory whole.
 * CSV follows the reader's language: Italian uses ';' and a decimal comma (what Excel expects in Italy), English
 * ',' and a decimal point. Excel cells hold real dates and numbers. Used by the API and by the console, each
 * with its own filter (the console adds the viewer's owner condition).
 */
@Component
public class DeadlineExports {

    private static final int PAGE_SIZE = 500;
    private static final List<String> COLUMNS = List.of("id", "customer", "vatNumber", "product", "description",
            "quantity", "amount", "startDate", "expiryDate", "daysRemaining", "status", "source", "bank", "notes");

    private final Deadlines deadlines;
    private final MessageSource messages;

    DeadlineExports(Deadlines deadlines, MessageSource messages) {
        this.deadlines = deadlines;
        this.messages = messages;
    }

    public void writeCsv(DeadlineFilter filter, Sort sort, Locale locale, OutputStream out) throws IOException {
        boolean italian = locale.getLanguage().equals("it");
        DecimalFormat money = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(italian ? Locale.ITALY : Locale.UK));
        DateTimeFormatter dates = italian ? DateTimeFormatter.ofPattern("dd/MM/yyyy") : DateTimeFormatter.ISO_LOCAL_DATE;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(italian ? ';' : ',').setRecordSeparator("\r\n").get();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // byte order mark: Excel then reads the file as UTF-8
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            csv.printRecord(headers(locale));
            LocalDate today = deadlines.today();
            forEach(filter, sort, d -> {
                try {
                    csv.printRecord(d.getId(), text(d.getCustomer().getName()), text(d.getCustomer().getVatNumber()),
                            text(d.getProduct().getName()), text(d.getDescription()), d.getQuantity(),
                            money.format(d.getAmount()), dates.format(d.getStartDate()),
                            dates.format(d.getExpiryDate()), d.daysRemaining(today), d.getStatus(),
                            text(d.getSource() == null ? null : d.getSource().getName()),
                            text(d.getBank() == null ? null : d.getBank().getName()), text(d.getNotes()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    public void writeExcel(DeadlineFilter filter, Sort sort, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = Spreadsheets.sheetWithHeader(workbook,
                    messages.getMessage("report.deadlines.sheet", null, locale), headers(locale),
                    Spreadsheets.bold(workbook));
            CellStyle date = Spreadsheets.format(workbook,
                    locale.getLanguage().equals("it") ? "dd/mm/yyyy" : "yyyy-mm-dd");
            CellStyle euro = Spreadsheets.format(workbook, Spreadsheets.EURO_FORMAT);
            LocalDate today = deadlines.today();
            int[] rowIndex = {1};
            forEach(filter, sort, d -> {
                Row row = sheet.createRow(rowIndex[0]++);
                int c = 0;
                row.createCell(c++).setCellValue(d.getId());
                row.createCell(c++).setCellValue(d.getCustomer().getName());
                setText(row.createCell(c++), d.getCustomer().getVatNumber());
                row.createCell(c++).setCellValue(d.getProduct().getName());
                setText(row.createCell(c++), d.getDescription());
                row.createCell(c++).setCellValue(d.getQuantity());
                Spreadsheets.euro(row.createCell(c++), d.getAmount(), euro);
                Cell start = row.createCell(c++);
                start.setCellValue(d.getStartDate());
                start.setCellStyle(date);
                Cell expiry = row.createCell(c++);
                expiry.setCellValue(d.getExpiryDate());
                expiry.setCellStyle(date);
                Integer days = d.daysRemaining(today);
                if (days != null) {
                    row.createCell(c).setCellValue(days);
                }
                c++;
                row.createCell(c++).setCellValue(d.getStatus().name());
                setText(row.createCell(c++), d.getSource() == null ? null : d.getSource().getName());
                setText(row.createCell(c++), d.getBank() == null ? null : d.getBank().getName());
                setText(row.createCell(c), d.getNotes());
            });
            workbook.write(out);
            workbook.dispose();
        }
    }

    /**
     * Neutralises spreadsheet formula injection: a text cell starting with =, +, -, @, tab or carriage return
     * would run as a formula when the CSV is opened, so it gets a leading apostrophe.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static void setText(Cell cell, String value) {
        if (value != null) {
            cell.setCellValue(value); // a string cell is never evaluated as a formula in Excel
        }
    }

    private List<String> headers(Locale locale) {
        return COLUMNS.stream().map(c -> messages.getMessage("report.deadlines." + c, null, locale)).toList();
    }

    private void forEach(DeadlineFilter filter, Sort sort, Consumer<Deadline> action) {
        Page<Deadline> page;
        int number = 0;
        do {
            page = deadlines.search(filter, PageRequest.of(number++, PAGE_SIZE, sort));
            page.forEach(action);
        } while (page.hasNext());
    }
}
