package io.plancycle.cycle;

import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Term;
import io.plancycle.problem.WrongStageException;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Which years are on the public page: the planning office publishes an approved year (its plans and performance
 * report, nothing else) and may withdraw it. To the public an unpublished year does not exist.
 */
@Service
public class Publications {

    private final CycleService cycleService;
    private final CycleRepository cycles;

    Publications(CycleService cycleService, CycleRepository cycles) {
        this.cycleService = cycleService;
        this.cycles = cycles;
    }

    /** Publishes an approved year; the cycle as the planning office sees it. */
    @Transactional
    public CycleView publish(int year) {
        CurrentUser.require(Role.ADMIN);
        Cycle cycle = cycleService.cycle(year);
        if (cycle.getStage() != CycleStage.APPROVED) {
            throw new WrongStageException(cycle.getStage().name(), MessageCode.CYCLE_PUBLISH_NOT_APPROVED, year,
                    new Term("stage." + cycle.getStage().name()));
        }
        if (!cycle.isPublished()) {
            cycle.publish(CurrentUser.idOrSystem());
        }
        return cycleService.read(year);
    }

    /** Takes a year off the public page. */
    @Transactional
    public CycleView withdraw(int year) {
        CurrentUser.require(Role.ADMIN);
        cycleService.cycle(year).publish(null);
        return cycleService.read(year);
    }

    /** Refuses, for anyone, a year that is not published, as if it did not exist. */
    @Transactional(readOnly = true)
    public void requirePublished(int year) {
        if (cycles.findByYear(year).filter(Cycle::isPublished).isEmpty()) {
            throw new NotFoundException(MessageCode.CYCLE_NOT_PUBLISHED, year);
        }
    }

    /** The published years, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return cycles.findAllByOrderByYearDesc().stream().filter(Cycle::isPublished).map(Cycle::getYear).toList();
    }
}
