package io.plancycle.audit;

import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.problem.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit trail page of the planning office: filters, the entries newest first, and a CSV download. */
@Controller
class AuditPages {

    static final int PAGE_SIZE = AuditFilter.DEFAULT_SIZE;

    private final AuditTrail trail;
    private final AuditCsv csv;
    private final AuditWords words;

    AuditPages(AuditTrail trail, AuditCsv csv, AuditWords words) {
        this.trail = trail;
        this.csv = csv;
        this.words = words;
    }

    /** An entry with its time as the page shows it: 110/04/30 14:05:00 in the users' zone. */
    public record Row(AuditEntry entry, String time) {
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) String user, @RequestParam(required = false) String entity,
               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
               @RequestParam(required = false) String page, Model model) {
        CurrentUser.require(Role.ADMIN);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("user", user == null ? "" : user.strip());
        filters.put("entity", entity == null ? "" : entity.strip());
        filters.put("from", from == null ? "" : from.strip());
        filters.put("to", to == null ? "" : to.strip());
        model.addAttribute("filters", filters);
        model.addAttribute("types", trail.types());
        try {
            AuditTrail.AuditRequest request = trail.request(user, entity, from, to, page, null);
            AuditPage result = trail.page(request.filter(), request.page(), PAGE_SIZE);
            model.addAttribute("result", result);
            model.addAttribute("rows", result.entries().stream().map(this::row).toList());
            model.addAttribute("errors", Map.of());
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.getErrors().forEach(error -> errors.putIfAbsent(error.field(), error.code().key()));
            model.addAttribute("result", new AuditPage(0, PAGE_SIZE, 0, List.of()));
            model.addAttribute("rows", List.of());
            model.addAttribute("errors", errors);
        }
        return "pages/audit/log";
    }

    /** The whole trail matching the page's filters as CSV; with bad filters, the page again with its errors. */
    @GetMapping("/admin/audit/csv")
    String download(@RequestParam(required = false) String user, @RequestParam(required = false) String entity,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    HttpServletResponse response, Model model) throws IOException {
        CurrentUser.require(Role.ADMIN);
        AuditFilter filter;
        try {
            filter = trail.filter(user, entity, from, to);
        } catch (InvalidInputException e) {
            return log(user, entity, from, to, null, model);
        }
        csv.send(filter, response);
        return null;
    }

    private Row row(AuditEntry entry) {
        return new Row(entry, words.time(entry.at()));
    }
}
