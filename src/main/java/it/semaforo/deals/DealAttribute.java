package it.semaforo.deals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An attribute every deal may carry, defined by a manager: premium, commission, product type, sales potential… */
@Entity
public class DealAttribute {

    /** Separates the choices in their column; a choice may not contain it. */
    static final String CHOICE_SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String labelIt;

    private String labelEn;

    @Enumerated(EnumType.STRING)
    private DealAttributeType type;

    private String choices;

    private boolean required;

    private boolean active;

    @Version
    private long version;

    protected DealAttribute() {
    }

    DealAttribute(String code, DealAttributeType type) {
        this.code = code;
        this.type = type;
    }

    void describe(String labelIt, String labelEn, List<String> choices, boolean required, boolean active) {
        this.labelIt = labelIt;
        this.labelEn = labelEn;
        this.choices = type == DealAttributeType.CHOICE ? String.join(CHOICE_SEPARATOR, choices) : null;
        this.required = required;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabelIt() {
        return labelIt;
    }

    public String getLabelEn() {
        return labelEn;
    }

    /** The label in that language: English for English, Italian otherwise. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelIt;
    }

    public DealAttributeType getType() {
        return type;
    }

    /** The allowed values of a CHOICE attribute, in their order; empty for other types. */
    public List<String> getChoices() {
        return choices == null ? List.of() : Arrays.asList(choices.split("\\" + CHOICE_SEPARATOR));
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isActive() {
        return active;
    }
}
