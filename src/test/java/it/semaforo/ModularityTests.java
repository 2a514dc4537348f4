package it.semaforo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages are modules: they use each other's public API only, and without cycles. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(SemaforoApplication.class).verify();
    }
}
