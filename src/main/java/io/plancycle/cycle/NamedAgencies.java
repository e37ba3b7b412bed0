package io.plancycle.cycle;

import io.plancycle.problem.MessageCode;
import io.plancycle.problem.ProblemCode;
import io.plancycle.problem.Problems;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Agencies a request names by code, checked one by one: each must be among those it may name and named once, a
 * problem at {@code agencies[i]} otherwise. Opening a cycle and the approver's return name agencies alike.
 */
final class NamedAgencies {

    private NamedAgencies() {
    }

    /**
     * The codes named that may be, each once.
     *
     * @param outside the refusal of a code not among {@code allowed}
     */
    static Set<String> checked(List<String> named, Collection<String> allowed, ProblemCode outside, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < named.size(); i++) {
            String code = named.get(i);
            if (!allowed.contains(code)) {
                problems.add("agencies[" + i + "]", outside, code);
            } else if (!seen.add(code)) {
                problems.add("agencies[" + i + "]", MessageCode.CYCLE_AGENCY_TWICE, code);
            }
        }
        return seen;
    }
}
