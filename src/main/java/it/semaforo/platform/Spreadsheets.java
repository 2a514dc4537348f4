package it.semaforo.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * What the Excel exports share: a bold header row frozen at the top, amounts as real numbers in a EUR format, and an
 * autofilter over the header and data rows.
 */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Euro with two decimals, grouped, the symbol after the number (Italian locale id 410). */
    public static final String EURO_FORMAT = "#,##0.00 [$€-410]";

    /** Readies the response for a workbook downloaded as {@code fileName}; the workbook goes to the stream returned. */
    public static OutputStream download(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        return response.getOutputStream();
    }

    private Spreadsheets() {
    }

    public static CellStyle bold(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    public static CellStyle format(Workbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    /** A new sheet whose first row holds the headers in {@code headerStyle}, frozen so it stays in view. */
    public static Sheet sheetWithHeader(Workbook workbook, String name, List<String> headers, CellStyle headerStyle) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** An amount as a number (so Excel can sum it), shown with {@code euroStyle}. */
    public static void euro(Cell cell, BigDecimal amount, CellStyle euroStyle) {
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(euroStyle);
    }

    /** The autofilter covers the header and the data rows up to {@code firstFreeRow}, not a totals row after them. */
    public static void autoFilter(Sheet sheet, int columns, int firstFreeRow) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(firstFreeRow - 1, 0), 0, columns - 1));
    }
}
