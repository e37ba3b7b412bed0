package io.plancycle.people;

import io.plancycle.plan.AdminInput;
import io.plancycle.plan.Agencies;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.ui.FormSave;
import io.plancycle.ui.PlanningOfficePages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The planning office's pages of PlanCycle's users (使用者管理): the list, a new user, and one user's page, where their
 * details and roles are changed, the account disabled or enabled again, the password reset and the lock lifted.
 * Every change goes through {@link People}; a refusal comes back beside its field with what was typed kept.
 */
@Controller
@PlanningOfficePages
@RequestMapping("/admin/users")
class PeoplePages {

    private static final String LIST = "pages/people/users";
    private static final String USER = "pages/people/user";

    private final People people;
    private final Agencies agencies;
    private final AdminInput input;

    PeoplePages(People people, Agencies agencies, AdminInput input) {
        this.people = people;
        this.agencies = agencies;
        this.input = input;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", people.list());
        return LIST;
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return form(model, new UserForm(), null, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, Locale locale, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return FormSave.answering(response)
                .refused(errors -> form(model, form, null, errors(errors, locale)))
                .saveThen(() -> people.create(form.request()), created -> saved(redirect, created,
                        text(locale, "admin.users.created", created.id(), created.name())));
    }

    @GetMapping("/{id}")
    String user(@PathVariable String id, Model model) {
        UserView user = people.get(id);
        return form(model, UserForm.of(user), user, Map.of());
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") UserForm form, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        form.setId(id);
        return act(id, model, locale, redirect, response, form, () -> people.update(id, form.request()),
                "admin.users.saved");
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect,
                   HttpServletResponse response) {
        return act(id, model, locale, redirect, response, null, () -> people.setDisabled(id, true),
                "admin.users.disabled");
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return act(id, model, locale, redirect, response, null, () -> people.setDisabled(id, false),
                "admin.users.enabled");
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable String id, @RequestParam(required = false) String password, Model model,
                         Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, model, locale, redirect, response, null, () -> people.resetPassword(id, password),
                "admin.users.passwordReset");
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return act(id, model, locale, redirect, response, null, () -> people.unlock(id), "admin.users.unlocked");
    }

    /** One change to a user: back to their page saying so, or their page again with the refusal beside its field. */
    private String act(String id, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response,
                       UserForm typed, Supplier<UserView> change, String done) {
        return FormSave.answering(response)
                .refused(errors -> {
                    UserView user = people.get(id);
                    return form(model, typed == null ? UserForm.of(user) : typed, user, errors(errors, locale));
                })
                .saveThen(change, changed -> saved(redirect, changed, text(locale, done, changed.id(), changed.name())));
    }

    private String saved(RedirectAttributes redirect, UserView user, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/users/{id}").buildAndExpand(user.id()).encode()
                .toUriString();
    }

    private String form(Model model, UserForm form, UserView user, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("allAgencies", agencies.current());
        model.addAttribute("agencyNames", AdminInput.agencyNames(agencies.inCityOrder()));
        model.addAttribute("roleChoices", List.of("REVIEWER", "PANEL", "APPROVER", "ADMIN"));
        model.addAttribute("errors", errors);
        return USER;
    }

    /** The refusals in the reader's words, by field; several on one field are read together. */
    private Map<String, String> errors(List<InvalidInputException.FieldError> refused, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.forEach(error -> errors.merge(error.field(), input.problem(locale, error), (a, b) -> a + " " + b));
        return errors;
    }

    private String text(Locale locale, String key, Object... args) {
        return input.text(locale, key, args);
    }
}
