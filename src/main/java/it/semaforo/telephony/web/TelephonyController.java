package it.semaforo.telephony.web;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.platform.errors.ConflictException;
import it.semaforo.telephony.PhoneEvent;
import it.semaforo.telephony.PhoneEventOutcome;
import it.semaforo.telephony.Telephony;

/** The phone system's door: authenticated by its shared token (see {@link TelephonySecurity}), not by a user. */
@RestController
@RequestMapping("/api/telephony")
@Tag(name = "Telephony", description = "Events from the phone system (token-authenticated)")
class TelephonyController {

    private final Telephony telephony;

    TelephonyController(Telephony telephony) {
        this.telephony = telephony;
    }

    @PostMapping("/events")
    @Operation(summary = "Report a call, a busy number, a phone appointment or an inbound call",
            description = "The number is matched to a customer and the event becomes an activity on the customer's "
                    + "deal; BUSY asks the deal's process to call back at callbackAt. An inbound call answers with "
                    + "the caller's card. The same eventId delivered again is recorded once (replayed: true).")
    @ApiResponse(responseCode = "200", description = "Recorded (or already recorded, or an unknown inbound caller)")
    @ApiResponse(responseCode = "400", description = "Invalid input, each field named in errors")
    @ApiResponse(responseCode = "401", description = "No token, or a wrong one")
    @ApiResponse(responseCode = "404", description = "No customer has that number (outbound, busy, appointment)")
    @ApiResponse(responseCode = "409", description = "BUSY on a closed deal, or the same event delivered twice at once")
    PhoneEventOutcome receive(@Valid @RequestBody PhoneEvent event) {
        try {
            return telephony.handle(event);
        } catch (DataIntegrityViolationException concurrentDelivery) {
            // the same eventId arrived twice at once and the other delivery recorded it first: a retry says replayed
            throw new ConflictException("eventId", "semaforo.telephony.concurrent");
        }
    }
}
