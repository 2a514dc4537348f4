package it.semaforo.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import it.semaforo.customers.CustomerKind;
import it.semaforo.customers.ProspectState;
import it.semaforo.deals.CampaignFilter;
import it.semaforo.deals.NewCampaign;

/**
 * The "new campaign" form as typed: the filter's fields flat beside name and description; provinces separated by
 * commas or spaces, sectors by commas (a sector may have spaces), products chosen from the catalog.
 */
public class CampaignForm {

    private String name;
    private String description;
    private CustomerKind kind;
    private String provinces;
    private String sectors;
    private List<Long> productIds = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiringFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiringTo;
    private ProspectState prospectState;

    CampaignFilter toFilter() {
        return new CampaignFilter(kind, FormLists.words(provinces), FormLists.names(sectors), productIds, expiringFrom, expiringTo,
                prospectState);
    }

    NewCampaign toRequest() {
        return new NewCampaign(name, description, toFilter());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
    }

    public String getProvinces() {
        return provinces;
    }

    public void setProvinces(String provinces) {
        this.provinces = provinces;
    }

    public String getSectors() {
        return sectors;
    }

    public void setSectors(String sectors) {
        this.sectors = sectors;
    }

    public List<Long> getProductIds() {
        return productIds;
    }

    public void setProductIds(List<Long> productIds) {
        this.productIds = productIds == null ? new ArrayList<>() : productIds;
    }

    public LocalDate getExpiringFrom() {
        return expiringFrom;
    }

    public void setExpiringFrom(LocalDate expiringFrom) {
        this.expiringFrom = expiringFrom;
    }

    public LocalDate getExpiringTo() {
        return expiringTo;
    }

    public void setExpiringTo(LocalDate expiringTo) {
        this.expiringTo = expiringTo;
    }

    public ProspectState getProspectState() {
        return prospectState;
    }

    public void setProspectState(ProspectState prospectState) {
        this.prospectState = prospectState;
    }
}
