package it.semaforo.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A product or service the business sells with an expiry, with its duration and its reminder plan. */
@Entity
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private ProductKind kind;

    @Embedded
    private Duration duration;

    private BigDecimal listPrice;

    /** Days before expiry at which the customer is reminded, largest first. */
    @Convert(converter = ReminderOffsetsConverter.class)
    private List<Integer> reminderOffsets;

    private boolean active;

    @Version
    private long version;

    protected Product() {
    }

    Product(String code, String name, ProductKind kind, Duration duration, BigDecimal listPrice,
            List<Integer> reminderOffsets) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.duration = duration;
        this.listPrice = listPrice;
        this.reminderOffsets = reminderOffsets.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ProductKind getKind() {
        return kind;
    }

    public Duration getDuration() {
        return duration;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public List<Integer> getReminderOffsets() {
        return reminderOffsets;
    }

    public boolean isActive() {
        return active;
    }
}
