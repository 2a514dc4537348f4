package it.semaforo.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import it.semaforo.platform.errors.InvalidInputException;

/**
 * An uploaded file read as a header and data rows, whatever it is: an Excel workbook (recognised by its content:
 * its first sheet) or CSV text, with {@code ;} or {@code ,} (whichever the header line has more of), quoted fields
 * that may hold separators and line breaks, UTF-8 with or without BOM, or Windows-1252 when the bytes are not UTF-8.
 * Blank rows are skipped. A file that is empty, has no header or is not text is refused with 400 on {@code file}.
 */
abstract class ImportFile implements Closeable {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;

    private final List<String> headers;

    private ImportFile(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    static ImportFile open(Path path) {
        try {
            byte[] start = sniff(path);
            if (start.length == 0) {
                throw new InvalidInputException("file", "imports.file.empty");
            }
            if (startsWith(start, ZIP) || startsWith(start, OLE2)) {
                return Excel.open(path, startsWith(start, ZIP) ? ImportFormat.XLSX : ImportFormat.XLS);
            }
            for (byte b : start) {
                if (b == 0) {
                    throw new InvalidInputException("file", "imports.file.unsupported");
                }
            }
            return Csv.open(path, start);
        } catch (IOException unreadable) {
            throw new InvalidInputException("file", "imports.file.unsupported");
        }
    }

    List<String> headers() {
        return headers;
    }

    abstract ImportFormat format();

    /** The character set of a CSV file, {@code null} for Excel. */
    abstract String encoding();

    /** The separator of a CSV file, {@code null} for Excel. */
    abstract Character delimiter();

    /** The data rows after the header, blank ones skipped; one pass only. */
    abstract Iterator<SourceRow> rows();

    int countRows() {
        int count = 0;
        for (Iterator<SourceRow> rows = rows(); rows.hasNext(); rows.next()) {
            count++;
        }
        return count;
    }

    private static byte[] sniff(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isEmpty);
    }

    private static List<String> requireHeader(List<String> headers) {
        if (headers == null || blank(headers)) {
            throw new InvalidInputException("file", "imports.file.noHeader");
        }
        return headers;
    }

    /** CSV text read with commons-csv. */
    /** The file's non-blank rows, read one ahead: {@link #read()} gives the next one, or null at the end. */
    private abstract static class RowReader implements Iterator<SourceRow> {

        private SourceRow next;

