package it.semaforo.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import it.semaforo.kpi.KpiDefinition;
import it.semaforo.kpi.KpiEvaluation;
import it.semaforo.kpi.KpiLight;
import it.semaforo.kpi.Kpis;
import it.semaforo.platform.Groups;
import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;

/**
 * A KPI's page: its definition, its current value and light (measured now, so a changed threshold shows at once) and
 * its trend. Managers change lead time, thresholds, visibility, recipients, owner group and alerts here.
 */
@Controller
class KpiPageController {

    static final int TREND_POINTS = 30;

    /** One point of the trend chart, in SVG coordinates. */
    record Point(double x, double y, KpiEvaluation evaluation) {
    }

    private final Kpis kpis;
    private final FormErrors formErrors;

    KpiPageController(Kpis kpis, FormErrors formErrors) {
        this.kpis = kpis;
        this.formErrors = formErrors;
    }

    @GetMapping("/kpis/{code}")
    String page(@PathVariable String code, Model model) {
        Viewer viewer = Viewer.current();
        KpiDefinition definition = kpis.definition(code, viewer);
        model.addAttribute("kpiForm", KpiForm.of(definition));
        return render(definition, viewer, model);
    }

    @PostMapping("/kpis/{code}")
    String change(@PathVariable String code, @ModelAttribute("kpiForm") KpiForm form, BindingResult binding,
                  HttpServletResponse response, Model model) {
        Viewer viewer = Viewer.current();
        KpiDefinition definition = kpis.definition(code, viewer);
        if (!viewer.isMemberOf(Groups.MANAGERS)) {
            throw new ConsoleErrors.Forbidden();
        }
        var change = form.toChange();
        formErrors.validate(change, binding);
        if (!binding.hasErrors()) {
            try {
                kpis.change(code, change);
                return "redirect:/kpis/" + code + "?saved";
            } catch (InvalidInputException refused) {
                formErrors.reject(refused, binding);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return render(definition, viewer, model);
    }

    private String render(KpiDefinition definition, Viewer viewer, Model model) {
        KpiLight light = kpis.light(definition.getCode(), viewer);
        List<KpiEvaluation> newestFirst = kpis.trend(definition.getCode(), TREND_POINTS);
        List<KpiEvaluation> trend = new ArrayList<>(newestFirst);
        Collections.reverse(trend);
        model.addAttribute("definition", definition);
        model.addAttribute("light", light);
        model.addAttribute("trend", trend);
        model.addAttribute("trendTable", newestFirst);
        model.addAttribute("chart", chart(trend, definition));
        model.addAttribute("canEdit", viewer.isMemberOf(Groups.MANAGERS));
        return "console/kpi";
    }

    /** The trend drawn on a 600×160 SVG: a line through the points, and the two thresholds as lines. */
    record Chart(String polyline, List<Point> points, double yellowY, double redY) {
    }

    static Chart chart(List<KpiEvaluation> trend, KpiDefinition definition) {
        if (trend.isEmpty()) {
            return null;
        }
        BigDecimal max = definition.getRedThreshold();
        for (KpiEvaluation evaluation : trend) {
            max = max.max(evaluation.getValue());
        }
        double top = max.doubleValue() <= 0 ? 1 : max.doubleValue() * 1.1;
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int n = trend.size();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? 300 : 10 + 580.0 * i / (n - 1);
            double y = y(trend.get(i).getValue(), top);
            points.add(new Point(x, y, trend.get(i)));
            line.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return new Chart(line.toString().strip(), points, y(definition.getYellowThreshold(), top),
                y(definition.getRedThreshold(), top));
    }

    private static double y(BigDecimal value, double top) {
        return 150 - 140 * value.doubleValue() / top;
    }
}
