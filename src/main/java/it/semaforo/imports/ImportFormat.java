package it.semaforo.imports;

/** The kinds of file an import reads: text with separators, or an Excel workbook (first sheet). */
public enum ImportFormat {
    CSV, XLSX, XLS
}
