package it.semaforo.console;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import it.semaforo.deadlines.NewDeadline;

/** The "new deadline" form as typed; {@link #toRequest} gives the domain request that is validated and created. */
public class DeadlineForm {

    private Long productId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiryDate;
    private Integer quantity;
    private BigDecimal amount;
    private String description;
    private String notes;

    static DeadlineForm startingOn(LocalDate today) {
        DeadlineForm form = new DeadlineForm();
        form.startDate = today;
        form.quantity = 1;
        return form;
    }

    NewDeadline toRequest(long customerId) {
        return new NewDeadline(customerId, productId, description, quantity, amount, notes, startDate, expiryDate,
                null, null);
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(LocalDate expiryDate) {
        this.expiryDate = expiryDate;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
