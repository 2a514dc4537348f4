package it.semaforo.credit.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.credit.CreditMonitoring;
import it.semaforo.credit.RiskEventType;
import it.semaforo.platform.Viewer;

@RestController
@Tag(name = "Credit")
class RiskEventController {

    /** One change of the provider's feed, as the Check Monitor stored it. */
    record RiskEventView(long id, String providerChangeId, String vatNumber, Long customerId, String customerName,
                         RiskEventType type, LocalDate date, BigDecimal amount, String description, Integer rating,
                         Instant receivedAt) {
    }

    private final CreditMonitoring monitoring;

    RiskEventController(CreditMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/api/credit/events")
    @Operation(summary = "Risk events received by the Check Monitor in a window, newest first",
            description = "since: an ISO period back from now (P7D, P10D, P1M; default P7D) or an ISO date. "
                    + "Administration and managers see every event; sellers their own customers' events.")
    @ApiResponse(responseCode = "400", description = "since is neither a period nor a date")
    List<RiskEventView> events(@RequestParam(defaultValue = "P7D") String since) {
        return monitoring.events(since, Viewer.current()).stream()
                .map(entry -> new RiskEventView(entry.event().getId(), entry.event().getProviderChangeId(),
                        entry.event().getVatNumber(), entry.event().getCustomerId(), entry.customerName(),
                        entry.event().getType(), entry.event().getDate(), entry.event().getAmount(),
                        entry.event().getDescription(), entry.event().getRating(), entry.event().getReceivedAt()))
                .toList();
    }
}
