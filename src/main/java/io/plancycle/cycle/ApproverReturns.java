package io.plancycle.cycle;

import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The approver's return reaches the agencies: which agencies a return sends back (those named, or all), and which
 * agencies a pass of the cycle's submissions runs for ({@link AgencySubmissions}).
 */
@Component("approverReturns")
public class ApproverReturns {

    private final CycleRepository cycles;
    private final ApprovalRepository approvals;
    private final CycleAgencies taking;

    ApproverReturns(CycleRepository cycles, ApprovalRepository approvals, CycleAgencies taking) {
        this.cycles = cycles;
        this.approvals = approvals;
        this.taking = taking;
    }

    /**
     * A pass of the cycle's submissions: the agencies it runs for, in the city's order, and whether they revise what the
     * approver returned.
     */
    record Pass(List<String> agencies, boolean returned) {
    }

    /**
     * The pass the cycle's submissions make now: every agency of the cycle as it opens; after the approver's return,
     * the agencies of that return, revising by its reason.
     */
    Pass pass(int year) {
        return lastReturn(year).map(a -> new Pass(a.getReturnedAgencies(), true))
                .orElseGet(() -> new Pass(taking.codes(cycles.findByYear(year).orElseThrow().getId()), false));
    }

    /** The approver's latest return that sent the agency back: its reason is the comment the agency answers. */
    public Optional<CycleView.ApprovalView> latestFor(int year, String agencyCode) {
        return lastReturn(year).filter(a -> a.getReturnedAgencies().contains(agencyCode))
                .map(a -> new CycleView.ApprovalView(a.getDecision(), a.getReason(), a.getApprover(), a.getDecidedAt(),
                        a.getReturnedAgencies()));
    }

    /** The approver's last decision on the cycle, when it was a return. */
    private Optional<Approval> lastReturn(int year) {
        return approvals.findFirstByCycleIdOrderByIdDesc(cycles.findByYear(year).orElseThrow().getId())
                .filter(Approval::isReturn);
    }

    /**
     * The agencies a return sends back, in the city's order: those named (by code), each taking part in the cycle and
     * named once, or every agency of the cycle when none is named. The problems name {@code agencies[i]}.
     */
    List<String> chosen(int year, List<String> named, Problems problems) {
        List<String> all = taking.codes(cycles.findByYear(year).orElseThrow().getId());
        if (named == null || named.isEmpty()) {
            return all;
        }
        Set<String> seen = NamedAgencies.checked(named, all, MessageCode.CYCLE_AGENCY_NOT_TAKING_PART, problems);
        return all.stream().filter(seen::contains).toList();
    }

    /** The agencies a completion names, as the {@code returnedAgencies} value gives them: codes separated by commas. */
    static List<String> named(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    /** The agencies as a completion gives them ({@link #named}). */
    static String asValue(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }
}
