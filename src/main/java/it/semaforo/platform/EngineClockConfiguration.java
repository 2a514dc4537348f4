package it.semaforo.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The domain reads "now" from a {@link Clock}; this one follows the engine clock so that process
 * tests moving time with {@code ClockUtil} move the domain's today as well.
 */
@Configuration(proxyBeanMethods = false)
class EngineClockConfiguration {

    @Bean
    Clock clock(@Value("${semaforo.zone}") ZoneId zone) {
        return new EngineClock(zone);
    }

    static final class EngineClock extends Clock {
        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new EngineClock(zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
