package it.semaforo.kpi;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a JSON array of KPI lights, as answered by the API and by the Cockpit plugin. */
public final class LightsJson {

    private LightsJson() {
    }

    public static List<String> codes(JsonNode lights) {
        List<String> codes = new ArrayList<>();
        lights.forEach(light -> codes.add(light.path("code").asText()));
        return codes;
    }

    public static JsonNode light(JsonNode lights, String code) {
        for (JsonNode light : lights) {
            if (code.equals(light.path("code").asText())) {
                return light;
            }
        }
        throw new AssertionError("No light " + code + " in " + lights);
    }
}
