package it.semaforo.deals;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One attribute's value on one deal, as text in its type's canonical form ({@code 1200.00}, {@code 2030-05-31}). */
@Entity
class DealAttributeValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long dealId;

    private String code;

    private String textValue;

    protected DealAttributeValue() {
    }

    DealAttributeValue(long dealId, String code, String value) {
        this.dealId = dealId;
        this.code = code;
        this.textValue = value;
    }

    void change(String value) {
        this.textValue = value;
    }

    String getCode() {
        return code;
    }

    String getValue() {
        return textValue;
    }
}
