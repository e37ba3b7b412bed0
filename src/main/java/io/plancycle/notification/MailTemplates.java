package io.plancycle.notification;

import io.plancycle.PlanCycleProperties;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a notification from its kind's Thymeleaf templates ({@code templates/mail/<kind>.html} in HTML mode and
 * {@code <kind>.txt} in TEXT mode) and writes its subject. Dates become ROC dates, and the days left or overdue are
 * counted from today in the users' time zone. Its own template engine, apart from any web views.
 */
@Component
class MailTemplates {

    static final String SUBJECT_PREFIX = "【PlanCycle】";
    static final int MAX_TEXT = 20000;
    static final int MAX_HTML = 40000;
    static final int MAX_SUBJECT = 500;
    /** Long review comments are cut in a mail (the whole text is in PlanCycle), so any mail fits its column. */
    private static final int MAX_COMMENTS = 20;
    private static final int MAX_COMMENT_LENGTH = 300;
    private static final int MAX_STRING = 1000;
    private static final String CUT = "…";
    private static final Set<String> DATE_KEYS = Set.of("due", "oldDue");

    record Rendered(String subject, String text, String html) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ZoneId zone;

    MailTemplates(PlanCycleProperties properties) {
        this.zone = properties.zone();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    Rendered render(NotificationKind kind, Map<String, Object> model) {
        Map<String, Object> variables = variables(kind, model == null ? Map.of() : model);
        Context context = new Context(Locale.TRADITIONAL_CHINESE, variables);
        String text = engine.process(kind.templateName() + ".txt", context).strip() + "\n";
        String html = engine.process(kind.templateName() + ".html", context);
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 40) + CUT + "\n（內容過長，請至 PlanCycle 查看全文）\n";
        }
        if (html.length() > MAX_HTML) {
            html = "<p>此通知內容過長，請參閱純文字版本或至 PlanCycle 查看。</p>";
        }
        return new Rendered(clip(subject(kind, variables), MAX_SUBJECT), text, html);
    }

    /** The caller's model with every value the templates read computed once: ROC dates, days left or overdue. */
    private Map<String, Object> variables(NotificationKind kind, Map<String, Object> model) {
        Map<String, Object> v = new HashMap<>();
        model.forEach((key, value) -> v.put(key, value instanceof String s ? clip(s, MAX_STRING) : value));
        LocalDate today = EngineClock.today(zone);
        for (String key : DATE_KEYS) {
            LocalDate day = day(model.get(key));
            v.put(key, day);
            v.put(key + "Text", day == null ? null : RocDates.format(day));
        }
        LocalDate due = (LocalDate) v.get("due");
        if (due != null) {
            long days = ChronoUnit.DAYS.between(today, due);
            v.put("daysLeft", Math.max(0, days));
            v.put("daysOverdue", Math.max(0, -days));
            boolean late = kind == NotificationKind.OVERDUE || kind == NotificationKind.ESCALATION;
            // A date already past is overdue whatever the mail is about (a plan submitted after its review's due date).
            v.put("dueNote", late || days < 0 ? "（已逾期" + Math.max(0, -days) + "日）"
                    : days == 0 ? "（今日到期）" : "（尚餘" + days + "日）");
        }
        v.put("todayText", RocDates.format(today));
        v.put("comments", comments(model.get("comments")));
        Object decision = model.get("decision");
        v.put("decisionText", decision == null ? null : switch (decision.toString()) {
            case "APPROVE" -> "核定";
            case "RETURN" -> "退回";
            default -> clip(decision.toString(), MAX_STRING);
        });
        v.put("approved", decision != null && "APPROVE".equals(decision.toString()));
        Object agencyName = v.get("agencyName");
        v.put("agencyText", agencyName == null ? "" : agencyName.toString());
        v.put("yearText", v.get("cycleYear") == null ? "" : v.get("cycleYear") + "年度");
        v.put("stageText", v.get("stageName") == null ? "" : "「" + v.get("stageName") + "」");
        return v;
    }

    private LocalDate day(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone).toLocalDate();
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone).toLocalDate();
        }
        if (value instanceof Instant i) {
            return i.atZone(zone).toLocalDate();
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof String s) {
            return LocalDate.parse(s);
        }
        throw new IllegalArgumentException("a date in a notification's model must be a LocalDate, was " + value.getClass());
    }

    private static List<String> comments(Object value) {
        if (!(value instanceof Collection<?> all)) {
            return List.of();
        }
        List<String> comments = new ArrayList<>();
        for (Object comment : all) {
            if (comment == null || comment.toString().isBlank()) {
                continue;
            }
            if (comments.size() == MAX_COMMENTS) {
                comments.add("（另有其他意見，請至 PlanCycle 查看）");
                break;
            }
            comments.add(clip(comment.toString().strip(), MAX_COMMENT_LENGTH));
        }
        return comments;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + CUT;
    }

    /** The subject line: what happened, to whose work, and when it is due. */
    static String subject(NotificationKind kind, Map<String, Object> v) {
        String agency = text(v.get("agencyText"));
        String year = text(v.get("yearText"));
        String stage = text(v.get("stageText"));
        String work = agency + year + stage;
        String due = text(v.get("dueText"));
        String subject = switch (kind) {
            case REMINDER -> "提醒：" + work + (due.isEmpty() ? "即將到期" : "將於" + due + "到期" + daysLeft(v));
            case OVERDUE -> "逾期通知：" + work + overdue(v);
            case ESCALATION -> "逾期陳報：" + work + overdue(v) + "，請督促辦理";
            case SUBMITTED -> agency + "已送出" + year + "施政計畫，請辦理" + (stage.isEmpty() ? "「書面審查」" : stage);
            case PANEL_ASKED -> "請提供" + agency + year + "施政計畫" + round(v) + "書面審查意見" + (due.isEmpty() ? "" : "，期限" + due);
            case RETURNED -> agency + year + "施政計畫經書面審查退回，請修正後再送出";
            case RETURNED_BY_APPROVER -> agency + year + "施政計畫經首長退回，請依核定意見修正" + (due.isEmpty() ? "" : "，期限" + due);
            case REVIEW_APPROVED -> agency + year + "施政計畫已通過書面審查";
            case REPORT_FILED -> agency + "已提交" + year + "施政績效報告";
            case CYCLE_DECIDED -> year + "施政計畫暨績效報告" + (Boolean.TRUE.equals(v.get("approved")) ? "已核定"
                    : v.get("decisionText") == null ? "已有首長決定" : "經首長" + v.get("decisionText"));
            case SIGN_OFF_REQUESTED -> agency + year + stage + "待主管核章" + (due.isEmpty() ? "" : "，期限" + due);
            case SENT_BACK_BY_HEAD -> agency + year + stage + "經主管退回，請修正後再送核";
            case DEADLINE_MOVED -> year + stage + "期限變更" + (due.isEmpty() ? "" : "為" + due);
        };
        return SUBJECT_PREFIX + subject;
    }

    private static String round(Map<String, Object> v) {
        return v.get("round") == null ? "" : "（第" + v.get("round") + "輪）";
    }

    private static String daysLeft(Map<String, Object> v) {
        return Long.valueOf(0).equals(v.get("daysLeft")) ? "（今日到期）" : "（尚餘" + v.get("daysLeft") + "日）";
    }

    private static String overdue(Map<String, Object> v) {
        return v.get("daysOverdue") == null ? "已逾期" : "已逾期" + v.get("daysOverdue") + "日";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
