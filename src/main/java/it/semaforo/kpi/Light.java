package it.semaforo.kpi;

/** A traffic light, from best to worst. */
public enum Light {
    GREEN, YELLOW, RED;

    public boolean isWorseThan(Light other) {
        return compareTo(other) > 0;
    }
}
