package it.semaforo.console;

import java.util.Arrays;
import java.util.List;

/** Lists typed into one text field of a form, as the domain requests take them. */
final class FormLists {

    private FormLists() {
    }

    /** Codes or ids separated by commas, semicolons or spaces ("MI, MB", "group:sales user:sara"). */
    static List<String> words(String text) {
        return split(text, "[,;\\s]+");
    }

    /** Names that may hold spaces, separated by commas or semicolons ("Valle d'Aosta, Emilia-Romagna"). */
    static List<String> names(String text) {
        return split(text, "[,;]");
    }

    /** The list as the form shows it again. */
    static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    private static List<String> split(String text, String separators) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separators)).map(String::strip).filter(e -> !e.isEmpty()).toList();
    }
}
