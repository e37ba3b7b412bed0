package io.plancycle.plan;

import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Problems;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Identities;
import io.plancycle.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The planning office starts a new medium-term plan: from the current plans (each agency's plan in the newest approved
 * cycle it took part in, else its baseline), or from a whole-city plan book spreadsheet ({@link CityPlanBookReading}), with
 * the city reorganised as the request says ({@link CityReorganisation}). A preview tells what would be made, checked
 * as the start checks it, with nothing saved; the start saves it all or nothing.
 */
@Service
public class MediumTermPlans {

    /** The most years a medium-term plan spans. */
    public static final int MAX_YEARS = 10;

    private final MediumTermPlanRepository mediumTermPlans;
    private final PlanRepository plans;
    private final AgencyRepository agencies;
    private final AgencySuccessionRepository successions;
    private final Identities identities;

    MediumTermPlans(MediumTermPlanRepository mediumTermPlans, PlanRepository plans, AgencyRepository agencies,
                    AgencySuccessionRepository successions, Identities identities) {
        this.mediumTermPlans = mediumTermPlans;
        this.plans = plans;
        this.agencies = agencies;
        this.successions = successions;
        this.identities = identities;
    }

    /** What the plan would be, from the current plans; nothing saved. */
    @Transactional(readOnly = true)
    public MediumTermPreview preview(MediumTermPlanRequest request) {
        return made(request, null).preview(null);
    }

    /** What the plan would be, from an edited whole-city plan book; nothing saved. */
    @Transactional(readOnly = true)
    public MediumTermPreview preview(MediumTermPlanRequest request, byte[] spreadsheet) {
        return made(request, requireFile(spreadsheet)).preview(null);
    }

    /** Starts the plan from the current plans. */
    @Transactional
    public MediumTermPreview start(MediumTermPlanRequest request) {
        return save(made(request, null));
    }

    /** Starts the plan from an edited whole-city plan book. */
    @Transactional
    public MediumTermPreview start(MediumTermPlanRequest request, byte[] spreadsheet) {
        return save(made(request, requireFile(spreadsheet)));
    }

