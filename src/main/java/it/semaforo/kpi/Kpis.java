package it.semaforo.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.platform.Viewer;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * The KPI lights: measured live from the domain through each {@link KpiSource}, coloured by the current definition
 * (so a changed threshold shows at once), and recorded at every alert cycle to give a trend and to notice when a
 * light gets worse.
 */
@Service
@Transactional(readOnly = true)
public class Kpis {

    private static final Logger log = LoggerFactory.getLogger(Kpis.class);

    /** A KPI whose light got worse since its previous recorded evaluation. */
    public record Worsened(KpiLight now, Light before) {
    }

    private final KpiDefinitionRepository definitions;
    private final KpiEvaluationRepository evaluations;
    private final Map<String, KpiSource> sources;
    private final Clock clock;

    Kpis(KpiDefinitionRepository definitions, KpiEvaluationRepository evaluations, List<KpiSource> sources,
         Clock clock) {
        this.definitions = definitions;
        this.evaluations = evaluations;
        this.sources = sources.stream().collect(Collectors.toMap(KpiSource::code, Function.identity()));
        this.clock = clock;
    }

    /** The lights the viewer may see, worst first; with {@code onlyProblems} the green ones are left out. */
    public List<KpiLight> lights(Viewer viewer, boolean onlyProblems) {
        return measure(definitions().stream().filter(definition -> definition.isVisibleTo(viewer)).toList()).stream()
                .filter(light -> !onlyProblems || light.isProblem())
                .sorted(Comparator.comparing(KpiLight::light).reversed()
                        .thenComparing(light -> light.definition().getCode()))
                .toList();
    }

    public KpiDefinition definition(String code) {
        return definitions.findById(code).orElseThrow(() -> new NotFoundException("KPI", code));
    }

    /** The definition if the viewer may see it; otherwise it does not exist for them. */
    public KpiDefinition definition(String code, Viewer viewer) {
        KpiDefinition definition = definition(code);
        if (!definition.isVisibleTo(viewer)) {
            throw new NotFoundException("KPI", code);
        }
        return definition;
    }

    /** One KPI's current light, if the viewer may see it. */
    public KpiLight light(String code, Viewer viewer) {
        return measure(List.of(definition(code, viewer))).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("KPI", code));
    }

    public List<KpiDefinition> definitions() {
        return definitions.findAll(Sort.by("code"));
    }

    @Transactional
    public KpiDefinition change(String code, KpiDefinitionChange change) {
        if (change.redThreshold().compareTo(change.yellowThreshold()) < 0) {
            throw new InvalidInputException("redThreshold", "semaforo.kpi.redBelowYellow");
        }
        KpiDefinition definition = definition(code);
        definition.change(change);
        return definitions.saveAndFlush(definition);
    }

    /** The latest recorded evaluations of a KPI, newest first. */
    public List<KpiEvaluation> trend(String code, int points) {
        return evaluations.findByKpiCodeOrderByEvaluatedAtDescIdDesc(code, PageRequest.of(0, points));
    }

    /**
     * Measures every KPI, records the evaluations and answers those whose light is worse than at the previous
     * recorded evaluation and whose alerts are on. A light that stays red is not reported again.
     */
    @Transactional
    public List<Worsened> evaluateAndRecord() {
        Instant now = clock.instant();
        List<Worsened> worsened = new ArrayList<>();
        for (KpiLight light : measure(definitions())) {
            String code = light.definition().getCode();
            Light before = evaluations.findFirstByKpiCodeOrderByEvaluatedAtDescIdDesc(code)
                    .map(KpiEvaluation::getLight).orElse(Light.GREEN);
            evaluations.save(new KpiEvaluation(code, now, light.value(), light.light()));
            if (light.definition().isAlertsEnabled() && light.light().isWorseThan(before)) {
                worsened.add(new Worsened(light, before));
            }
        }
        return worsened;
    }

    private List<KpiLight> measure(List<KpiDefinition> definitionsToMeasure) {
        LocalDate today = LocalDate.now(clock);
        List<KpiLight> lights = new ArrayList<>();
        for (KpiDefinition definition : definitionsToMeasure) {
            KpiSource source = sources.get(definition.getCode());
            if (source == null) {
                log.warn("KPI {} has no source: no module measures it", definition.getCode());
                continue;
            }
            BigDecimal value = source.measure(definition, today);
            lights.add(new KpiLight(definition, value, definition.lightFor(value)));
        }
        return lights;
    }
}
