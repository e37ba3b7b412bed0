package io.plancycle.cycle;

import io.plancycle.plan.Agency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The agencies taking part in each cycle, in the city's order, as the planning office opened it (table
 * {@code cycle_agency}): kept at the opening, before the batches of the cycle's submissions write their drafts.
 */
@Component
class CycleAgencies {

    private final JdbcTemplate jdbc;

    CycleAgencies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the agencies taking part in the cycle, in this order: one batch of statements. */
    void keep(long cycleId, List<Agency> agencies) {
        jdbc.batchUpdate("insert into cycle_agency (cycle_id, agency_id, agency_order) values (?, ?, ?)",
                IntStream.range(0, agencies.size())
                        .mapToObj(i -> new Object[] {cycleId, agencies.get(i).getId(), i}).toList());
    }

    /** The codes of the agencies taking part in the cycle, in the city's order. */
    List<String> codes(long cycleId) {
        return jdbc.queryForList("""
                select a.code from cycle_agency ca join agency a on a.id = ca.agency_id
                where ca.cycle_id = ? order by ca.agency_order""", String.class, cycleId);
    }
}