    /** Every medium-term plan, the latest first. */
    @Transactional(readOnly = true)
    public List<MediumTermPlanView> list() {
        CurrentUser.require(Role.ADMIN);
        return mediumTermPlans.findAllByOrderByFirstYearDescIdDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public MediumTermPlanView read(long id) {
        CurrentUser.require(Role.ADMIN);
        return mediumTermPlans.findById(id).map(this::view)
                .orElseThrow(() -> new NotFoundException(MessageCode.MEDIUM_NOT_FOUND, id));
    }

    private MediumTermPlanView view(MediumTermPlan plan) {
        return MediumTermPlanView.of(plan, successions.findByMediumTermPlanIdOrderById(plan.getId()));
    }

    private static byte[] requireFile(byte[] spreadsheet) {
        if (spreadsheet == null || spreadsheet.length == 0) {
            new Problems().add("file", MessageCode.FIELD_REQUIRED).throwIfAny();
        }
        return spreadsheet;
    }

    /** The plan as the request would make it, checked whole: every problem at once, nothing saved. */
    private MediumTermMaking made(MediumTermPlanRequest request, byte[] spreadsheet) {
        CurrentUser.require(Role.ADMIN);
        Problems problems = new Problems();
        checkTitleAndYears(request, problems);
        List<Agency> all = agencies.findAllByOrderBySortOrder();
        Map<Long, Plan> current = currentPlans();
        CityReorganisation city = CityReorganisation.of(all, a -> current.get(a.getId()), request.reorganisation(), problems);
        problems.throwIfAny();
        Map<String, NewBaselines.Sheet> sheets = spreadsheet == null ? Map.of()
                : CityPlanBookReading.read(spreadsheet, city.successors(), request.firstYear(), request.lastYear());
        return new MediumTermMaking(request, spreadsheet == null ? MediumTermPlan.Source.CURRENT
                : MediumTermPlan.Source.SPREADSHEET, all, city, sheets);
    }

    private void checkTitleAndYears(MediumTermPlanRequest request, Problems problems) {
        problems.requireText("title", request.title());
        if (request.title() != null && request.title().strip().length() > MediumTermPlan.MAX_TITLE_LENGTH) {
            problems.add("title", MessageCode.FIELD_TOO_LONG, MediumTermPlan.MAX_TITLE_LENGTH);
        }
        boolean years = year("firstYear", request.firstYear(), problems) & year("lastYear", request.lastYear(), problems);
        if (!years) {
            return;
        }
        if (request.lastYear() < request.firstYear()) {
            problems.add("lastYear", MessageCode.MEDIUM_YEARS_ORDER, request.lastYear(), request.firstYear());
        } else if (request.lastYear() - request.firstYear() + 1 > MAX_YEARS) {
            problems.add("lastYear", MessageCode.MEDIUM_YEARS_SPAN, MAX_YEARS);
        }
        mediumTermPlans.findAllByOrderByFirstYearDescIdDesc().stream().findFirst()
                .filter(current -> request.firstYear() <= current.getLastYear())
                .ifPresent(current -> problems.add("firstYear", MessageCode.MEDIUM_YEARS_NOT_AFTER,
                        current.getLastYear(), current.getTitle()));
    }

    private static boolean year(String field, Integer year, Problems problems) {
        if (year == null) {
            problems.add(field, MessageCode.FIELD_REQUIRED);
            return false;
        }
        if (year < 100 || year > 200) {
            problems.add(field, MessageCode.FIELD_WHOLE_NUMBER_RANGE, 100, 200);
            return false;
        }
        return true;
    }

    /** Each agency's current plan, by agency id: its last approved plan, else its baseline in the latest medium-term plan. */
    private Map<Long, Plan> currentPlans() {
        Map<Long, Plan> current = new HashMap<>();
        Long latest = mediumTermPlans.findAllByOrderByFirstYearDescIdDesc().stream().findFirst()
                .map(MediumTermPlan::getId).orElse(null);
        plans.findBaselines().stream().filter(p -> java.util.Objects.equals(p.getMediumTermPlanId(), latest))
                .forEach(p -> current.put(p.getAgency().getId(), p));
        Map<Long, Plan> approved = new HashMap<>();
        plans.findApprovedNewestFirst().forEach(p -> approved.putIfAbsent(p.getAgency().getId(), p));
        current.putAll(approved);
        return current;
    }

    /** Saves the plan, the agencies as reorganised, who succeeded whom and each agency's baseline. */
    private MediumTermPreview save(MediumTermMaking making) {
        MediumTermPlanRequest request = making.request();
        MediumTermPlan plan = mediumTermPlans.save(new MediumTermPlan(request.title().strip(), request.firstYear(),
                request.lastYear(), making.source(), CurrentUser.get().id()));
        MediumTermPreview made = making.preview(plan.getId());
        for (CityReorganisation.Successor successor : making.city().successors()) {
            Agency agency = successor.agency();
            if (agency.getId() == null) {
                agency.startIn(request.firstYear());
                agencies.save(agency);
                identities.ensureAgencyGroup(agency.getCode(), successor.name());
            }
            if (successor.kind() == AgencyChangeKind.ADDED) {
                successions.save(new AgencySuccession(plan.getId(), null, null, agency));
            } else if (successor.kind() != AgencyChangeKind.UNCHANGED) {
                successor.predecessors().forEach(p -> successions.save(new AgencySuccession(plan.getId(), p, p.getName(), agency)));
            }
        }
        making.city().retired().forEach(a -> a.retireBefore(request.firstYear()));
        making.city().successors().forEach(s -> s.agency().rename(s.name(), s.nameEn() != null ? s.nameEn()
                : s.name().equals(s.agency().getName()) ? s.agency().getNameEn() : null));
        List<Agency> order = making.city().order(making.all());
        for (int i = 0; i < order.size(); i++) {
            order.get(i).placeAt(i + 1);
        }
        making.baselines().forEach(baseline -> {
            baseline.belongTo(plan.getId());
            plans.save(baseline);
        });
        return made;
    }
}
