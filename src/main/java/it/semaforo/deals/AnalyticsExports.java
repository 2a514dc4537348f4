package it.semaforo.deals;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
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

import it.semaforo.platform.Spreadsheets;

/**
 * Cost and profitability reports as Excel workbooks: real numbers with a EUR format, real dates, a header row in the
 * reader's language, frozen, with an autofilter, and a totals row below the data.
 */
@Component
public class AnalyticsExports {

    private final MessageSource messages;

    AnalyticsExports(MessageSource messages) {
        this.messages = messages;
    }

    /** Sheet 1: the rows by key with the totals; sheet 2: the deals behind them (see {@link DealProfitability}). */
    public void writeProfitability(ProfitabilityReport report, DealProfitability deals, Locale locale,
                                   OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, locale);
            Sheet summary = sheet(workbook, styles, text("analytics.sheet.profitability", locale),
                    List.of(text("analytics.by." + report.by().key(), locale), text("analytics.col.wonDeals", locale),
                            text("analytics.col.wonValue", locale), text("analytics.col.cost", locale),
                            text("analytics.col.margin", locale), text("analytics.col.marginPercent", locale)));
            int r = 1;
            for (ProfitabilityReport.Row row : report.rows()) {
                figures(summary.createRow(r++), styles, row.label(), row.figures(), null);
            }
            Spreadsheets.autoFilter(summary, 6, r);
            figures(summary.createRow(r), styles, text("analytics.total", locale), report.total(), styles.bold);

            Sheet lines = sheet(workbook, styles, text("analytics.sheet.deals", locale),
                    List.of(text("analytics.by." + report.by().key(), locale), text("analytics.col.deal", locale),
                            text("analytics.col.title", locale), text("analytics.col.customer", locale),
                            text("analytics.col.campaign", locale), text("analytics.col.status", locale),
                            text("analytics.col.closedOn", locale), text("analytics.col.activities", locale),
                            text("analytics.col.wonValue", locale), text("analytics.col.cost", locale),
                            text("analytics.col.margin", locale)));
            r = 1;
            for (DealProfitability.Line line : deals.lines()) {
                Row row = lines.createRow(r++);
                row.createCell(0).setCellValue(line.label());
                if (line.dealId() == null) {
                    row.createCell(2).setCellValue(text("analytics.withoutDeal", locale));
                } else {
                    row.createCell(1).setCellValue(line.dealId());
                    row.createCell(2).setCellValue(line.title());
                    row.createCell(3).setCellValue(line.customerName());
                    setText(row.createCell(4), line.campaignName());
                    row.createCell(5).setCellValue(text("analytics.status." + line.status(), locale));
                    date(row.createCell(6), line.closedOn(), styles.date);
                }
                row.createCell(7).setCellValue(line.activities());
                Spreadsheets.euro(row.createCell(8), line.wonValue(), styles.euro);
                Spreadsheets.euro(row.createCell(9), line.cost(), styles.euro);
                Spreadsheets.euro(row.createCell(10), line.margin(), styles.euro);
            }
            Spreadsheets.autoFilter(lines, 11, r);
            workbook.write(out);
        }
    }

    /** One column per dimension (period buckets as dates), then count, minutes and cost; the totals row last. */
    public void writeCosts(CostReport report, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, locale);
            List<CostDimension> groupBy = report.groupBy();
            List<String> headers = new ArrayList<>(groupBy.stream()
                    .map(dimension -> text("analytics.groupBy." + dimension.key(), locale)).toList());
            headers.addAll(List.of(text("analytics.col.count", locale), text("analytics.col.minutes", locale),
                    text("analytics.col.cost", locale)));
            Sheet sheet = sheet(workbook, styles, text("analytics.sheet.costs", locale), headers);
            int r = 1;
            for (CostReport.Row row : report.rows()) {
                Row excel = sheet.createRow(r++);
                for (int c = 0; c < groupBy.size(); c++) {
                    CostDimension dimension = groupBy.get(c);
                    String key = row.keys().get(dimension.key());
                    if (dimension.isBucket()) {
                        date(excel.createCell(c), LocalDate.parse(key),
                                dimension == CostDimension.MONTH ? styles.month : styles.date);
                    } else {
                        excel.createCell(c).setCellValue(key);
                    }
                }
                totals(excel, groupBy.size(), row.totals(), styles.euro);
            }
            Spreadsheets.autoFilter(sheet, headers.size(), r);
            Row total = sheet.createRow(r);
            Cell label = total.createCell(0);
            label.setCellValue(text("analytics.total", locale));
            label.setCellStyle(styles.bold);
            totals(total, groupBy.size(), report.total(), styles.euro);
            workbook.write(out);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, Styles styles, String name, List<String> headers) {
        Sheet sheet = Spreadsheets.sheetWithHeader(workbook, name, headers, styles.bold);
        // fixed widths: measuring text for autosizing needs fonts a server may not have
        sheet.setDefaultColumnWidth(18);
        sheet.setColumnWidth(0, 32 * 256);
        return sheet;
    }

    private static void figures(Row row, Styles styles, String label, ProfitabilityReport.Figures figures,
                                CellStyle labelStyle) {
        Cell first = row.createCell(0);
        first.setCellValue(label);
        if (labelStyle != null) {
            first.setCellStyle(labelStyle);
        }
        row.createCell(1).setCellValue(figures.wonDeals());
        Spreadsheets.euro(row.createCell(2), figures.wonValue(), styles.euro);
        Spreadsheets.euro(row.createCell(3), figures.cost(), styles.euro);
        Spreadsheets.euro(row.createCell(4), figures.margin(), styles.euro);
        if (figures.marginPercent() != null) {
            Cell percent = row.createCell(5);
            percent.setCellValue(figures.marginPercent().movePointLeft(2).doubleValue());
            percent.setCellStyle(styles.percent);
        }
    }

    private static void totals(Row row, int firstColumn, CostReport.Totals totals, CellStyle euro) {
        row.createCell(firstColumn).setCellValue(totals.count());
        row.createCell(firstColumn + 1).setCellValue(totals.minutes());
        Spreadsheets.euro(row.createCell(firstColumn + 2), totals.cost(), euro);
    }

    private static void date(Cell cell, LocalDate day, CellStyle style) {
        if (day != null) {
            cell.setCellValue(day);
            cell.setCellStyle(style);
        }
    }

    /** A text cell is never evaluated as a formula, whatever it starts with. */
    private static void setText(Cell cell, String value) {
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    /** The cell formats of one workbook. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle euro;
        final CellStyle date;
        final CellStyle month;
        final CellStyle percent;

        Styles(XSSFWorkbook workbook, Locale locale) {
            boolean italian = locale.getLanguage().equals("it");
            bold = Spreadsheets.bold(workbook);
            euro = Spreadsheets.format(workbook, Spreadsheets.EURO_FORMAT);
            date = Spreadsheets.format(workbook, italian ? "dd/mm/yyyy" : "yyyy-mm-dd");
            month = Spreadsheets.format(workbook, italian ? "mm/yyyy" : "yyyy-mm");
            percent = Spreadsheets.format(workbook, "0.0%");
        }
    }
}
