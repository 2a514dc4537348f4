package it.semaforo.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Camunda groups Semaforo's processes and pages refer to. */
public final class Groups {

    public static final String SALES = "sales";
    public static final String CALLCENTER = "callcenter";
    public static final String ADMINISTRATION = "administration";
    public static final String MANAGERS = "managers";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    /** Workflow groups with their display names (camunda-admin is created by the starter). */
    static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put(SALES, "Vendite / Sales");
        ALL.put(CALLCENTER, "Call center");
        ALL.put(ADMINISTRATION, "Amministrazione / Administration");
        ALL.put(MANAGERS, "Responsabili / Managers");
    }

    private Groups() {
    }
}
