package io.plancycle.review;

import java.util.LinkedHashMap;
import java.util.Map;

/** The panel member's page form: an opinion per KPI id and one on the whole submission, as typed. */
public class OpinionForm {
    private Map<Long, String> opinions = new LinkedHashMap<>();
    private String overall;

    static OpinionForm of(PanelOpinions.Sheet sheet) {
        OpinionForm form = new OpinionForm();
        form.opinions.putAll(sheet.opinions());
        form.overall = sheet.overall();
        return form;
    }

    OpinionRequest toRequest() {
        return new OpinionRequest(opinions, overall);
    }

    public String opinion(Long kpiId) {
        return opinions.get(kpiId);
    }

    public Map<Long, String> getOpinions() { return opinions; }
    public void setOpinions(Map<Long, String> opinions) { this.opinions = opinions; }
    public String getOverall() { return overall; }
    public void setOverall(String overall) { this.overall = overall; }
}
