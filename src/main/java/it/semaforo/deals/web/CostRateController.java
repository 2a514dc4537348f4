package it.semaforo.deals.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.deals.ActivityType;
import it.semaforo.deals.CostRate;
import it.semaforo.deals.CostRates;
import it.semaforo.deals.NewCostRate;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.Forbidden;

@RestController
@RequestMapping("/api/cost-rates")
@Tag(name = "Cost rates", description = "What an activity costs, per role and activity type")
class CostRateController {

    /** The body of {@link #change}: validated by hand, after the permission check, as {@code @Valid} would. */
    private static final MethodParameter CHANGE_BODY = new MethodParameter(
            ReflectionUtils.findMethod(CostRateController.class, "change", NewCostRate.class), 0);

    private final CostRates rates;
    private final SmartValidator validator;

    CostRateController(CostRates rates, SmartValidator validator) {
        this.rates = rates;
        this.validator = validator;
    }

    /** A rate as the API shows it: exactly one of hourlyRate and fixedAmount. */
    record CostRateView(String role, ActivityType activityType, BigDecimal hourlyRate, BigDecimal fixedAmount,
                        String updatedBy, Instant updatedAt) {

        static CostRateView of(CostRate rate) {
            return new CostRateView(rate.getRole(), rate.getActivityType(), rate.getHourlyRate(),
                    rate.getFixedAmount(), rate.getUpdatedBy(), rate.getUpdatedAt());
        }
    }

    @GetMapping
    @Operation(summary = "Every cost rate (managers and administration)")
    @ApiResponse(responseCode = "403", description = "The caller is neither a manager nor in administration")
    List<CostRateView> all() {
        if (!Viewer.current().seesAllCustomers()) {
            throw Forbidden.because("semaforo.analytics.forbidden");
        }
        return rates.all().stream().map(CostRateView::of).toList();
    }

    @PutMapping
    @Operation(summary = "Set the rate of a role and activity type (managers only)",
            description = "Creates or replaces the rate. Activities already recorded keep their cost; the new rate "
                    + "prices the activities recorded from now on.")
    @ApiResponse(responseCode = "200", description = "The rate now in force")
    @ApiResponse(responseCode = "400", description = "Invalid input, each field named in errors")
    @ApiResponse(responseCode = "403", description = "The caller is not in the managers group")
    CostRateView change(@RequestBody NewCostRate request) throws MethodArgumentNotValidException {
        Viewer viewer = Viewer.current();
        if (!viewer.isMemberOf(Groups.MANAGERS)) {
            throw Forbidden.because("semaforo.costRate.managersOnly");
        }
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "newCostRate");
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(CHANGE_BODY, errors);
        }
        return CostRateView.of(rates.change(request, viewer.userId()));
    }
}
