package io.plancycle.notification;

import io.plancycle.PlanCycleProperties;
import io.plancycle.plan.Plan;
import io.plancycle.security.Role;
import io.plancycle.step.Step;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Short notices to the people concerned when work moves on: the evaluation team learns a submission waits, the
 * agency learns it was returned (with the comments) or approved, the planning office learns of reports and decisions.
 * Each is written to the outbox in the transaction of the action that caused it.
 */
@Component
public class EventNotices {

    private final Notifications notifications;
    private final Contacts contacts;
    private final PlanCycleProperties properties;

    EventNotices(Notifications notifications, Contacts contacts, PlanCycleProperties properties) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.properties = properties;
    }

    /**
     * The notices are written as the step is completed, before the process reaches the next step: each is told the
     * round and the due date of the step it announces.
     */
    public void submitted(int year, Plan plan, int round, LocalDate reviewDue) {
        notifications.enqueue(NoticeKeys.submitted(plan.getId(), round), NotificationKind.SUBMITTED,
                plan.getAgency().getCode(), contacts.membersOf(Role.REVIEWER.groupId()), model(year, plan, Step.REVIEW.label(), reviewDue));
    }

    /**
     * The panel members assigned to the agency learn that its submission enters the round of review and where to
     * write their opinions; with no member assigned nobody is told.
     */
    public void panelAsked(int year, Plan plan, int round, LocalDate reviewDue, List<String> members) {
        if (members.isEmpty()) {
            return;
        }
        Map<String, Object> model = model(year, plan, Step.REVIEW.label(), reviewDue);
        model.put("round", round);
        model.put("link", properties.baseUrl() + "/cycles/" + year + "/agencies/" + plan.getAgency().getCode() + "/opinions");
        notifications.enqueue(NoticeKeys.panelAsked(plan.getId(), round), NotificationKind.PANEL_ASKED,
                plan.getAgency().getCode(), contacts.users(members), model);
    }

    public void returned(int year, Plan plan, int round, LocalDate revisionDue, List<String> comments) {
        Map<String, Object> model = model(year, plan, Step.REVISION.label(), revisionDue);
        model.put("comments", comments);
        notifications.enqueue(NoticeKeys.returned(plan.getId(), round), NotificationKind.RETURNED,
                plan.getAgency().getCode(), contacts.contactsOf(plan.getAgency().getCode()), model);
    }

    public void reviewApproved(int year, Plan plan, int round, LocalDate reportDue) {
        notifications.enqueue(NoticeKeys.reviewApproved(plan.getId(), round), NotificationKind.REVIEW_APPROVED,
                plan.getAgency().getCode(), contacts.contactsOf(plan.getAgency().getCode()),
                model(year, plan, Step.REPORT.label(), reportDue));
    }

    public void reportFiled(int year, Plan plan) {
        notifications.enqueue(NoticeKeys.reportFiled(plan.getId()), NotificationKind.REPORT_FILED, plan.getAgency().getCode(),
                contacts.membersOf(Role.ADMIN.groupId()), model(year, plan, Step.REPORT.label(), null));
    }

    /**
     * The agency's heads are asked to sign off what the clerk sent (the {@code number}th sending of the plan's work
     * in this cycle), due on {@code due}.
     */
    public void signOffRequested(int year, Plan plan, Step sent, int number, LocalDate due) {
        notifications.enqueue(NoticeKeys.signOffRequested(plan.getId(), number), NotificationKind.SIGN_OFF_REQUESTED,
                plan.getAgency().getCode(), contacts.headUsersOf(plan.getAgency().getCode()),
                model(year, plan, sent.label(), due));
    }

    /** The agency's contacts learn that the head sent the work back, and the head's note. */
    public void sentBackByHead(int year, Plan plan, Step sent, long signOffId, String note) {
        Map<String, Object> model = model(year, plan, sent.label(), null);
        model.put("comments", List.of(note));
        notifications.enqueue(NoticeKeys.sentBackByHead(plan.getId(), signOffId), NotificationKind.SENT_BACK_BY_HEAD,
                plan.getAgency().getCode(), contacts.contactsOf(plan.getAgency().getCode()), model);
    }

    /** The planning office learns the approver's decision, and on a return how many agencies it sent back. */
    public void cycleDecided(int year, long decisionNumber, String decision, String reason, int agenciesSentBack) {
        Map<String, Object> model = model(year, null, Step.APPROVAL.label(), null);
        model.put("decision", decision);
        model.put("reason", reason);
        model.put("agenciesSentBack", agenciesSentBack);
        notifications.enqueue(NoticeKeys.cycleDecided(year, decisionNumber), NotificationKind.CYCLE_DECIDED, null,
                contacts.membersOf(Role.ADMIN.groupId()), model);
    }

    /** An agency the approver sent back learns the approver's reason and when its revision is due. */
    public void returnedByApprover(int year, Plan plan, long decisionNumber, String reason, LocalDate revisionDue) {
        Map<String, Object> model = model(year, plan, Step.APPROVAL_REVISION.label(), revisionDue);
        model.put("reason", reason);
        notifications.enqueue(NoticeKeys.returnedByApprover(plan.getId(), decisionNumber),
                NotificationKind.RETURNED_BY_APPROVER, plan.getAgency().getCode(),
                contacts.contactsOf(plan.getAgency().getCode()), model);
    }

    private Map<String, Object> model(int year, Plan plan, String stageName, LocalDate due) {
        Map<String, Object> model = new HashMap<>();
        model.put("agencyName", plan == null ? null : plan.getAgencyName());
        model.put("stageName", stageName);
        model.put("cycleYear", year);
        model.put("due", due);
        model.put("link", properties.baseUrl());
        return model;
    }
}
