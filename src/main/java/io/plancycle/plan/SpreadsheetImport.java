package io.plancycle.plan;

import io.plancycle.document.Spreadsheet;
import io.plancycle.document.SpreadsheetReader;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import io.plancycle.problem.Term;
import io.plancycle.problem.WrongStageException;
import io.plancycle.security.CurrentUser;
import io.plancycle.ui.FormChecks;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;

/**
 * An agency imports its plan from a spreadsheet it downloaded (the plan book or the performance report, XLSX or ODS)
 * and edited: first a preview of every cell that changes the draft, then the import itself, which saves exactly those
 * cells through the one door of a draft ({@link PlanService#saveDraft}) with the version the preview was made
 * against. Anything wrong refuses the whole file, every problem named by its cell, and nothing is saved.
 * <p>
 * Neither step holds a transaction while the file is read: the version check of the save keeps a plan changed
 * meanwhile from being overwritten.
 */
@Service
public class SpreadsheetImport {

    /**
     * The largest file a page lets an agency send, as large as any request may be (web/RequestSizeLimit and
     * spring.servlet.multipart): a larger one is refused in the browser before it is sent.
     */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private final PlanService plans;
    private final Agencies agencies;
    private final FormChecks checks;

    SpreadsheetImport(PlanService plans, Agencies agencies, FormChecks checks) {
        this.plans = plans;
        this.agencies = agencies;
        this.checks = checks;
    }

    /** What importing the file would change in the agency's draft as it is now. */
    public ImportPreview preview(int year, String agencyCode, byte[] file) {
        PlanView plan = draftOf(year, agencyCode);
        return preview(plan.version(), read(plan, file).changes());
    }

    /**
     * Imports the file into the agency's draft, as previewed against the plan at {@code version}; refused as a
     * conflict when the plan has been saved since. Answers what was imported, with the plan's new version; a file
     * that changes nothing saves nothing.
     */
    public ImportPreview apply(int year, String agencyCode, byte[] file, long version) {
        PlanView plan = draftOf(year, agencyCode);
        if (plan.version() != version) {
            throw new ConflictException(MessageCode.PLAN_SAVED_MEANWHILE, plan.version(), version);
        }
        Read read = read(plan, file);
        if (read.changes().isEmpty()) {
            return preview(version, read.changes());
        }
        try {
            return preview(plans.saveDraft(year, agencyCode, read.draft().draft()).version(), read.changes());
        } catch (InvalidInputException refused) {
            throw new InvalidInputException(read.draft().byCell(refused.getErrors()));
        }
    }

    /** The agency's own plan, while it drafts: a spreadsheet changes nothing at any other step. */
    private PlanView draftOf(int year, String agencyCode) {
        CurrentUser.requireAgency(agencyCode);
        PlanView plan = plans.read(year, agencyCode);
        if (plan.stage() != SubmissionStage.DRAFTING) {
            throw new WrongStageException(plan.stage().name(), MessageCode.IMPORT_LOCKED, plan.agencyName(),
                    new Term("stage." + plan.stage().name()));
        }
        return plan;
    }

    private record Read(List<ImportReading.ChangedCell> changes, ImportDraft draft) {
    }

    /** The file's changes to the plan and the draft they make, or every problem at once. */
    private Read read(PlanView plan, byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidInputException("file", MessageCode.FIELD_REQUIRED);
        }
        Spreadsheet spreadsheet = SpreadsheetReader.read(file);
        List<String> others = agencies.inCityOrder().stream().map(Agency::getName)
                .filter(name -> !name.equals(plan.agencyName())).toList();
        ImportReading reading = ImportReading.of(spreadsheet, plan, others);
        ImportDraft draft = new ImportDraft(plan, reading.changes());
        Problems problems = reading.problems();
        draft.byCell(checks.of(draft.draft()))
                .forEach(error -> problems.add(error.field(), error.code(), error.args().toArray()));
        problems.throwIfAny();
        return new Read(reading.changes(), draft);
    }

    private static ImportPreview preview(long version, List<ImportReading.ChangedCell> changes) {
        return new ImportPreview(version, changes.stream().map(c -> new ImportPreview.Change(c.cell(), c.kpi().id(),
                Numbering.kpi(c.goal().no(), c.kpi().no(), Locale.TAIWAN), c.goal().no(), c.kpi().no(), c.kpi().name(),
                c.column().header(), c.before(), c.after())).toList());
    }
}
