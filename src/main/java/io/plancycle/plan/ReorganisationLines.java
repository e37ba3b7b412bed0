package io.plancycle.plan;

import io.plancycle.plan.MediumTermPlanRequest.AgencyChange;
import io.plancycle.plan.MediumTermPlanRequest.Assignment;
import io.plancycle.plan.MediumTermPlanRequest.NewAgency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reorganisation as the planning office types it on the page, one change a line, agencies by name or code:
 * <pre>
 * 民政處 &gt; 民政暨客家事務處                                      (renamed, its code kept)
 * 人事處 + 政風處 &gt; personnel-ethics 人事政風處                   (merged into a new agency)
 * 社會處 &gt; social-affairs 社會處, labor-affairs 勞工處 | 三 labor-affairs, 一-2 labor-affairs   (split; goal 三 and KPI 一-2 go to 勞工處, the rest to the first)
 * &gt; youth-affairs 青年事務處                                      (added)
 * </pre>
 * Read into the request's changes, each line's index kept so that a refusal names its line.
 */
final class ReorganisationLines {

    private static final Pattern CODE_AND_NAME = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\s+(.+)");
    private static final Pattern PLACE = Pattern.compile("(\\S+?)(?:-(\\d+))?\\s+(\\S+)");

    /** The changes read, and for each the number of its line (1 for the first). */
    record Read(List<AgencyChange> changes, List<Integer> lines) {
    }

    private ReorganisationLines() {
    }

    /** The changes of the text; {@code codeByName} finds an agency's code from its name. */
    static Read read(String text, Map<String, String> codeByName) {
        List<AgencyChange> changes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] all = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] assignment = line.split("\\|", 2);
            String[] sides = assignment[0].split(">", 2);
            List<String> from = sides[0].isBlank() ? List.of() : List.of(sides[0].split("\\+")).stream()
                    .map(String::strip).map(f -> codeByName.getOrDefault(f, f)).toList();
            List<NewAgency> to = sides.length < 2 ? List.of() : List.of(sides[1].split("[,，、]")).stream()
                    .map(String::strip).filter(t -> !t.isEmpty()).map(t -> newAgency(t, from)).toList();
            List<Assignment> assign = assignment.length < 2 ? List.of() : List.of(assignment[1].split("[,，、]")).stream()
                    .map(String::strip).filter(a -> !a.isEmpty()).map(ReorganisationLines::assignment).toList();
            changes.add(new AgencyChange(from, to, assign));
            lines.add(i + 1);
        }
        return new Read(changes, lines);
    }

    /** "labor-affairs 勞工處", or only a name where one agency is renamed and keeps its code. */
    private static NewAgency newAgency(String text, List<String> from) {
        Matcher m = CODE_AND_NAME.matcher(text);
        if (m.matches()) {
            return new NewAgency(m.group(1), m.group(2).strip(), null);
        }
        return new NewAgency(from.size() == 1 ? from.get(0) : "", text, null);
    }

    /** "三 labor-affairs" (a goal) or "一-2 labor-affairs" (a KPI); goals by numeral or number. */
    private static Assignment assignment(String text) {
        Matcher m = PLACE.matcher(text);
        if (!m.matches()) {
            return new Assignment(null, null, text);
        }
        int goal = Numbering.readGoalTitle(m.group(1) + "、-").map(Numbering.Numbered::no).orElse(0);
        return new Assignment(goal, m.group(2) == null ? null : Integer.valueOf(m.group(2)), m.group(3));
    }
}
