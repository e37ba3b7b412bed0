package io.plancycle.plan;

import io.plancycle.problem.InvalidInputException;
import io.plancycle.ui.FormSave;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static io.plancycle.plan.AgencyPage.base;

/**
 * The plan editor's import from a spreadsheet: the agency uploads the plan book or performance report it downloaded
 * and edited, sees every cell that would change its draft (or every problem, by cell), and confirms or cancels. The
 * upload waits in the session ({@link ImportUploads}); the preview is a page of its own address, so that it can be
 * reloaded or shown in the other language. A confirmation after someone else saved the plan imports nothing and
 * says so.
 */
@Controller
@RequestMapping("/cycles/{year}/agencies/{code}/plan/import")
class PlanImportPages {

    private final SpreadsheetImport imports;
    private final PlanService plans;
    private final AgencyPageText text;

    PlanImportPages(SpreadsheetImport imports, PlanService plans, AgencyPageText text) {
        this.imports = imports;
        this.plans = plans;
        this.text = text;
    }

    @PostMapping
    String upload(@PathVariable int year, @PathVariable String code, @RequestParam(required = false) MultipartFile file,
                  HttpSession session) throws IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        ImportUploads.keep(session, year, code, file == null ? "" : fileName(file.getOriginalFilename()), bytes);
        return "redirect:" + base(year, code) + "/plan/import";
    }

    @GetMapping
    String preview(@PathVariable int year, @PathVariable String code, Model model, HttpSession session,
                   HttpServletResponse response) {
        Optional<ImportUploads.Upload> upload = ImportUploads.of(session, year, code);
        if (upload.isEmpty()) {
            return "redirect:" + base(year, code) + "/plan";
        }
        PlanView plan = plans.read(year, code);
        return answering(response, model, plan, year, code, upload.get())
                .saveThen(() -> imports.preview(year, code, upload.get().bytes()), preview -> {
                    model.addAttribute("token", ImportUploads.previewed(session, upload.get(), preview.version()));
                    return page(model, plan, upload.get(), preview.changes(), List.of());
                });
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable int year, @PathVariable String code, @RequestParam(required = false) String token,
                   Model model, HttpSession session, RedirectAttributes redirect, HttpServletResponse response) {
        Optional<ImportUploads.Upload> upload = ImportUploads.previewedAs(session, year, code, token);
        if (upload.isEmpty()) {
            redirect.addFlashAttribute("importExpired", true);
            return "redirect:" + base(year, code) + "/plan/import";
        }
        PlanView plan = plans.read(year, code);
        return answering(response, model, plan, year, code, upload.get())
                .saveThen(() -> imports.apply(year, code, upload.get().bytes(), upload.get().version()), imported -> {
                    ImportUploads.forget(session);
                    redirect.addFlashAttribute("flash", "agency.flash.imported");
                    redirect.addFlashAttribute("flashCount", imported.changes().size());
                    return "redirect:" + base(year, code) + "/plan";
                });
    }

    /** The preview again, nothing imported: with the file's problems, or saying the plan moved on or changed first. */
    private FormSave answering(HttpServletResponse response, Model model, PlanView plan, int year, String code,
                               ImportUploads.Upload upload) {
        return AgencyPage.saving(response, model, plan, () -> plans.read(year, code),
                        shown -> page(model, shown, upload, List.of(), List.of()))
                .refused(problems -> page(model, plan, upload, List.of(), problems));
    }

    private String page(Model model, PlanView plan, ImportUploads.Upload upload, List<ImportPreview.Change> changes,
                        List<InvalidInputException.FieldError> problems) {
        model.addAttribute("plan", plan);
        model.addAttribute("fileName", upload.name());
        model.addAttribute("changes", changes);
        model.addAttribute("problems", text.errors(problems, field -> "", field -> field));
        model.addAttribute("active", "plan");
        return "pages/agency/import";
    }

    /** The file's own name, without the folders an old browser sends with it. */
    private static String fileName(String sent) {
        String name = sent == null ? "" : sent;
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
