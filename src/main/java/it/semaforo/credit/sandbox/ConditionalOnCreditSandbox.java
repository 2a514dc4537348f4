package it.semaforo.credit.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * The sandbox provider exists only when {@code semaforo.credit.sandbox.enabled} is true (default and demo profiles;
 * off in {@code postgres} unless {@code SEMAFORO_CREDIT_SANDBOX=true}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(prefix = "semaforo.credit.sandbox", name = "enabled", havingValue = "true")
@interface ConditionalOnCreditSandbox {
}
