package io.plancycle.cycle;

import io.plancycle.plan.Agencies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 本機關計畫: every cycle the agency took part in, newest first, with its step there and the way to its plan, history,
 * report and review-response table, whatever the state of its tasks.
 */
@Controller
class AgencyCyclePages {

    private final AgencyCycles agencyCycles;
    private final Agencies agencies;

    AgencyCyclePages(AgencyCycles agencyCycles, Agencies agencies) {
        this.agencyCycles = agencyCycles;
        this.agencies = agencies;
    }

    @GetMapping("/agencies/{code}/cycles")
    String cycles(@PathVariable String code, Model model) {
        model.addAttribute("taken", agencyCycles.of(code));
        model.addAttribute("agencyCode", code);
        model.addAttribute("agencyName", agencies.byCode(code).getName());
        return "pages/agency/cycles";
    }
}
