package io.plancycle.cycle;

import io.plancycle.step.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The form that opens a cycle: the ROC year, the five due dates (ISO, as date inputs send them), the agencies, and on
 * the check step the reason for opening while the year before is not approved. The check step sends the same fields
 * back, hidden, so that going back to change them keeps what was typed.
 */
public class AdminCycleForm {
    private String year;
    private String drafting;
    private String review;
    private String revision;
    private String report;
    private String consolidation;
    private String approval;
    private List<String> agencies = new ArrayList<>();
    private String reason;

    /** The suggested year and calendar, with every agency taking part. */
    static AdminCycleForm suggested(OpeningCheck.Suggestion suggestion) {
        AdminCycleForm form = new AdminCycleForm();
        form.year = String.valueOf(suggestion.year());
        form.drafting = suggestion.calendar().get(Stage.DRAFTING).toString();
        form.review = suggestion.calendar().get(Stage.REVIEW).toString();
        form.revision = suggestion.calendar().get(Stage.REVISION).toString();
        form.report = suggestion.calendar().get(Stage.REPORT).toString();
        form.consolidation = suggestion.calendar().get(Stage.CONSOLIDATION).toString();
        form.approval = suggestion.calendar().get(Stage.APPROVAL).toString();
        form.agencies = null; // every agency, checked
        return form;
    }

    /** The name of a calendar step's date field (drafting … approval). */
    static String field(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }

    /** The date field of a calendar step by its name (drafting … approval). */
    public String date(String field) {
        return switch (field) {
            case "drafting" -> drafting;
            case "review" -> review;
            case "revision" -> revision;
            case "report" -> report;
            case "consolidation" -> consolidation;
            case "approval" -> approval;
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** Whether the agency's box is checked: all are, until the form comes back. */
    public boolean takes(String code) {
        return agencies == null || agencies.contains(code);
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getDrafting() { return drafting; }
    public void setDrafting(String drafting) { this.drafting = drafting; }
    public String getReview() { return review; }
    public void setReview(String review) { this.review = review; }
    public String getRevision() { return revision; }
    public void setRevision(String revision) { this.revision = revision; }
    public String getReport() { return report; }
    public void setReport(String report) { this.report = report; }
    public String getConsolidation() { return consolidation; }
    public void setConsolidation(String consolidation) { this.consolidation = consolidation; }
    public String getApproval() { return approval; }
    public void setApproval(String approval) { this.approval = approval; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<String> getAgencies() { return agencies == null ? List.of() : agencies; }
    public void setAgencies(List<String> agencies) { this.agencies = agencies == null ? new ArrayList<>() : agencies; }
}
