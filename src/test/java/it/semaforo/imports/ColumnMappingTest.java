package it.semaforo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The mapping proposed for a new source, and how a saved mapping finds its columns in a file. */
class ColumnMappingTest {

    @Test
    void proposesFieldsFromItalianAndEnglishHeaders() {
        ColumnMapping proposed = ColumnMapping.propose(List.of("RAGIONE SOCIALE", "P. IVA", "Cod. Fiscale",
                "E-Mail", "Tel.", "Città", "Prov.", "N° dipendenti", "Regione", "Settore merceologico", "Tipologia",
                "Language", "Colore preferito"));

        assertThat(proposed.byFieldName()).containsExactly(entry("RAGIONE SOCIALE", "name"), entry("P. IVA", "vatNumber"),
                entry("Cod. Fiscale", "taxCode"), entry("E-Mail", "email"), entry("Tel.", "phone"),
                entry("Città", "city"), entry("Prov.", "province"), entry("N° dipendenti", "employees"),
                entry("Regione", "region"), entry("Settore merceologico", "sector"), entry("Tipologia", "kind"),
                entry("Language", "language"));
    }

    @Test
    void theFirstOfTwoColumnsForOneFieldWins() {
        ColumnMapping proposed = ColumnMapping.propose(List.of("Telefono", "Cellulare", "Company name", "vatNumber"));

        assertThat(proposed.byFieldName()).containsExactly(entry("Telefono", "phone"),
                entry("Company name", "name"), entry("vatNumber", "vatNumber"));
    }

    @Test
    void aSavedMappingFindsItsColumnsWhateverTheirCaseAndAccents() {
        ColumnMapping saved = new ColumnMapping(Map.of("Città", TargetField.CITY, "Ragione sociale", TargetField.NAME,
                "Assente", TargetField.EMAIL));

        assertThat(saved.positionsIn(List.of("Note", "CITTA", "ragione  sociale")))
                .containsOnly(entry(TargetField.CITY, 1), entry(TargetField.NAME, 2));
        assertThat(ColumnMapping.fromJson(saved.toJson())).isEqualTo(saved);
    }
}
