package it.semaforo.customers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.semaforo.platform.GroupDirectory;
import it.semaforo.platform.errors.InvalidInputException;
import it.semaforo.platform.errors.NotFoundException;

/**
 * Assignment rules: managers configure them; they give customers and prospects an owner per role, automatically
 * when a customer is saved and on demand for all of them.
 *
 * <p>Safe to re-run: an owner is kept unless {@code reassign} is asked for, and even then an owner who is still a
 * candidate of the matching rule keeps the customer; so a second run in a row changes nothing. Owners are written
 * on the customer, whose version makes a concurrent change of the same customer fail instead of being lost.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentRules {

    private static final Set<CustomerKind> ASSIGNED_KINDS = EnumSet.of(CustomerKind.CUSTOMER, CustomerKind.PROSPECT);
    private static final int DEFAULT_PRIORITY = 100;

    private final AssignmentRuleRepository rules;
    private final AssignmentCursorRepository cursors;
    private final CustomerRepository customers;
    private final Customers owners;
    private final GroupDirectory directory;
    private final Clock clock;

    AssignmentRules(AssignmentRuleRepository rules, AssignmentCursorRepository cursors, CustomerRepository customers,
                    Customers owners, GroupDirectory directory, Clock clock) {
        this.rules = rules;
        this.cursors = cursors;
        this.customers = customers;
        this.owners = owners;
        this.directory = directory;
        this.clock = clock;
    }

    /** Every rule, in the order they are tried. */
    public List<AssignmentRule> all() {
        return rules.findAllByOrderByPriorityAscIdAsc();
    }

    public AssignmentRule get(long id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("Assignment rule", id));
    }

    @Transactional
    public AssignmentRule create(AssignmentRuleRequest request) {
        AssignmentRule rule = new AssignmentRule(clock.instant());
        define(rule, request);
        rule = rules.save(rule);
        cursors.save(new AssignmentCursor(rule.getId()));
        return rule;
    }

    @Transactional
    public AssignmentRule update(long id, AssignmentRuleRequest request) {
        AssignmentRule rule = get(id);
        define(rule, request);
        return rule;
    }

    @Transactional
    public void delete(long id) {
        rules.delete(get(id));
    }

    /** Applies the active rules to every customer and prospect, oldest first (so the order of turns is stable). */
    @Transactional
    public AssignmentReport apply(boolean reassign) {
        Run run = new Run(reassign);
        customers.findByKindInOrderByIdAsc(ASSIGNED_KINDS).forEach(run::assign);
        return run.tally.report();
    }

    /** A customer recorded or changed gets an owner for each role it has none for, in the same transaction. */
    @EventListener
    @Transactional
    public void assignOwners(CustomerEvents.CustomerSaved saved) {
        Customer customer = customers.findById(saved.customerId()).orElseThrow();
        if (ASSIGNED_KINDS.contains(customer.getKind())) {
            new Run(false).assign(customer);
        }
    }

    /** Checks and normalises the request into the rule; 400 naming the field on a bad value. */
    private void define(AssignmentRule rule, AssignmentRuleRequest request) {
        List<String> provinces = distinct(request.provinces(), sigla -> ItalianProvinces.bySigla(sigla)
                .orElseThrow(() -> new InvalidInputException("provinces", "semaforo.province.unknown", sigla))
                .sigla());
        List<String> regions = distinct(request.regions(), name -> ItalianProvinces.region(name)
                .orElseThrow(() -> new InvalidInputException("regions", "semaforo.region.unknown", name)));
        List<String> sectors = distinct(request.sectors(), String::strip);
        if (request.employeesMin() != null && request.employeesMax() != null
                && request.employeesMax() < request.employeesMin()) {
            throw new InvalidInputException("employeesMax", "semaforo.assignment.employeesRange");
        }
        String group = request.targetGroup() == null || request.targetGroup().isBlank() ? null
                : request.targetGroup().strip();
        List<String> users = distinct(request.targetUsers(), String::strip).stream().sorted().toList();
        if ((group == null) == users.isEmpty()) {
            throw new InvalidInputException("targetGroup", "semaforo.assignment.target");
        }
        for (String user : users) {
            owners.requireMember(user, request.role(), "targetUsers");
        }
        rule.define(request.name().strip(), request.role(), provinces, regions, sectors, request.employeesMin(),
                request.employeesMax(), group, users, request.strategy(),
                request.priority() == null ? DEFAULT_PRIORITY : request.priority(),
                request.active() == null || request.active());
    }

    /** The values converted, without repeats (compared without regard to case), in the order given. */
    private static List<String> distinct(List<String> values, Function<String, String> convert) {
        Map<String, String> unique = new LinkedHashMap<>();
        if (values != null) {
            values.stream().map(convert).forEach(v -> unique.putIfAbsent(v.toLowerCase(Locale.ROOT), v));
        }
        return new ArrayList<>(unique.values());
    }

    /** One application of the active rules: candidates, loads and turns are read once and kept up to date. */
    private final class Run {

        private final boolean reassign;
        private final List<AssignmentRule> active = rules.findByActiveTrueOrderByPriorityAscIdAsc();
        private final AssignmentReport.Tally tally = new AssignmentReport.Tally();
        private final Map<Long, List<String>> candidates = new HashMap<>();
        private final Map<Long, AssignmentCursor> turns = new HashMap<>();
        /** Customers owned per role and user, for the users looked up so far. */
        private final Map<OwnerRole, Map<String, Long>> loads = new EnumMap<>(OwnerRole.class);

        Run(boolean reassign) {
            this.reassign = reassign;
            for (OwnerRole role : OwnerRole.values()) {
                loads.put(role, new HashMap<>());
            }
        }

        void assign(Customer customer) {
            tally.examined();
            for (OwnerRole role : OwnerRole.values()) {
                assign(customer, role);
            }
        }

        private void assign(Customer customer, OwnerRole role) {
            String current = customer.ownerFor(role);
            if (current != null && !reassign) {
                tally.unchanged(role);
                return;
            }
            AssignmentRule rule = active.stream().filter(r -> r.getRole() == role && r.matches(customer))
                    .findFirst().orElse(null);
            if (rule == null) {
                if (current == null) {
                    tally.withoutMatchingRule(role);
                } else {
                    tally.unchanged(role);
                }
                return;
            }
            List<String> people = candidates.computeIfAbsent(rule.getId(), id -> candidatesOf(rule));
            if (current != null && people.contains(current)) {
                tally.unchanged(role);
                return;
            }
            if (people.isEmpty()) {
                tally.withoutCandidates(role);
                return;
            }
            String chosen = rule.getStrategy() == AssignmentStrategy.ROUND_ROBIN ? nextInTurn(rule, people)
                    : leastLoaded(role, people);
            customer.assignOwner(role, chosen);
            Map<String, Long> load = loads.get(role);
            load.computeIfPresent(chosen, (user, count) -> count + 1);
            if (current != null) {
                load.computeIfPresent(current, (user, count) -> count - 1);
            }
            tally.assigned(role);
        }

        private List<String> candidatesOf(AssignmentRule rule) {
            List<String> people = rule.getTargetGroup() != null ? directory.membersOf(rule.getTargetGroup())
                    : rule.getTargetUsers();
            return people.stream().sorted().toList();
        }

        /** The first candidate after the one who had the previous turn (by user id), or the first. */
        private String nextInTurn(AssignmentRule rule, List<String> people) {
            AssignmentCursor cursor = turns.computeIfAbsent(rule.getId(), id -> cursors.findById(id).orElseThrow());
            String last = cursor.getLastUserId();
            String next = people.stream().filter(user -> last != null && user.compareTo(last) > 0).findFirst()
                    .orElse(people.get(0));
            cursor.moveTo(next);
            return next;
        }

        private String leastLoaded(OwnerRole role, List<String> people) {
            Map<String, Long> load = loads.get(role);
            List<String> unknown = people.stream().filter(user -> !load.containsKey(user)).toList();
            if (!unknown.isEmpty()) {
                customers.flush(); // counts must include the owners given so far in this run
                unknown.forEach(user -> load.put(user, 0L));
                customers.countOwned(role, unknown)
                        .forEach(row -> load.put(row.getUserId(), row.getCustomers()));
            }
            return people.stream()
                    .min(Comparator.<String>comparingLong(load::get).thenComparing(Comparator.naturalOrder()))
                    .orElseThrow();
        }
    }
}
