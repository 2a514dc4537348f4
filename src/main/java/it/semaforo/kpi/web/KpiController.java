package it.semaforo.kpi.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.semaforo.kpi.KpiDefinitionChange;
import it.semaforo.kpi.Kpis;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.Forbidden;

@RestController
@RequestMapping("/api/kpis")
@Tag(name = "KPI", description = "Traffic lights (green / yellow / red) and the thresholds behind them")
class KpiController {

    /** The body of {@link #change}: validated by hand, after the permission check, as {@code @Valid} would. */
    private static final MethodParameter CHANGE_BODY = new MethodParameter(
            ReflectionUtils.findMethod(KpiController.class, "change", String.class, KpiDefinitionChange.class), 1);

    private final Kpis kpis;
    private final SmartValidator validator;

    KpiController(Kpis kpis, SmartValidator validator) {
        this.kpis = kpis;
        this.validator = validator;
    }

    @GetMapping
    @Operation(summary = "The KPI lights the caller may see, worst first",
            description = "Each light is measured now and coloured by the current thresholds: value >= red is RED, "
                    + ">= yellow is YELLOW, else GREEN. The name is in the request language (Accept-Language); "
                    + "trend: the last " + KpiLightView.TREND_POINTS + " values recorded by the kpi-alerts cycle, "
                    + "oldest first.")
    List<KpiLightView> lights(@Parameter(description = "true: only yellow and red lights")
                              @RequestParam(defaultValue = "false") boolean onlyProblems) {
        Locale locale = LocaleContextHolder.getLocale();
        return kpis.lights(Viewer.current(), onlyProblems).stream()
                .map(light -> KpiLightView.of(light,
                        kpis.trend(light.definition().getCode(), KpiLightView.TREND_POINTS), locale))
                .toList();
    }

    @GetMapping("/{code}/definition")
    @Operation(summary = "One KPI's definition: thresholds, lead time, visibility, alert recipients, owner group")
    @ApiResponse(responseCode = "404", description = "No such KPI, or the caller may not see it")
    KpiDefinitionView definition(@PathVariable String code) {
        return KpiDefinitionView.of(kpis.definition(code, Viewer.current()), LocaleContextHolder.getLocale());
    }

    @PutMapping("/{code}/definition")
    @Operation(summary = "Change a KPI's thresholds, lead time, visibility and alerts (managers only)",
            description = "The new thresholds colour the lights at once. The red threshold may not be below the "
                    + "yellow one; visibleTo and alertRecipients hold group:<id> and user:<id> entries.")
    @ApiResponse(responseCode = "200", description = "The changed definition")
    @ApiResponse(responseCode = "400", description = "Invalid input, each field named in errors")
    @ApiResponse(responseCode = "403", description = "The caller is not in the managers group")
    @ApiResponse(responseCode = "404", description = "No such KPI")
    KpiDefinitionView change(@PathVariable String code, @RequestBody KpiDefinitionChange change)
            throws MethodArgumentNotValidException {
        if (!Viewer.current().isMemberOf(Groups.MANAGERS)) {
            throw Forbidden.because("semaforo.kpi.managersOnly");
        }
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(change, "kpiDefinitionChange");
        validator.validate(change, errors);
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(CHANGE_BODY, errors);
        }
        return KpiDefinitionView.of(kpis.change(code, change), LocaleContextHolder.getLocale());
    }

}
