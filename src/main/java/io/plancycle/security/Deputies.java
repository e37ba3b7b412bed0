package io.plancycle.security;

import io.plancycle.problem.PeopleCode;
import io.plancycle.PlanCycleProperties;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Problems;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Deputies (職務代理人): a user, or the planning office for them, names a deputy for a range of days; meanwhile the
 * deputy holds the principal's roles and groups (sees and completes the principal's tasks), reminders reach both, and
 * the records say "A, deputy of B". Never across agencies: an agency's user is deputised only by a user of the same
 * agency, and no agency's user deputises for someone outside it. Days are in the users' time zone, by the engine's
 * clock.
 */
@Service
public class Deputies {

    private final DeputyRepository deputies;
    private final IdentityService identityService;
    private final PlanCycleProperties properties;
    private final Identities identities;
    private final ApplicationEventPublisher events;

    Deputies(DeputyRepository deputies, IdentityService identityService, PlanCycleProperties properties,
             Identities identities, ApplicationEventPublisher events) {
        this.deputies = deputies;
        this.events = events;
        this.identityService = identityService;
        this.properties = properties;
        this.identities = identities;
    }

    /** Today in the users' time zone, by the engine's clock (which tests move). */
    public LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(properties.zone()).toLocalDate();
    }

    /**
     * Names a deputy for the principal (none named: the signed-in user) from {@code startsOn} to {@code endsOn}; the
     * principal themself or the planning office only. Refused, naming the field: an unknown user, oneself, a user of another agency (or an agency's user
     * for someone outside it), days missing or in the wrong order or already past, days overlapping another deputy of
     * the same principal.
     */
    @Transactional
    public Deputy name(DeputyRequest request) {
        PlanCycleUser me = CurrentUser.get();
        String principal = request.principal() == null || request.principal().isBlank() ? me.id() : request.principal().strip();
        if (!principal.equals(me.id()) && !me.has(Role.ADMIN)) {
            throw new AccessDeniedException("only " + principal + " or the planning office names their deputy");
        }
        Problems problems = new Problems();
        boolean principalKnown = exists(principal);
        if (!principalKnown) {
            problems.add("principal", PeopleCode.DEPUTY_USER_UNKNOWN, principal);
        }
        String deputy = request.deputy() == null ? "" : request.deputy().strip();
        if (deputy.isEmpty()) {
            problems.add("deputy", MessageCode.FIELD_REQUIRED);
        } else if (deputy.equals(principal)) {
            problems.add("deputy", PeopleCode.DEPUTY_SELF);
        } else if (!exists(deputy)) {
            problems.add("deputy", PeopleCode.DEPUTY_USER_UNKNOWN, deputy);
        } else if (principalKnown && !Objects.equals(agencyOf(principal), agencyOf(deputy))) {
            problems.add("deputy", PeopleCode.DEPUTY_OTHER_AGENCY, deputy, principal);
        }
        LocalDate from = request.startsOn();
        LocalDate to = request.endsOn();
        if (from == null) {
            problems.add("startsOn", MessageCode.FIELD_REQUIRED);
        }
        if (to == null) {
            problems.add("endsOn", MessageCode.FIELD_REQUIRED);
        } else if (from != null && to.isBefore(from)) {
            problems.add("endsOn", PeopleCode.DEPUTY_ENDS_BEFORE_START);
        } else if (to.isBefore(today())) {
            problems.add("endsOn", PeopleCode.DEPUTY_PAST);
        }
        if (from != null && to != null && !to.isBefore(from)) {
            deputies.findByPrincipalIdOrderByStartsOn(principal).stream().filter(d -> d.overlaps(from, to)).findFirst()
                    .ifPresent(other -> problems.add("startsOn", PeopleCode.DEPUTY_OVERLAP, other.getDeputyId(),
                            other.getStartsOn(), other.getEndsOn()));
        }
        problems.throwIfAny();
        events.publishEvent(new IdentityChanged(deputy));
        return deputies.save(new Deputy(principal, deputy, from, to, me.id(), ClockUtil.getCurrentTime().toInstant()));
    }

    /** Takes a deputy back: the principal, or the planning office. */
    @Transactional
    public void cancel(long id) {
        Deputy deputy = deputies.findById(id).orElseThrow(() ->
                new NotFoundException(PeopleCode.DEPUTY_NOT_FOUND, id));
        PlanCycleUser me = CurrentUser.get();
        if (!deputy.getPrincipalId().equals(me.id()) && !me.has(Role.ADMIN)) {
            throw new AccessDeniedException("only the principal or the planning office takes a deputy back");
        }
        deputies.delete(deputy);
        events.publishEvent(new IdentityChanged(deputy.getDeputyId()));
    }

    /** The deputies the signed-in user named or acts as, with names; the planning office reads every one. */
    @Transactional(readOnly = true)
    public List<DeputyView> visible() {
        PlanCycleUser me = CurrentUser.get();
        List<Deputy> visible = me.has(Role.ADMIN) ? deputies.findAllByOrderByStartsOnAscIdAsc() : deputies.findConcerning(me.id());
        Map<String, String> names = identities.names();
        LocalDate today = today();
        return visible.stream().map(d -> new DeputyView(d.getId(), d.getPrincipalId(),
                names.getOrDefault(d.getPrincipalId(), d.getPrincipalId()), d.getDeputyId(),
                names.getOrDefault(d.getDeputyId(), d.getDeputyId()), d.getStartsOn(), d.getEndsOn(), d.getNamedBy(),
                d.overlaps(today, today))).toList();
    }

    /**
     * Whom the signed-in user may name as a deputy, id → name: the other users of their agency, or, outside the
     * agencies, the other users outside them; the planning office, naming for anyone, every user.
     */
    @Transactional(readOnly = true)
    public Map<String, String> candidates() {
        PlanCycleUser me = CurrentUser.get();
        Map<String, String> names = new TreeMap<>(identities.names());
        if (!me.has(Role.ADMIN)) {
            Set<String> sameAgency = me.agencyCode() != null ? ids(identities.membersOf(me.agencyCode())) : outsideAgencies();
            names.keySet().removeIf(id -> id.equals(me.id()) || !sameAgency.contains(id));
        }
        return names;
    }

    /** The users of no agency: every user but the members of the agencies' groups (one query per agency). */
    private Set<String> outsideAgencies() {
        Set<String> all = new HashSet<>(identities.names().keySet());
        identityService.createGroupQuery().groupType(Role.AGENCY_GROUP_TYPE).list()
                .forEach(agency -> all.removeAll(ids(identities.membersOf(agency.getId()))));
        return all;
    }

    private static Set<String> ids(List<User> users) {
        return users.stream().map(User::getId).collect(Collectors.toSet());
    }

    /** The users the deputy acts for today. */
    @Transactional(readOnly = true)
    public List<String> principalsOf(String deputyId) {
        return deputies.findActingBy(deputyId, today()).stream().map(Deputy::getPrincipalId).toList();
    }

    /** The users acting today for any of these principals: whom their reminders reach too. */
    @Transactional(readOnly = true)
    public List<String> deputiesOf(Collection<String> principalIds) {
        return principalIds.isEmpty() ? List.of()
                : deputies.findActingFor(principalIds, today()).stream().map(Deputy::getDeputyId).distinct().toList();
    }

    private boolean exists(String userId) {
        return identityService.createUserQuery().userId(userId).count() == 1;
    }

    /** The agency the user belongs to, or null for the planning office, the evaluation team, the approvers. */
    String agencyOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).groupType(Role.AGENCY_GROUP_TYPE).list().stream()
                .map(Group::getId).findFirst().orElse(null);
    }
}