        abstract SourceRow read();

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = read();
            }
            return next != null;
        }

        @Override
        public SourceRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SourceRow row = next;
            next = null;
            return row;
        }
    }

    private static final class Csv extends ImportFile {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final Charset charset;
        private final char delimiter;

        private Csv(List<String> headers, CSVParser parser, Iterator<CSVRecord> records, Charset charset,
                    char delimiter) {
            super(headers);
            this.parser = parser;
            this.records = records;
            this.charset = charset;
            this.delimiter = delimiter;
        }

        static Csv open(Path path, byte[] start) throws IOException {
            boolean bom = startsWith(start, UTF8_BOM);
            Charset charset = bom || isUtf8(path) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            char delimiter = delimiterOf(new String(start, bom ? UTF8_BOM.length : 0,
                    start.length - (bom ? UTF8_BOM.length : 0), charset));
            InputStream in = Files.newInputStream(path);
            if (bom) {
                in.skipNBytes(UTF8_BOM.length);
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            CSVParser parser = CSVParser.parse(new InputStreamReader(in, charset), format);
            try {
                Iterator<CSVRecord> records = parser.iterator();
                List<String> headers = records.hasNext() ? cells(records.next()) : null;
                return new Csv(requireHeader(headers), parser, records, charset, delimiter);
            } catch (IllegalStateException | UncheckedIOException malformed) {
                parser.close();
                throw new InvalidInputException("file", "imports.file.malformed", 1);
            } catch (RuntimeException refused) {
                parser.close();
                throw refused;
            }
        }

        /** Reads the whole file as strict UTF-8: false at the first byte sequence that is not. */
        private static boolean isUtf8(Path path) throws IOException {
            char[] buffer = new char[8192];
            try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder())) {
                while (reader.read(buffer) >= 0) {
                    // only decoding matters
                }
                return true;
            } catch (CharacterCodingException notUtf8) {
                return false;
            }
        }

        /** {@code ;} or {@code ,}: whichever the header line has more of outside quotes ({@code ;} on a tie). */
        private static char delimiterOf(String text) {
            int semicolons = 0;
            int commas = 0;
            boolean quoted = false;
            for (char c : text.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!quoted && c == ',') {
                    commas++;
                }
            }
            return commas > semicolons ? ',' : ';';
        }

        private static List<String> cells(CSVRecord record) {
            List<String> cells = new ArrayList<>(record.size());
            for (String value : record) {
                cells.add(value == null ? "" : value.strip());
            }
            return cells;
        }

        @Override
        ImportFormat format() {
            return ImportFormat.CSV;
        }

        @Override
        String encoding() {
            return charset.name();
        }

        @Override
        Character delimiter() {
            return delimiter;
        }

        @Override
        Iterator<SourceRow> rows() {
            return new RowReader() {
                @Override
                SourceRow read() {
                    while (true) {
                        // the parser counts every line break it reads (also inside quotes): the record that is
                        // read next starts on the line after the last one read
                        long line = parser.getCurrentLineNumber() + 1;
                        if (!readNext(line)) {
                            return null;
                        }
                        List<String> cells = cells(records.next());
                        if (!blank(cells)) {
                            return new SourceRow(Math.toIntExact(line), cells);
                        }
                    }
                }

                private boolean readNext(long line) {
                    try {
                        return records.hasNext();
                    } catch (IllegalStateException | UncheckedIOException malformed) {
                        // commons-csv reports an unterminated quote this way
                        throw new InvalidInputException("file", "imports.file.malformed", line);
                    }
                }
            };
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** The first sheet of an Excel workbook; cells as Excel shows them (formulas evaluated). */
    private static final class Excel extends ImportFile {

        private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

        private final Workbook workbook;
        private final Sheet sheet;
        private final FormulaEvaluator evaluator;
        private final ImportFormat format;

        private Excel(List<String> headers, Workbook workbook, Sheet sheet, FormulaEvaluator evaluator,
                      ImportFormat format) {
            super(headers);
            this.workbook = workbook;
            this.sheet = sheet;
            this.evaluator = evaluator;
            this.format = format;
        }

        static Excel open(Path path, ImportFormat format) throws IOException {
            Workbook workbook;
            try {
                workbook = WorkbookFactory.create(path.toFile(), null, true);
            } catch (IOException | RuntimeException notAWorkbook) {
                throw new InvalidInputException("file", "imports.file.unsupported");
            }
            try {
                if (workbook.getNumberOfSheets() == 0) {
                    throw new InvalidInputException("file", "imports.file.noHeader");
                }
                Sheet sheet = workbook.getSheetAt(0);
                Row first = sheet.getRow(0);
                FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
                List<String> headers = first == null ? null : cells(first, evaluator);
                return new Excel(requireHeader(headers), workbook, sheet, evaluator, format);
            } catch (RuntimeException refused) {
                workbook.close();
                throw refused;
            }
        }

        private static List<String> cells(Row row, FormulaEvaluator evaluator) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : FORMATTER.formatCellValue(cell, evaluator).strip());
            }
            return cells;
        }

        @Override
        ImportFormat format() {
            return format;
        }

        @Override
        String encoding() {
            return null;
        }

        @Override
        Character delimiter() {
            return null;
        }

        @Override
        Iterator<SourceRow> rows() {
            return new RowReader() {
                private int index = 1;

                @Override
                SourceRow read() {
                    while (index <= sheet.getLastRowNum()) {
                        Row row = sheet.getRow(index++);
                        if (row != null) {
                            List<String> cells = cells(row, evaluator);
                            if (!blank(cells)) {
                                return new SourceRow(row.getRowNum() + 1, cells);
                            }
                        }
                    }
                    return null;
                }
            };
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
