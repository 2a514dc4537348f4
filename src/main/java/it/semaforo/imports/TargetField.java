package it.semaforo.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The customer fields a file's column can be mapped to, by their API name, with the header names (Italian and
 * English, compared without case, accents and punctuation) that propose the mapping for a new source.
 */
public enum TargetField {
    KIND("kind", "tipo", "tipologia", "tipo anagrafica", "kind", "type"),
    NAME("name", "ragione sociale", "denominazione", "nome", "nominativo", "azienda", "societa", "cliente",
            "name", "company", "company name", "business name"),
    VAT_NUMBER("vatNumber", "partita iva", "p iva", "piva", "p iva cliente", "partita iva cliente", "vat",
            "vat number", "vat id", "vat code"),
    TAX_CODE("taxCode", "codice fiscale", "cod fiscale", "cf", "c f", "tax code", "fiscal code", "tax id"),
    EMAIL("email", "email", "e mail", "mail", "indirizzo email", "indirizzo e mail", "posta elettronica",
            "email address"),
    PHONE("phone", "telefono", "tel", "numero di telefono", "cellulare", "cell", "phone", "telephone",
            "phone number", "mobile"),
    CITY("city", "citta", "comune", "localita", "city", "town"),
    PROVINCE("province", "provincia", "prov", "sigla provincia", "province"),
    REGION("region", "regione", "region"),
    SECTOR("sector", "settore", "settore merceologico", "attivita", "sector", "industry"),
    EMPLOYEES("employees", "dipendenti", "numero dipendenti", "n dipendenti", "addetti", "numero addetti",
            "employees", "headcount", "number of employees"),
    LANGUAGE("language", "lingua", "language");

    private final String fieldName;
    private final List<String> synonyms;

    TargetField(String fieldName, String... synonyms) {
        this.fieldName = fieldName;
        // the API name itself ("vatNumber" → "vatnumber") is a synonym too
        this.synonyms = Stream.concat(Stream.of(headerKey(fieldName)), Stream.of(synonyms)).toList();
    }

    /** The name used by the API and in saved mappings, as in {@code NewCustomer}. */
    public String fieldName() {
        return fieldName;
    }

    public static Optional<TargetField> byFieldName(String name) {
        return Arrays.stream(values()).filter(field -> field.fieldName.equals(name)).findFirst();
    }

    /** The field whose synonyms contain this header, if any. */
    static Optional<TargetField> forHeader(String header) {
        String key = headerKey(header);
        return Arrays.stream(values()).filter(field -> field.synonyms.contains(key)).findFirst();
    }

    /** A header as it is compared: lower case, without accents, punctuation as single spaces. */
    static String headerKey(String header) {
        String withoutAccents = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
