package io.plancycle.plan;

import java.util.Map;
import java.util.TreeMap;

/** The plan editor's fields for a lowered target (下修說明): its cause (原因) and countermeasure (因應策略). */
public class TargetNoteForm {
    public String cause;
    public String countermeasure;

    /** The notes as read, per ROC year, ready to edit. */
    static Map<Integer, TargetNoteForm> of(Map<Integer, PlanDraft.Note> notes) {
        Map<Integer, TargetNoteForm> forms = new TreeMap<>();
        if (notes != null) {
            notes.forEach((year, note) -> {
                TargetNoteForm form = new TargetNoteForm();
                form.cause = note.cause();
                form.countermeasure = note.countermeasure();
                forms.put(year, form);
            });
        }
        return forms;
    }

    /** The notes as the draft sends them: those with a cause or a countermeasure, trimmed. */
    static Map<Integer, PlanDraft.Note> drafts(Map<Integer, TargetNoteForm> forms) {
        Map<Integer, PlanDraft.Note> notes = new TreeMap<>();
        forms.forEach((year, form) -> {
            if (year != null && !(AgencyPlanForm.blank(form.cause) && AgencyPlanForm.blank(form.countermeasure))) {
                notes.put(year, new PlanDraft.Note(AgencyPlanForm.text(form.cause),
                        AgencyPlanForm.text(form.countermeasure)));
            }
        });
        return notes;
    }
}
