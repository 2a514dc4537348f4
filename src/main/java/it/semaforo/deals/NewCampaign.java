package it.semaforo.deals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A commercial action to launch: one deal per target of the filter, titled with the name. */
public record NewCampaign(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 1000) String description,
        @NotNull @Valid CampaignFilter filter) {
}
