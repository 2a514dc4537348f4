package it.semaforo.deals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What it takes to open a deal; without a seller the customer's seller owner takes it. */
public record NewDeal(
        @NotNull Long customerId,
        Long campaignId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 64) String sellerUserId) {
}
