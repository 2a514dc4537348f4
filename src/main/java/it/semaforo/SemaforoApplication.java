package it.semaforo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SemaforoApplication {

    public static void main(String[] args) {
        SpringApplication.run(SemaforoApplication.class, args);
    }
}
