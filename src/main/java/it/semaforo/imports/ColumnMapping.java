package it.semaforo.imports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a file fills which customer field: header text → target field. Columns not in the mapping are
 * ignored. Headers are matched without case, accents and punctuation, so "Città" in the mapping finds "CITTA".
 */
public record ColumnMapping(Map<String, TargetField> columns) {

    public ColumnMapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The mapping a new source gets: each header whose name is a known synonym, the first one per field. */
    public static ColumnMapping propose(List<String> headers) {
        Map<String, TargetField> columns = new LinkedHashMap<>();
        for (String header : headers) {
            TargetField.forHeader(header).filter(field -> !columns.containsValue(field))
                    .ifPresent(field -> columns.put(header, field));
        }
        return new ColumnMapping(columns);
    }

    public boolean maps(TargetField field) {
        return columns.containsValue(field);
    }

    /** Header → field name, as the API shows and the database keeps it. */
    public Map<String, String> byFieldName() {
        Map<String, String> names = new LinkedHashMap<>();
        columns.forEach((header, field) -> names.put(header, field.fieldName()));
        return names;
    }

    /** The position of each mapped field's column among these headers; fields whose header is absent are left out. */
    Map<TargetField, Integer> positionsIn(List<String> headers) {
        Map<TargetField, Integer> positions = new EnumMap<>(TargetField.class);
        columns.forEach((header, field) -> {
            String key = TargetField.headerKey(header);
            for (int i = 0; i < headers.size(); i++) {
                if (TargetField.headerKey(headers.get(i)).equals(key)) {
                    positions.put(field, i);
                    break;
                }
            }
        });
        return positions;
    }

    String toJson() {
        return Json.write(byFieldName());
    }

    static ColumnMapping fromJson(String json) {
        Map<String, TargetField> columns = new LinkedHashMap<>();
        Json.readMap(json).forEach((header, name) -> columns.put(header, TargetField.byFieldName(name).orElseThrow()));
        return new ColumnMapping(columns);
    }
}
