package it.semaforo.credit;

import java.util.List;

/** A Go Check run with its counts and all its items. */
public record MassCheckResult(MassCheck run, MassCheckSummary summary, List<MassCheckItem> items) {
}
