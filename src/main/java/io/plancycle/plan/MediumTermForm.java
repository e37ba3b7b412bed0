package io.plancycle.plan;

/**
 * The planning office's form to start a medium-term plan, as typed: title, years, where the plan comes from (the
 * current plans or a spreadsheet), the reorganisation one change a line ({@link ReorganisationLines}), and the token of
 * the spreadsheet the session keeps between the preview and the confirmation.
 */
public class MediumTermForm {
    private String title = "";
    private String firstYear = "";
    private String lastYear = "";
    private String source = "CURRENT";
    private String reorganisation = "";
    private String token = "";

    static MediumTermForm suggested(int firstYear, String government) {
        MediumTermForm form = new MediumTermForm();
        int lastYear = firstYear + 3;
        form.title = government + "中程(" + firstYear + "至" + lastYear + "年度)施政計畫";
        form.firstYear = String.valueOf(firstYear);
        form.lastYear = String.valueOf(lastYear);
        return form;
    }

    public boolean fromSpreadsheet() {
        return "SPREADSHEET".equals(source);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getFirstYear() { return firstYear; }
    public void setFirstYear(String firstYear) { this.firstYear = firstYear; }
    public String getLastYear() { return lastYear; }
    public void setLastYear(String lastYear) { this.lastYear = lastYear; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getReorganisation() { return reorganisation; }
    public void setReorganisation(String reorganisation) { this.reorganisation = reorganisation; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
