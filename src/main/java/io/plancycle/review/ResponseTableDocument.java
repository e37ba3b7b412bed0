package io.plancycle.review;

import io.plancycle.PlanCycleProperties;
import io.plancycle.document.Document;
import io.plancycle.plan.Numbering;
import io.plancycle.plan.RevisionKind;
import io.plancycle.revision.RevisionView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The review-response table (審查意見回覆表) as the document the city files: round by round, each comment of the
 * evaluation team, the agency's reply (回覆說明), the changes that answered it and their reasons, and the panel members'
 * opinions (委員意見) with their names, in the same words as its page.
 */
@Component
public class ResponseTableDocument {

    private static final Locale CITY = Locale.TRADITIONAL_CHINESE;

    private final MessageSource messages;
    private final PlanCycleProperties properties;

    ResponseTableDocument(MessageSource messages, PlanCycleProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    public Document of(ResponseTable table) {
        List<Document.Column> columns = List.of(new Document.Column(msg("review.round"), 5),
                new Document.Column(msg("review.responses.no"), 4), new Document.Column(msg("review.kpi"), 16),
                new Document.Column(msg("review.responses.comment"), 20),
                new Document.Column(msg("review.responses.reply"), 20),
                new Document.Column(msg("review.responses.response"), 20),
                new Document.Column(msg("review.revision.reason"), 16),
                new Document.Column(msg("panel.responses.opinions"), 20));
        List<List<Document.Cell>> rows = new ArrayList<>();
        List<Document.Block> blocks = new ArrayList<>();
        for (ResponseTable.Round round : table.rounds()) {
            String roundNo = msg("review.roundNo", round.round());
            if (round.overall() != null) {
                blocks.add(new Document.Paragraph(msg("review.responses.round", round.round()) + " "
                        + msg("review.overall") + "：" + round.overall()));
            }
            if (!round.overallOpinions().isEmpty()) {
                blocks.add(new Document.Paragraph(msg("review.responses.round", round.round()) + " "
                        + msg("panel.opinions.overall") + "：" + said(round.overallOpinions()).replace("\n", "；")));
            }
            int n = 0;
            for (ResponseTable.Row row : round.rows()) {
                String reply = row.reply() == null ? msg("review.responses.noReply") : row.reply().text();
                String answer = !row.responses().isEmpty() ? changes(row.responses())
                        : msg(row.reply() != null ? "review.responses.noChange"
                        : round.pending() ? "review.responses.pending" : "review.responses.unanswered");
                rows.add(row(roundNo, ++n, kpi(row.kpi()), row.comment(), reply, answer, reasons(row.responses()),
                        said(row.opinions())));
            }
            for (RevisionLine line : round.unpaired()) {
                rows.add(row(roundNo, ++n, kpi(line.kpi()), msg("review.responses.noComment"), "",
                        change(line.change()), line.change().reason(), ""));
            }
            for (ResponseTable.OtherOpinion other : round.otherOpinions()) {
                rows.add(row(roundNo, ++n, kpi(other.kpi()), msg("panel.responses.noLeadComment"), "", "", "",
                        said(List.of(other.opinion()))));
            }
        }
        blocks.add(new Document.Table(msg("review.responses.title"), columns, rows));
        String title = properties.government() + table.agencyName() + table.year() + "年度" + msg("review.responses.title");
        return Document.of(title, title, blocks);
    }

    private static List<Document.Cell> row(String round, int no, String kpi, String comment, String reply,
                                           String answer, String reason, String opinions) {
        return List.of(Document.Cell.text(round), Document.Cell.text(String.valueOf(no)), Document.Cell.text(kpi),
                Document.Cell.text(comment), Document.Cell.text(reply), Document.Cell.text(answer),
                Document.Cell.text(reason), Document.Cell.text(opinions));
    }

    /** Who said what: each panel member's name before their opinion, one a line. */
    private static String said(List<PanelOpinions.Opinion> opinions) {
        return opinions.stream().map(o -> o.memberName() + "：" + o.text()).collect(Collectors.joining("\n"));
    }

    private String kpi(KpiRef ref) {
        return ref == null ? msg("review.suggestion") : Numbering.kpi(ref.goalNo(), ref.no(), CITY) + " " + ref.name();
    }

    private String changes(List<RevisionLine> lines) {
        return lines.stream().map(l -> change(l.change())).collect(Collectors.joining("\n"));
    }

    private static String reasons(List<RevisionLine> lines) {
        return lines.stream().map(l -> l.change().reason()).distinct().collect(Collectors.joining("\n"));
    }

    /** As the page shows a change: its kind, the year of a target, before → after. */
    private String change(RevisionView c) {
        String what = msg("change.kind." + c.kind()) + (c.year() == null ? "" : " " + msg("review.targetOfYear", c.year()));
        if (c.kind() == RevisionKind.KPI_ADDED) {
            return what + "：" + c.after();
        }
        if (c.kind() == RevisionKind.KPI_DELETED) {
            return what + "：" + c.before();
        }
        return what + "：" + orNone(c.before()) + " → " + orNone(c.after());
    }

    private String orNone(String value) {
        return value == null ? msg("review.none") : value;
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args, CITY);
    }
}
