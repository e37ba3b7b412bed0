package io.plancycle.plan;

import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The causes and countermeasures a draft gives for its lowered targets ({@link TargetNote}): kept as sent, complete or
 * not (the submission names what is missing, {@link PlanCompleteness}).
 */
@Component
public class TargetNotes {

    private final TargetNoteRepository notes;

    TargetNotes(TargetNoteRepository notes) {
        this.notes = notes;
    }

    /** Names each note that cannot be kept: a year outside the plan's, a text longer than the column. */
    void check(Plan plan, Map<Integer, PlanDraft.Note> sent, String field, Problems problems) {
        if (sent == null) {
            return;
        }
        sent.forEach((year, note) -> {
            String at = field + "." + year;
            if (!PlanService.outsidePlan(plan, year, at, problems) && note != null) {
                tooLong(note.cause(), at + ".cause", problems);
                tooLong(note.countermeasure(), at + ".countermeasure", problems);
            }
        });
    }

    private static void tooLong(String text, String field, Problems problems) {
        if (text != null && text.length() > TargetNote.MAX_LENGTH) {
            problems.add(field, MessageCode.FIELD_TOO_LONG, TargetNote.MAX_LENGTH);
        }
    }

    /** Replaces the notes of each KPI sent with notes (already saved, so that a new KPI has its id). */
    void keep(Map<Kpi, Map<Integer, PlanDraft.Note>> sent) {
        if (sent.isEmpty()) {
            return;
        }
        Map<Long, Map<Integer, TargetNote>> existing = new HashMap<>();
        notes.findByKpiIdIn(sent.keySet().stream().map(Kpi::getId).toList())
                .forEach(n -> existing.computeIfAbsent(n.getKpiId(), id -> new HashMap<>()).put(n.getYear(), n));
        sent.forEach((kpi, byYear) -> {
            Map<Integer, TargetNote> kept = existing.getOrDefault(kpi.getId(), Map.of());
            kept.forEach((year, note) -> {
                if (!byYear.containsKey(year) || blank(byYear.get(year))) {
                    notes.delete(note);
                }
            });
            byYear.forEach((year, note) -> {
                if (!blank(note)) {
                    TargetNote row = kept.containsKey(year) ? kept.get(year) : new TargetNote(kpi.getId(), year);
                    row.write(strip(note.cause()), strip(note.countermeasure()));
                    notes.save(row);
                }
            });
        });
    }

    /** The notes of these KPIs, per KPI id and then year. */
    public Map<Long, Map<Integer, TargetNote>> of(Collection<Long> kpiIds) {
        if (kpiIds.isEmpty()) {
            return Map.of();
        }
        return notes.findByKpiIdIn(kpiIds).stream().collect(Collectors.groupingBy(TargetNote::getKpiId,
                Collectors.toMap(TargetNote::getYear, n -> n, (a, b) -> a, TreeMap::new)));
    }

    /** A note as the plan is read. */
    static PlanDraft.Note view(TargetNote note) {
        return new PlanDraft.Note(note.getCause(), note.getCountermeasure());
    }

    private static boolean blank(PlanDraft.Note note) {
        return note == null || (strip(note.cause()) == null && strip(note.countermeasure()) == null);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
