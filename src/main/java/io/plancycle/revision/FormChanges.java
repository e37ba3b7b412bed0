package io.plancycle.revision;

import io.plancycle.plan.RevisionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.plancycle.plan.AgencyPlanForm.text;

/**
 * The changes the revision screen's form makes to the plan, in the order {@link RevisionService#revise} applies them,
 * and, index for index, the form fields each came from ({@link Origin}): where the service's complaints about it are
 * shown.
 */
public final class FormChanges {

    private final List<RevisionRequest.Change> changes = new ArrayList<>();
    private final List<Origin> origins = new ArrayList<>();

    /**
     * The form fields one change came from: its value, its reason and, for a KPI added, the field its goal is chosen in
     * ({@code goalField}; null for any other change, whose every other problem goes to its value).
     */
    public record Origin(String base, String valueField, String reasonField, String goalField) {

        static Origin of(String base, String valueField, String reasonField) {
            return new Origin(base, valueField, reasonField, null);
        }

        /** A KPI added: its name, measure and targets are fields of its own, its reason {@code reason}. */
        static Origin ofNewKpi(String base, String goalField) {
            return new Origin(base, base + ".name", base + ".reason", goalField);
        }

        /** The form field of a problem the service names {@code changes[i].<rest>} for this change. */
        public String formField(String rest) {
            boolean newKpi = goalField != null;
            if (rest.equals("reason")) {
                return reasonField;
            }
            if (rest.equals("cause") || rest.equals("countermeasure")) {
                return valueField.replace(".targets[", "." + rest + "s[");
            }
            if (newKpi && rest.equals("goalId")) {
                return goalField;
            }
            if (newKpi && (rest.equals("name") || rest.equals("measure"))) {
                return base + "." + rest;
            }
            if (newKpi && rest.startsWith("targets.")) {
                return base + ".targets[" + rest.substring("targets.".length()) + "]";
            }
            return valueField;
        }
    }

    public List<RevisionRequest.Change> changes() {
        return changes;
    }

    public List<Origin> origins() {
        return origins;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    void add(RevisionRequest.Change change, Origin origin) {
        changes.add(change);
        origins.add(origin);
    }

    /**
     * A change of a text ({@code value} the new name, unit, direction, measure or title) when what was typed in
     * {@code base.field} differs from what the plan says; its reason from {@code base.reasonField}.
     */
    void ifChanged(RevisionKind kind, Long kpiId, Long goalId, String typed, String before, String base, String field,
                   String reason) {
        String value = text(typed);
        if (!Objects.equals(value, text(before))) {
            add(change(kind, kpiId, goalId, value, reason, null),
                    Origin.of(base, base + "." + field, base + "." + field + "Reason"));
        }
    }

    static RevisionRequest.Change change(RevisionKind kind, Long kpiId, Long goalId, String value, String reason,
                                         Long intoKpiId) {
        return new RevisionRequest.Change(kind, kpiId, goalId, null, null, text(value), null, null, null, null, text(reason),
                null, null, intoKpiId);
    }
}
