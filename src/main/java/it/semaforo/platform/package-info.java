/**
 * Camunda and Spring configuration: security, identity, clock, web errors, the embedded SMTP server.
 * The only module besides {@code <feature>.process} packages that talks to the Camunda engine.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package it.semaforo.platform;
