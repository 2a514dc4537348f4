package it.semaforo.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A bank (istituto bancario) through which a deadline is paid, with its optional ABI code. */
@Entity
public class Bank {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String abiCode;

    private boolean active;

    protected Bank() {
    }

    Bank(String name, String abiCode) {
        this.name = name;
        this.abiCode = abiCode;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAbiCode() {
        return abiCode;
    }

    public boolean isActive() {
        return active;
    }
}
