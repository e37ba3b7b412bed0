package io.plancycle.notification;

import io.plancycle.plan.AdminInput;
import io.plancycle.plan.Agencies;
import io.plancycle.plan.Agency;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.ui.FormSave;
import io.plancycle.ui.PlanningOfficePages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The planning office's page of the agencies' contacts (機關聯絡人): who of each agency is told of its steps. Refused
 * rows come back next to their fields, with what was typed kept.
 */
@Controller
@PlanningOfficePages
@RequestMapping("/admin")
class ContactPages {

    private final ContactBook contactBook;
    private final Agencies agencies;
    private final AdminInput input;

    ContactPages(ContactBook contactBook, Agencies agencies, AdminInput input) {
        this.contactBook = contactBook;
        this.agencies = agencies;
        this.input = input;
    }

    @GetMapping("/contacts")
    String contacts(@RequestParam(required = false) String agency, Model model) {
        List<Agency> all = agencies.inCityOrder();
        String code = agency == null || agency.isBlank() ? (all.isEmpty() ? null : all.get(0).getCode()) : agency;
        AdminContactsForm form = new AdminContactsForm();
        form.setAgency(code);
        if (code != null) {
            contactBook.read(code).forEach(c -> form.getContacts().add(AdminContactRow.of(c)));
        }
        form.getContacts().add(new AdminContactRow());
        return contactsPage(model, all, form, new LinkedHashMap<>(), null);
    }

    /** Replaces the agency's contacts with the rows kept (blank rows and rows marked for removal are left out). */
    @PostMapping("/contacts")
    String saveContacts(@ModelAttribute("form") AdminContactsForm form, Model model, Locale locale,
                        RedirectAttributes redirect, HttpServletResponse response) {
        List<ContactView> kept = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; i < form.getContacts().size(); i++) {
            AdminContactRow row = form.getContacts().get(i);
            if (row == null || row.isRemove() || row.isBlank()) {
                continue;
            }
            kept.add(new ContactView(row.getName(), row.getEmail(), row.getRole()));
            rowOf.add(i);
        }
        return FormSave.answering(response)
                .refused(refused -> refused(refused, rowOf, form, model, locale))
                .save(() -> contactBook.replace(form.getAgency(), kept), () -> {
                    String name = AdminInput.agencyNames(agencies.inCityOrder())
                            .getOrDefault(form.getAgency(), form.getAgency());
                    redirect.addFlashAttribute("notice", text(locale, "admin.contacts.saved", name, kept.size()));
                    return "redirect:" + UriComponentsBuilder.fromPath("/admin/contacts")
                            .queryParam("agency", form.getAgency()).build().encode().toUriString();
                });
    }

    /** The form again, each refusal next to its row's field (rows counted as the form has them) and listed on top. */
    private String refused(List<InvalidInputException.FieldError> refused, List<Integer> rowOf, AdminContactsForm form,
                           Model model, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> summary = new LinkedHashMap<>();
        String general = null;
        for (InvalidInputException.FieldError error : refused) {
            String field = error.field();
            int close = field.indexOf(']');
            if (field.startsWith("[") && close > 0) {
                int row = rowOf.get(Integer.parseInt(field.substring(1, close)));
                String part = field.substring(close + 2);
                errors.putIfAbsent("contacts[" + row + "]." + part, input.problem(locale, error));
                summary.putIfAbsent("contacts[" + row + "]." + part, text(locale, "admin.contacts.rowError", row + 1,
                        errors.get("contacts[" + row + "]." + part)));
            } else {
                general = input.problem(locale, error);
            }
        }
        model.addAttribute("errorSummary", summary);
        return contactsPage(model, agencies.inCityOrder(), form, errors, general);
    }

    private String contactsPage(Model model, List<Agency> all, AdminContactsForm form, Map<String, String> errors,
                                String general) {
        Map<String, String> names = AdminInput.agencyNames(all);
        model.addAttribute("allAgencies", all);
        model.addAttribute("agencyNames", names);
        model.addAttribute("form", form);
        // An unknown code never gets here: reading or replacing its contacts has answered 404 already.
        model.addAttribute("agencyName", names.getOrDefault(form.getAgency(), ""));
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        return "pages/admin/contacts";
    }

    private String text(Locale locale, String key, Object... args) {
        return input.text(locale, key, args);
    }
}
