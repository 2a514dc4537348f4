package it.semaforo.customers;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a list of texts without ';' (siglas, regions, sectors, user ids) as "a;b;c"; an empty list as null. */
@Converter
class StringListConverter implements AttributeConverter<List<String>, String> {

    static final String SEPARATOR = ";";

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split(SEPARATOR));
    }
}
