package it.semaforo.customers;

import java.util.EnumMap;
import java.util.Map;

/**
 * What applying the rules did, per role: owners given (or changed), owners kept, customers left without owner
 * because no rule matched, and customers whose matching rule had no candidates (an empty group).
 */
public record AssignmentReport(int examined, Map<OwnerRole, Integer> assigned, Map<OwnerRole, Integer> unchanged,
                               Map<OwnerRole, Integer> withoutMatchingRule, Map<OwnerRole, Integer> withoutCandidates) {

    /** Counts while the rules are applied. */
    static final class Tally {
        private int examined;
        private final Map<OwnerRole, Integer> assigned = zeros();
        private final Map<OwnerRole, Integer> unchanged = zeros();
        private final Map<OwnerRole, Integer> withoutMatchingRule = zeros();
        private final Map<OwnerRole, Integer> withoutCandidates = zeros();

        void examined() {
            examined++;
        }

        void assigned(OwnerRole role) {
            assigned.merge(role, 1, Integer::sum);
        }

        void unchanged(OwnerRole role) {
            unchanged.merge(role, 1, Integer::sum);
        }

        void withoutMatchingRule(OwnerRole role) {
            withoutMatchingRule.merge(role, 1, Integer::sum);
        }

        void withoutCandidates(OwnerRole role) {
            withoutCandidates.merge(role, 1, Integer::sum);
        }

        AssignmentReport report() {
            return new AssignmentReport(examined, assigned, unchanged, withoutMatchingRule, withoutCandidates);
        }

        private static Map<OwnerRole, Integer> zeros() {
            Map<OwnerRole, Integer> counts = new EnumMap<>(OwnerRole.class);
            for (OwnerRole role : OwnerRole.values()) {
                counts.put(role, 0);
            }
            return counts;
        }
    }
}
