package it.semaforo.credit;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import it.semaforo.credit.ExposureReport.AdvancePayment;
import it.semaforo.credit.ExposureReport.ClassRow;
import it.semaforo.credit.ExposureReport.Figures;
import it.semaforo.credit.ExposureReport.Light;
import it.semaforo.platform.Spreadsheets;

/**
 * The exposure report as an Excel workbook: sheet 1 the amounts by rating class and light with the totals and the
 * revenue at risk below them, sheet 2 the customers for whom an advance payment is advisable. Amounts are numbers
 * with a EUR format; headers in the reader's language, frozen, with an autofilter.
 */
@Component
public class ExposureExports {

    private final MessageSource messages;

    ExposureExports(MessageSource messages) {
        this.messages = messages;
    }

    public void write(ExposureReport report, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = Spreadsheets.bold(workbook);
            CellStyle euro = Spreadsheets.format(workbook, Spreadsheets.EURO_FORMAT);

            List<String> headers = new ArrayList<>(List.of(text("exposure.col.ratingClass", locale),
                    text("exposure.col.customers", locale)));
            for (Light light : Light.values()) {
                headers.add(text("exposure.col.light." + light, locale));
            }
            headers.add(text("exposure.col.total", locale));
            Sheet byClass = sheet(workbook, text("exposure.sheet.byClass", locale), headers, bold);
            int r = 1;
            for (ClassRow row : report.classes()) {
                Row excel = byClass.createRow(r++);
                excel.createCell(0).setCellValue(text("exposure.class." + row.ratingClass(), locale));
                amounts(excel, row.byLight().values(), row.total(), euro);
            }
            Spreadsheets.autoFilter(byClass, headers.size(), r);
            Row total = byClass.createRow(r);
            label(total, text("exposure.total", locale), bold);
            amounts(total, report.lights().values(), report.total(), euro);
            r += 2;
            // revenue at risk in the total column
            int totalColumn = headers.size() - 1;
            labelledAmount(byClass.createRow(r++), text("exposure.atRisk.red", locale), report.atRisk().red(),
                    totalColumn, bold, euro);
            labelledAmount(byClass.createRow(r), text("exposure.atRisk.redAndYellow", locale),
                    report.atRisk().redAndYellow(), totalColumn, bold, euro);

            List<String> advanceHeaders = List.of(text("exposure.col.customer", locale),
                    text("exposure.col.vatNumber", locale), text("exposure.col.light", locale),
                    text("exposure.col.ratingClass", locale), text("exposure.col.exposure", locale),
                    text("exposure.col.decision", locale), text("exposure.col.reason", locale));
            Sheet advance = sheet(workbook, text("exposure.sheet.advancePayment", locale), advanceHeaders, bold);
            r = 1;
            for (AdvancePayment line : report.advancePayment()) {
                Row row = advance.createRow(r++);
                row.createCell(0).setCellValue(line.name());
                if (line.vatNumber() != null) {
                    row.createCell(1).setCellValue(line.vatNumber());
                }
                row.createCell(2).setCellValue(text("exposure.light." + line.light(), locale));
                row.createCell(3).setCellValue(text("exposure.class." + line.ratingClass(), locale));
                Spreadsheets.euro(row.createCell(4), line.exposure(), euro);
                if (line.decision() != null) {
                    row.createCell(5).setCellValue(text("exposure.decision." + line.decision(), locale));
                }
                row.createCell(6).setCellValue(text("exposure.reason." + line.reason(), locale));
            }
            Spreadsheets.autoFilter(advance, advanceHeaders.size(), r);
            workbook.write(out);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> headers, CellStyle bold) {
        Sheet sheet = Spreadsheets.sheetWithHeader(workbook, name, headers, bold);
        // fixed widths: measuring text for autosizing needs fonts a server may not have
        sheet.setDefaultColumnWidth(18);
        sheet.setColumnWidth(0, 36 * 256);
        return sheet;
    }

    /** Customers, then one amount per light, then the total. */
    private static void amounts(Row row, Iterable<Figures> perLight, Figures total, CellStyle euro) {
        row.createCell(1).setCellValue(total.customers());
        int c = 2;
        for (Figures figures : perLight) {
            Spreadsheets.euro(row.createCell(c++), figures.total(), euro);
        }
        Spreadsheets.euro(row.createCell(c), total.total(), euro);
    }

    private static void labelledAmount(Row row, String label, BigDecimal amount, int column, CellStyle bold,
                                       CellStyle euro) {
        label(row, label, bold);
        Spreadsheets.euro(row.createCell(column), amount, euro);
    }

    private static void label(Row row, String label, CellStyle bold) {
        Cell cell = row.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(bold);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
